#include "io/inputreader.h"
#include "report/reports.h"
#include "review/reviewfile.h"
#include "text/textpositions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

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

// With \a baseline, each finding says whether it is new since the baseline or unchanged;
// with \a state, each has that baseline state ("absent" for the fixed ones).
QJsonArray findingsJson(const QList<Finding> &findings, const QString &text,
                        const BaselineComparison *baseline = nullptr, const QString &state = {})
{
    const TextPositions positions(text);
    QJsonArray array;
    for (const Finding &finding : findings) {
        QJsonObject entry = findingJson(finding, text, positions);
        if (baseline || !state.isEmpty())
            entry.insert(QStringLiteral("baselineState"),
                         baseline ? baseline->stateOf(finding) : state);
        array.append(entry);
    }
    return array;
}

// The review file's fields, plus where the anchor is as the findings say it.
QJsonObject withPlace(QJsonObject object, const TextAnchor &anchor, const TextPositions &positions)
{
    const auto where = positions.at(anchor.start);
    object.insert(QStringLiteral("line"), where.line);
    object.insert(QStringLiteral("column"), where.column);
    object.insert(QStringLiteral("orphaned"), anchor.orphaned);
    return object;
}

QJsonObject reviewJson(const Review &review, const QString &text)
{
    const TextPositions positions(text);
    QJsonArray comments;
    for (const ReviewComment &comment : review.comments())
        comments.append(
            withPlace(commentJson(comment, text, positions), comment.anchor, positions));
    QJsonArray decisions;
    for (const ReviewDecision &decision : review.decisions())
        decisions.append(
            withPlace(decisionJson(decision, text, positions), decision.anchor, positions));
    return QJsonObject{{QStringLiteral("comments"), comments},
                       {QStringLiteral("decisions"), decisions}};
}

QJsonObject baselineJson(const BaselineReport &baseline, const QString &text)
{
    const BaselineComparison &comparison = baseline.comparison;
    return QJsonObject{
        {QStringLiteral("path"), baseline.path},
        {QStringLiteral("scoreBefore"), comparison.scoreBefore},
        {QStringLiteral("scoreAfter"), comparison.scoreAfter},
        {QStringLiteral("verdictBefore"), verdictName(comparison.verdictBefore)},
        {QStringLiteral("verdictAfter"), verdictName(comparison.verdictAfter)},
        {QStringLiteral("errorsBefore"), comparison.errorsBefore},
        {QStringLiteral("errorsAfter"), comparison.errorsAfter},
        {QStringLiteral("warningsBefore"), comparison.warningsBefore},
        {QStringLiteral("warningsAfter"), comparison.warningsAfter},
        {QStringLiteral("added"), findingsJson(comparison.added, text)},
        {QStringLiteral("fixed"),
         findingsJson(comparison.fixed, baseline.text, nullptr, QStringLiteral("absent"))},
    };
}

QJsonObject fileJson(const FileReport &report)
{
    const Analysis &analysis = report.analysis;
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
    QJsonObject file{
        {QStringLiteral("path"), inputName(report.path)},
        {QStringLiteral("role"), roleName(analysis.role)},
        {QStringLiteral("verdict"), verdictName(analysis.verdict)},
        {QStringLiteral("score"), analysis.score},
        {QStringLiteral("scoreItems"), scoreItems},
        {QStringLiteral("balance"),
         QJsonObject{{QStringLiteral("leadership"), analysis.balance.leadership},
                     {QStringLiteral("execution"), analysis.balance.execution}}},
        {QStringLiteral("findings"),
         findingsJson(analysis.findings, report.text,
                      report.baseline ? &report.baseline->comparison : nullptr)},
        {QStringLiteral("missing"), missing},
        {QStringLiteral("codedWords"),
         QJsonObject{{QStringLiteral("masculine"), analysis.masculineCoded},
                     {QStringLiteral("feminine"), analysis.feminineCoded},
                     {QStringLiteral("words"), analysis.wordCount},
                     {QStringLiteral("masculinePer100Words"),
                      std::round(analysis.codedPer100Words(true) * 10) / 10},
                     {QStringLiteral("femininePer100Words"),
                      std::round(analysis.codedPer100Words(false) * 10) / 10}}},
    };
    if (report.converted)
        file.insert(QStringLiteral("converted"), true);
    if (report.review)
        file.insert(QStringLiteral("review"), reviewJson(*report.review, report.text));
    if (report.baseline)
        file.insert(QStringLiteral("baseline"), baselineJson(*report.baseline, report.text));
    return file;
}

} // namespace

QByteArray jsonFileEntry(const FileReport &report)
{
    // Laid out as QJsonDocument lays out an element of "files" (two levels deep), so that
    // entries made in parallel join into the document it would have written. Strings in
    // JSON never hold a raw line break, so every one of them is a line of the layout.
    QByteArray json = QJsonDocument(fileJson(report)).toJson(QJsonDocument::Indented);
    json.chop(1);
    return "        " + json.replace("\n", "\n        ");
}

QByteArray jsonReport(const QList<QByteArray> &entries)
{
    QByteArray json = "{\n    \"files\": [\n";
    json += entries.join(",\n");
    json += entries.isEmpty() ? "    ],\n" : "\n    ],\n";
    return json + "    \"version\": 1\n}\n";
}

QByteArray jsonReport(const QList<FileReport> &reports)
{
    QList<QByteArray> entries;
    entries.reserve(reports.size());
    for (const FileReport &report : reports)
        entries.append(jsonFileEntry(report));
    return jsonReport(entries);
}

} // namespace rolelens
