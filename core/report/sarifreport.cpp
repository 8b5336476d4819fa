#include "edits/textedits.h"
#include "io/inputreader.h"
#include "report/reports.h"
#include "text/textpositions.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace rolelens {

namespace {

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("note");
}

QString artifactUri(const QString &path)
{
    if (path == QLatin1String("-"))
        return inputName(path);
    // Relative paths stay relative (viewers resolve them against the checkout); absolute
    // ones become file: URIs.
    if (QDir::isAbsolutePath(path))
        return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    return QString::fromUtf8(QUrl::toPercentEncoding(path, "/"));
}

const QString kInformationUri = QStringLiteral("https://github.com/rolelens/rolelens");

// A name for people and for GitHub's and Azure DevOps' code scanning: "coding-demand/
// expertise" is "CodingDemandExpertise".
QString ruleName(const QString &id)
{
    QString name;
    bool upper = true;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

// The README's section on the rules, which every descriptor links to.
QString helpUri(Category category)
{
    return kInformationUri + (category == Category::Spelling ? QStringLiteral("#spelling")
                                                             : QStringLiteral("#rule-packs"));
}

// The run's automation details. In an Azure DevOps pipeline they carry the build's
// definition and phase, as GitHub Advanced Security for Azure DevOps asks (GHAzDO1019/1020);
// elsewhere the tool's category.
QJsonObject automationDetails()
{
    const QString definitionId = qEnvironmentVariable("BUILD_DEFINITIONID");
    if (definitionId.isEmpty())
        return {{QStringLiteral("id"), QStringLiteral("rolelens-check/")}};
    const QString prefix = QStringLiteral("azuredevops/pipeline/build/");
    const QString phaseId = qEnvironmentVariable("SYSTEM_PHASEID");
    return {{QStringLiteral("id"), prefix + definitionId + QLatin1Char('/') + phaseId +
                                       QStringLiteral("/rolelens-check/")},
            {QStringLiteral("properties"),
             QJsonObject{
                 {prefix + QStringLiteral("buildDefinitionId"), definitionId},
                 {prefix + QStringLiteral("buildDefinitionName"),
                  qEnvironmentVariable("BUILD_DEFINITIONNAME")},
                 {prefix + QStringLiteral("phaseId"), phaseId},
                 {prefix + QStringLiteral("phaseName"), qEnvironmentVariable("SYSTEM_PHASENAME")},
             }}};
}

// A full descriptor for a finding whose rule is not in the rule set (spelling, the clause
// model's findings), from the finding itself.
QJsonObject findingDescriptor(const Finding &finding)
{
    const QString description = finding.category == Category::Spelling
                                    ? QStringLiteral("A word that is not in the dictionary")
                                    : finding.message;
    return QJsonObject{
        {QStringLiteral("id"), finding.ruleId},
        // A name that is not the id again (SARIF1001).
        {QStringLiteral("name"), finding.category == Category::Spelling
                                     ? QStringLiteral("MisspelledWord")
                                     : ruleName(finding.ruleId)},
        {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), description}}},
        {QStringLiteral("fullDescription"),
         QJsonObject{{QStringLiteral("text"), finding.rationale}}},
        {QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), finding.rationale}}},
        {QStringLiteral("helpUri"), helpUri(finding.category)},
        {QStringLiteral("defaultConfiguration"),
         QJsonObject{{QStringLiteral("level"), sarifLevel(finding.severity)}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("category"), categoryName(finding.category)}}},
    };
}

QJsonObject ruleDescriptor(const RuleSpec &spec)
{
    return QJsonObject{
        {QStringLiteral("id"), spec.id},
        {QStringLiteral("name"), ruleName(spec.id)},
        {QStringLiteral("helpUri"), helpUri(spec.category)},
        {QStringLiteral("shortDescription"),
         QJsonObject{
             {QStringLiteral("text"), spec.example.isEmpty()
                                          ? spec.id
                                          : QStringLiteral("%1 (e.g. \"%2\")")
                                                .arg(categoryName(spec.category), spec.example)}}},
        {QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), spec.rationale}}},
        {QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), spec.rationale}}},
        {QStringLiteral("defaultConfiguration"),
         QJsonObject{{QStringLiteral("level"), sarifLevel(spec.severity)}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("category"), categoryName(spec.category)}}},
    };
}

QJsonObject region(const TextPositions &positions, const QString &text, const Finding &finding)
{
    const auto start = positions.at(finding.start);
    const auto end = positions.at(finding.end());
    return QJsonObject{
        {QStringLiteral("startLine"), start.line},
        {QStringLiteral("startColumn"), start.column},
        {QStringLiteral("endLine"), end.line},
        {QStringLiteral("endColumn"), end.column},
        {QStringLiteral("charOffset"), start.codePoint},
        {QStringLiteral("charLength"), end.codePoint - start.codePoint},
        {QStringLiteral("snippet"),
         QJsonObject{{QStringLiteral("text"), text.mid(finding.start, finding.length)}}},
    };
}

} // namespace

QByteArray sarifReport(const QList<FileReport> &reports, const RuleSet &rules,
                       const QString &toolVersion, const QStringList &unreadable)
{
    QJsonArray descriptors;
    QHash<QString, int> ruleIndex;
    QJsonArray results;
    QJsonArray artifacts;
    const auto descriptorIndex = [&](const Finding &finding) {
        if (!ruleIndex.contains(finding.ruleId)) {
            const CompiledRule *rule = rules.rule(finding.ruleId);
            ruleIndex.insert(finding.ruleId, int(descriptors.size()));
            descriptors.append(rule ? ruleDescriptor(rule->spec) : findingDescriptor(finding));
        }
        return ruleIndex.value(finding.ruleId);
    };
    // One result: \a finding in \a text of the file at \a artifactLocation, with its baseline
    // state when there is a baseline, and its first suggestion as a fix when it is current.
    const auto resultOf = [&](const Finding &finding, const QString &text,
                              const TextPositions &positions, const QJsonObject &artifactLocation,
                              const QString &state) {
        const QJsonObject where = region(positions, text, finding);
        QJsonObject result{
            {QStringLiteral("ruleId"), finding.ruleId},
            {QStringLiteral("ruleIndex"), descriptorIndex(finding)},
            {QStringLiteral("level"), sarifLevel(finding.severity)},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), finding.message}}},
            {QStringLiteral("locations"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("physicalLocation"),
                              QJsonObject{{QStringLiteral("artifactLocation"), artifactLocation},
                                          {QStringLiteral("region"), where}}}}}},
        };
        if (!state.isEmpty())
            result.insert(QStringLiteral("baselineState"), state);
        if (state != QLatin1String("absent") && isAutoFixable(text, finding)) {
            QJsonObject deleted = where;
            deleted.remove(QStringLiteral("snippet"));
            const QJsonObject replacement{
                {QStringLiteral("deletedRegion"), deleted},
                {QStringLiteral("insertedContent"),
                 QJsonObject{{QStringLiteral("text"), finding.suggestions.first()}}}};
            result.insert(QStringLiteral("fixes"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("description"),
                               QJsonObject{{QStringLiteral("text"),
                                            QStringLiteral("Apply the first suggestion")}}},
                              {QStringLiteral("artifactChanges"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("artifactLocation"), artifactLocation},
                                   {QStringLiteral("replacements"), QJsonArray{replacement}}}}}}});
        }
        return result;
    };
    for (const FileReport &report : reports) {
        const QJsonObject artifactLocation{{QStringLiteral("uri"), artifactUri(report.path)}};
        artifacts.append(QJsonObject{{QStringLiteral("location"), artifactLocation}});
        const TextPositions positions(report.text);
        const BaselineComparison *baseline =
            report.baseline ? &report.baseline->comparison : nullptr;
        for (const Finding &finding : report.analysis.findings)
            results.append(resultOf(finding, report.text, positions, artifactLocation,
                                    baseline ? baseline->stateOf(finding) : QString()));
        if (!baseline)
            continue;
        // The findings fixed since the baseline, where they were in it.
        const QJsonObject oldLocation{{QStringLiteral("uri"), artifactUri(report.baseline->path)}};
        artifacts.append(QJsonObject{{QStringLiteral("location"), oldLocation}});
        const TextPositions oldPositions(report.baseline->text);
        for (const Finding &finding : baseline->fixed)
            results.append(resultOf(finding, report.baseline->text, oldPositions, oldLocation,
                                    QStringLiteral("absent")));
    }
    const QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("rolelens-check")},
        {QStringLiteral("fullName"), QStringLiteral("RoleLens posting check %1").arg(toolVersion)},
        {QStringLiteral("version"), toolVersion},
        {QStringLiteral("semanticVersion"), toolVersion},
        {QStringLiteral("informationUri"), kInformationUri},
        {QStringLiteral("rules"), descriptors},
    };
    // Inputs that could not be read: the run did not succeed, and each says why.
    QJsonArray notifications;
    for (const QString &problem : unreadable)
        notifications.append(QJsonObject{
            {QStringLiteral("level"), QStringLiteral("error")},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), problem}}}});
    QJsonObject invocation{{QStringLiteral("executionSuccessful"), unreadable.isEmpty()}};
    if (!notifications.isEmpty())
        invocation.insert(QStringLiteral("toolExecutionNotifications"), notifications);
    const QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("automationDetails"), automationDetails()},
        {QStringLiteral("invocations"), QJsonArray{invocation}},
        {QStringLiteral("columnKind"), QStringLiteral("unicodeCodePoints")},
        {QStringLiteral("artifacts"), artifacts},
        {QStringLiteral("results"), results},
    };
    const QJsonObject log{
        {QStringLiteral("$schema"),
         QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace rolelens
