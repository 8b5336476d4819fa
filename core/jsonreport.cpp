#include "reports.h"
#include "textpositions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rolelens {

namespace {

QJsonObject findingJson(const Finding &finding, const QString &text, const TextPositions &positions)
{
    const auto where = positions.at(finding.start);
    return QJsonObject{
        {QStringLiteral("rule"), finding.ruleId},
        {QStringLiteral("category"), categoryName(finding.category)},
        {QStringLiteral("severity"), severityName(finding.severity)},
        {QStringLiteral("line"), where.line},
        {QStringLiteral("column"), where.column},
        {QStringLiteral("start"), where.codePoint},
        {QStringLiteral("length"), positions.codePoints(finding.start, finding.length)},
        {QStringLiteral("text"), text.mid(finding.start, finding.length)},
        {QStringLiteral("message"), finding.message},
        {QStringLiteral("rationale"), finding.rationale},
        {QStringLiteral("suggestions"), QJsonArray::fromStringList(finding.suggestions)},
    };
}

QJsonObject fileJson(const FileReport &report)
{
    const Analysis &analysis = report.analysis;
    const TextPositions positions(report.text);
    QJsonArray findings;
    for (const Finding &finding : analysis.findings)
        findings.append(findingJson(finding, report.text, positions));
    QJsonArray missing;
    for (const TopicCoverage &topic : analysis.missingTopics()) {
        missing.append(QJsonObject{{QStringLiteral("topic"), topic.id},
                                   {QStringLiteral("title"), topic.title},
                                   {QStringLiteral("message"), topic.message},
                                   {QStringLiteral("snippet"), topic.snippet}});
    }
    QJsonArray scoreItems;
    for (const ScoreItem &item : analysis.scoreItems)
        scoreItems.append(QJsonObject{{QStringLiteral("label"), item.label},
                                      {QStringLiteral("delta"), item.delta}});
    return QJsonObject{
        {QStringLiteral("path"), report.path},
        {QStringLiteral("role"), roleName(analysis.role)},
        {QStringLiteral("verdict"), verdictName(analysis.verdict)},
        {QStringLiteral("score"), analysis.score},
        {QStringLiteral("scoreItems"), scoreItems},
        {QStringLiteral("balance"),
         QJsonObject{{QStringLiteral("leadership"), analysis.balance.leadership},
                     {QStringLiteral("execution"), analysis.balance.execution}}},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("missing"), missing},
    };
}

} // namespace

QByteArray jsonReport(const QList<FileReport> &reports)
{
    QJsonArray files;
    for (const FileReport &report : reports)
        files.append(fileJson(report));
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("files"), files}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace rolelens
