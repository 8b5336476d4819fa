#include "review/baseline.h"

#include <QHash>
#include <algorithm>

namespace rolelens {

bool BaselineComparison::isAdded(const Finding &finding) const
{
    return std::any_of(added.cbegin(), added.cend(), [&](const Finding &f) {
        return f.start == finding.start && f.length == finding.length && f.ruleId == finding.ruleId;
    });
}

QString BaselineComparison::stateOf(const Finding &finding) const
{
    return isAdded(finding) ? QStringLiteral("new") : QStringLiteral("unchanged");
}

BaselineComparison compareWithBaseline(const Analysis &before, const QString &beforeText,
                                       const Analysis &after, const QString &afterText)
{
    BaselineComparison comparison;
    comparison.scoreBefore = before.score;
    comparison.scoreAfter = after.score;
    comparison.verdictBefore = before.verdict;
    comparison.verdictAfter = after.verdict;
    comparison.errorsBefore = before.count(Severity::Error);
    comparison.errorsAfter = after.count(Severity::Error);
    comparison.warningsBefore = before.count(Severity::Warning);
    comparison.warningsAfter = after.count(Severity::Warning);

    // The baseline's findings by identity, each a queue in text order: a finding that is
    // still there uses up the first of its kind, and those left over were fixed.
    QHash<QString, QList<qsizetype>> unmatched;
    for (qsizetype i = 0; i < before.findings.size(); ++i)
        unmatched[findingKey(before.findings[i], beforeText)].append(i);
    for (const Finding &finding : after.findings) {
        QList<qsizetype> &same = unmatched[findingKey(finding, afterText)];
        if (same.isEmpty())
            comparison.added.append(finding);
        else
            same.removeFirst();
    }
    QList<qsizetype> fixed;
    for (const QList<qsizetype> &indexes : std::as_const(unmatched))
        fixed += indexes;
    std::sort(fixed.begin(), fixed.end());
    for (const qsizetype i : std::as_const(fixed))
        comparison.fixed.append(before.findings[i]);
    return comparison;
}

} // namespace rolelens
