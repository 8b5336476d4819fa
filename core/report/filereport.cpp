#include "engine/analyzer.h"
#include "report/reports.h"

namespace rolelens {

void addBaseline(FileReport *report, const QString &path, const QString &text,
                 const Analyzer &analyzer)
{
    report->baseline = BaselineReport{
        path, text,
        compareWithBaseline(analyzer.analyze(text), text, report->analysis, report->text)};
}

void addReview(FileReport *report, const Review &review)
{
    // After the comparison: filtered first, a finding kept in both versions would count as
    // fixed.
    report->analysis.findings = review.openFindings(report->analysis.findings, report->text);
    if (report->baseline) {
        QList<Finding> &added = report->baseline->comparison.added;
        added = review.openFindings(added, report->text);
    }
    report->review = review;
}

} // namespace rolelens
