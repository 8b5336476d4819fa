#include "io/inputreader.h"
#include "report/reports.h"
#include "text/textpositions.h"

namespace rolelens {

namespace {

class Painter
{
public:
    explicit Painter(bool enabled) : m_enabled(enabled) {}
    [[nodiscard]] QString paint(const QString &text, const char *code) const
    {
        if (!m_enabled)
            return text;
        return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
    }

private:
    bool m_enabled;
};

const char *colorOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "1;31";
    case Severity::Warning:
        return "1;35";
    case Severity::Info:
        break;
    }
    return "1;36";
}

QString plural(qsizetype count, const QString &noun)
{
    return QStringLiteral("%1 %2%3").arg(count).arg(noun,
                                                    count == 1 ? QString() : QStringLiteral("s"));
}

QString byline(const QString &author)
{
    return author.isEmpty() ? QString() : QStringLiteral(" by ") + author;
}

// "path:line:col: " for text that is there, "path: " for text that is gone.
QString placeOf(const QString &path, const TextPositions &positions, const TextAnchor &anchor)
{
    if (anchor.orphaned)
        return path + QStringLiteral(": ");
    const auto where = positions.at(anchor.start);
    return QStringLiteral("%1:%2:%3: ").arg(path).arg(where.line).arg(where.column);
}

QString findingLine(const QString &path, const TextPositions &positions, const Finding &finding,
                    const Painter &painter, const QString &label = {})
{
    const auto where = positions.at(finding.start);
    return QStringLiteral("%1:%2:%3: %4%5: %6 [%7]\n")
        .arg(path)
        .arg(where.line)
        .arg(where.column)
        .arg(label, painter.paint(severityName(finding.severity), colorOf(finding.severity)),
             finding.message, finding.ruleId);
}

QString reviewSection(const QString &path, const Review &review, const TextPositions &positions)
{
    const QString gone = QStringLiteral(", on text that is gone");
    QString out = QStringLiteral("%1: review: %2, %3\n")
                      .arg(path, plural(review.comments().size(), QStringLiteral("comment")),
                           plural(review.decisions().size(), QStringLiteral("decision")));
    for (const ReviewComment &comment : review.comments()) {
        const TextAnchor &anchor = comment.anchor;
        out += QStringLiteral("%1comment%2%3: %4\n    on \"%5\"\n")
                   .arg(placeOf(path, positions, anchor), byline(comment.author),
                        anchor.orphaned ? gone : QString(), comment.body, anchor.quote);
    }
    for (const ReviewDecision &decision : review.decisions()) {
        const TextAnchor &anchor = decision.anchor;
        out +=
            QStringLiteral("%1%2%3 [%4]%5%6\n    on \"%7\"\n")
                .arg(placeOf(path, positions, anchor), decisionKindName(decision.kind),
                     byline(decision.author), decision.ruleId, anchor.orphaned ? gone : QString(),
                     decision.reason.isEmpty() ? QString() : QStringLiteral(": ") + decision.reason,
                     anchor.quote);
    }
    return out;
}

QString baselineSection(const QString &path, const BaselineReport &baseline,
                        const TextPositions &positions, const Painter &painter)
{
    const BaselineComparison &comparison = baseline.comparison;
    QString out =
        QStringLiteral("%1: since %2: score %3 -> %4, verdict %5 -> %6, errors %7 -> %8, "
                       "warnings %9 -> %10; %11 added, %12 fixed\n")
            .arg(path, baseline.path, QString::number(comparison.scoreBefore),
                 QString::number(comparison.scoreAfter), verdictName(comparison.verdictBefore),
                 verdictName(comparison.verdictAfter), QString::number(comparison.errorsBefore),
                 QString::number(comparison.errorsAfter),
                 QString::number(comparison.warningsBefore))
            .arg(QString::number(comparison.warningsAfter),
                 plural(comparison.added.size(), QStringLiteral("finding")),
                 QString::number(comparison.fixed.size()));
    for (const Finding &finding : comparison.added)
        out += findingLine(path, positions, finding, painter, QStringLiteral("added: "));
    const TextPositions before(baseline.text);
    const QString beforePath = painter.paint(baseline.path, "1");
    for (const Finding &finding : comparison.fixed)
        out += findingLine(beforePath, before, finding, painter, QStringLiteral("fixed: "));
    return out;
}

} // namespace

QString textReport(const FileReport &report, bool color)
{
    const Painter painter(color);
    const TextPositions positions(report.text);
    const Analysis &analysis = report.analysis;
    const QString path = painter.paint(inputName(report.path), "1");
    QString out;
    for (const Finding &finding : analysis.findings) {
        out += findingLine(path, positions, finding, painter);
        if (!finding.suggestions.isEmpty()) {
            const QString &suggestion = finding.suggestions.first();
            out +=
                suggestion.isEmpty()
                    ? QStringLiteral("    suggestion: remove \"%1\"\n")
                          .arg(report.text.mid(finding.start, finding.length))
                    : QStringLiteral("    suggestion: %1\n").arg(painter.paint(suggestion, "32"));
        }
    }
    out +=
        QStringLiteral("%1: verdict: %2 (score %3/100, leadership %4%, execution %5%, role %6)\n")
            .arg(path, painter.paint(verdictName(analysis.verdict), "1"))
            .arg(analysis.score)
            .arg(analysis.balance.leadership)
            .arg(analysis.balance.execution)
            .arg(roleName(analysis.role));
    for (const TopicCoverage &topic : analysis.missingTopics()) {
        out += QStringLiteral("%1: missing topic: %2: %3\n    add: %4\n")
                   .arg(path, painter.paint(topic.title, "1"), topic.message, topic.snippet);
    }
    if (report.review)
        out += reviewSection(path, *report.review, positions);
    if (report.baseline)
        out += baselineSection(path, *report.baseline, positions, painter);
    return out;
}

} // namespace rolelens
