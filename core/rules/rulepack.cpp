#include "rules/rulepack.h"

#include "rules/packparser_p.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace rolelens {

namespace packparser {

bool PackParser::checkKeys(const QJsonObject &object, std::initializer_list<const char *> known,
                           const QString &anchor, const QString &what)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool isKnown = false;
        for (const char *key : known)
            isKnown = isKnown || it.key() == QLatin1String(key);
        if (!isKnown)
            return fail(m_locator.of(it.key()),
                        QStringLiteral("unknown key \"%1\" in %2").arg(it.key(), what));
    }
    Q_UNUSED(anchor)
    return true;
}

bool PackParser::stringList(const QJsonValue &value, QStringList *out, const QString &anchor,
                            const QString &what)
{
    if (value.isUndefined())
        return true;
    if (value.isString()) {
        *out = {value.toString()};
        return true;
    }
    if (!value.isArray())
        return fail(m_locator.of(anchor),
                    QStringLiteral("%1 must be a string or a list of strings").arg(what));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return fail(m_locator.of(anchor),
                        QStringLiteral("%1 must contain only strings").arg(what));
        out->append(item.toString());
    }
    return true;
}

bool PackParser::requireText(const QJsonObject &object, const char *key, QString *out,
                             const QString &anchor, const QString &what)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return fail(m_locator.of(anchor),
                    QStringLiteral("%1 needs a non-empty \"%2\"").arg(what, QLatin1String(key)));
    *out = value.toString();
    return true;
}

bool PackParser::parse(const QJsonObject &root, RulePack *pack)
{
    pack->file = m_locator.file();
    if (!checkKeys(root,
                   {"pack", "description", "lexicons", "rules", "topics", "disable", "exceptions",
                    "scoring", "model", "postingChecks"},
                   QString(), QStringLiteral("the pack")))
        return false;
    pack->name = root.value(QLatin1String("pack")).toString();
    if (pack->name.isEmpty())
        return fail(m_locator.at(0), QStringLiteral("the pack needs a \"pack\" name"));

    for (const auto &[key, isRightType] :
         {std::pair{"lexicons", &QJsonValue::isObject}, std::pair{"rules", &QJsonValue::isArray},
          std::pair{"topics", &QJsonValue::isArray},
          std::pair{"exceptions", &QJsonValue::isArray}}) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (!value.isUndefined() && !(value.*isRightType)())
            return fail(m_locator.of(QLatin1String(key)),
                        QStringLiteral("\"%1\" has the wrong type").arg(QLatin1String(key)));
    }
    const QJsonObject lexicons = root.value(QLatin1String("lexicons")).toObject();
    qsizetype termCount = 0;
    for (auto it = lexicons.begin(); it != lexicons.end(); ++it) {
        QList<TermSpec> terms;
        if (!parseLexicon(it.key(), it.value(), &terms))
            return false;
        termCount += terms.size();
        if (termCount > kMaxTermsPerPack)
            return fail(m_locator.of(it.key()),
                        QStringLiteral("more than %1 terms in one pack").arg(kMaxTermsPerPack));
        pack->lexicons.append({it.key(), terms});
    }
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    if (rules.size() > kMaxRulesPerPack)
        return fail(m_locator.of(QStringLiteral("rules")),
                    QStringLiteral("more than %1 rules in one pack").arg(kMaxRulesPerPack));
    for (int i = 0; i < rules.size(); ++i) {
        RuleSpec rule;
        if (!parseRule(rules[i], i, &rule))
            return false;
        const auto sameId = [&](const RuleSpec &other) { return other.id == rule.id; };
        if (std::any_of(pack->rules.cbegin(), pack->rules.cend(), sameId))
            return fail(rule.where,
                        QStringLiteral("rule id \"%1\" is used twice in this pack").arg(rule.id));
        pack->rules.append(rule);
    }
    const QJsonArray topics = root.value(QLatin1String("topics")).toArray();
    for (int i = 0; i < topics.size(); ++i) {
        TopicSpec topic;
        if (!parseTopic(topics[i], i, &topic))
            return false;
        const auto sameId = [&](const TopicSpec &other) { return other.id == topic.id; };
        if (std::any_of(pack->topics.cbegin(), pack->topics.cend(), sameId))
            return fail(topic.where,
                        QStringLiteral("topic id \"%1\" is used twice in this pack").arg(topic.id));
        pack->topics.append(topic);
    }
    if (!stringList(root.value(QLatin1String("disable")), &pack->disabled,
                    QStringLiteral("disable"), QStringLiteral("\"disable\"")))
        return false;
    const QJsonArray exceptions = root.value(QLatin1String("exceptions")).toArray();
    if (exceptions.size() > kMaxExceptionsPerPack)
        return fail(
            m_locator.of(QStringLiteral("exceptions")),
            QStringLiteral("more than %1 exceptions in one pack").arg(kMaxExceptionsPerPack));
    for (int i = 0; i < exceptions.size(); ++i) {
        ExceptionSpec exception;
        if (!parseException(exceptions[i], i, &exception))
            return false;
        pack->exceptions.append(exception);
    }
    if (root.contains(QLatin1String("scoring"))) {
        ScoringSpec scoring;
        if (!parseScoring(root.value(QLatin1String("scoring")), &scoring))
            return false;
        pack->scoring = scoring;
    }
    if (root.contains(QLatin1String("postingChecks"))) {
        PostingChecksSpec checks;
        if (!parsePostingChecks(root.value(QLatin1String("postingChecks")), &checks))
            return false;
        pack->postingChecks = root.value(QLatin1String("postingChecks")).toObject();
    }
    if (root.contains(QLatin1String("model"))) {
        ClauseModelSpec model;
        if (!parseModel(root.value(QLatin1String("model")), &model))
            return false;
        pack->model = std::move(model);
    }
    return true;
}

} // namespace packparser

PackLoadResult parseRulePack(const QByteArray &json, const QString &fileName)
{
    PackLoadResult result;
    const auto root = parseJsonObject(json, fileName, QStringLiteral("a rule pack"), &result.error);
    if (!root)
        return result;
    packparser::PackParser parser(json, fileName);
    RulePack pack;
    if (parser.parse(*root, &pack))
        result.pack = std::move(pack);
    else
        result.error = parser.error();
    return result;
}

PackLoadResult loadRulePack(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        PackLoadResult result;
        result.error = {{fileName, 0, 0},
                        QStringLiteral("cannot read the rule pack: %1").arg(file.errorString())};
        return result;
    }
    return parseRulePack(file.readAll(), fileName);
}

} // namespace rolelens
