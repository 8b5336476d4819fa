#include "rules/packparser_p.h"

#include <QJsonArray>

namespace rolelens {

namespace packparser {

namespace {

const QString kAnchor = QStringLiteral("postingChecks");

} // namespace

bool PackParser::parseCheckFinding(const QJsonValue &value, CheckFindingSpec *finding)
{
    const QString what = QStringLiteral("a finding of \"postingChecks\"");
    if (!value.isObject())
        return fail(m_locator.of(kAnchor), what + QStringLiteral(" must be an object"));
    const QJsonObject object = value.toObject();
    if (!checkKeys(object, {"id", "severity", "message", "rationale", "suggestions"}, kAnchor,
                   what) ||
        !requireText(object, "id", &finding->id, kAnchor, what))
        return false;
    const QString anchor = finding->id;
    const auto severity = severityFromName(object.value(QLatin1String("severity")).toString());
    if (!severity)
        return fail(m_locator.of(anchor),
                    QStringLiteral("finding \"%1\" needs a \"severity\": info, warning or error")
                        .arg(anchor));
    finding->severity = *severity;
    return requireText(object, "message", &finding->message, anchor, what) &&
           requireText(object, "rationale", &finding->rationale, anchor, what) &&
           stringList(object.value(QLatin1String("suggestions")), &finding->suggestions, anchor,
                      what + QStringLiteral(": \"suggestions\""));
}

bool PackParser::parseJurisdiction(const QJsonValue &value, JurisdictionSpec *jurisdiction)
{
    const QString what = QStringLiteral("a jurisdiction of \"postingChecks\"");
    if (!value.isObject())
        return fail(m_locator.of(kAnchor), what + QStringLiteral(" must be an object"));
    const QJsonObject object = value.toObject();
    if (!checkKeys(object, {"id", "name", "law", "range", "benefits", "howToApply", "eeo"}, kAnchor,
                   what) ||
        !requireText(object, "id", &jurisdiction->id, kAnchor, what) ||
        !requireText(object, "name", &jurisdiction->name, jurisdiction->id, what) ||
        !requireText(object, "law", &jurisdiction->law, jurisdiction->id, what))
        return false;
    const auto range = severityFromName(object.value(QLatin1String("range")).toString());
    if (!range)
        return fail(m_locator.of(jurisdiction->id),
                    QStringLiteral("jurisdiction \"%1\" needs a \"range\": the severity of a "
                                   "posting without a pay range")
                        .arg(jurisdiction->id));
    jurisdiction->range = *range;
    jurisdiction->benefits = object.value(QLatin1String("benefits")).toBool();
    jurisdiction->howToApply = object.value(QLatin1String("howToApply")).toBool();
    jurisdiction->eeo = object.value(QLatin1String("eeo")).toBool();
    return true;
}

bool PackParser::parseCodedWords(const QJsonValue &value, PostingChecksSpec *checks)
{
    const QString what = QStringLiteral("\"codedWords\"");
    if (!value.isObject())
        return fail(m_locator.of(kAnchor), what + QStringLiteral(" must be an object"));
    const QJsonObject object = value.toObject();
    if (!checkKeys(object, {"masculine", "feminine", "excluded"}, kAnchor, what) ||
        !stringList(object.value(QLatin1String("excluded")), &checks->codedExclusions, kAnchor,
                    what + QStringLiteral(": \"excluded\"")))
        return false;
    for (const bool masculine : {true, false}) {
        const char *key = masculine ? "masculine" : "feminine";
        for (const QJsonValue &item : object.value(QLatin1String(key)).toArray()) {
            CodedWordSpec word;
            word.masculine = masculine;
            if (item.isString()) {
                word.word = item.toString();
            } else if (item.isObject()) {
                const QJsonObject entry = item.toObject();
                if (!checkKeys(entry, {"word", "alternatives"}, kAnchor, what) ||
                    !requireText(entry, "word", &word.word, kAnchor, what) ||
                    !stringList(entry.value(QLatin1String("alternatives")), &word.alternatives,
                                word.word, what + QStringLiteral(": \"alternatives\"")))
                    return false;
            }
            if (word.word.trimmed().isEmpty() || word.word.trimmed() == QLatin1String("*"))
                return fail(m_locator.of(QLatin1String(key)),
                            QStringLiteral("%1 has an empty word").arg(what));
            checks->codedWords.append(word);
        }
    }
    return true;
}

bool PackParser::parsePostingChecks(const QJsonValue &value, PostingChecksSpec *checks)
{
    const QString what = QStringLiteral("\"postingChecks\"");
    if (!value.isObject())
        return fail(m_locator.of(kAnchor), what + QStringLiteral(" must be an object"));
    const QJsonObject object = value.toObject();
    if (!checkKeys(object,
                   {"maxMustHaves", "maxMustHaveTechnologies", "seniorYears", "maxYears",
                    "maxRangeRatio", "minWords", "maxWords", "seniorTitles", "benefitWords",
                    "applyWords", "otherSectionWords", "eeoWords", "jurisdictions", "codedWords",
                    "findings"},
                   kAnchor, what))
        return false;
    for (const auto &[key, target] :
         {std::pair{"maxMustHaves", &checks->maxMustHaves},
          std::pair{"maxMustHaveTechnologies", &checks->maxMustHaveTechnologies},
          std::pair{"seniorYears", &checks->seniorYears}, std::pair{"maxYears", &checks->maxYears},
          std::pair{"minWords", &checks->minWords}, std::pair{"maxWords", &checks->maxWords}}) {
        const QJsonValue number = object.value(QLatin1String(key));
        if (number.isUndefined())
            continue;
        if (!number.isDouble() || number.toDouble() < 0 || number.toDouble() > 100000)
            return fail(
                m_locator.of(QLatin1String(key)),
                QStringLiteral("\"%1\" must be a number from 0 to 100000").arg(QLatin1String(key)));
        *target = number.toInt();
    }
    if (const QJsonValue ratio = object.value(QLatin1String("maxRangeRatio"));
        !ratio.isUndefined()) {
        if (!ratio.isDouble() || ratio.toDouble() < 1 || ratio.toDouble() > 100)
            return fail(m_locator.of(QStringLiteral("maxRangeRatio")),
                        QStringLiteral("\"maxRangeRatio\" must be a number from 1 to 100"));
        checks->maxRangeRatio = ratio.toDouble();
    }
    for (const auto &[key, target] : {std::pair{"seniorTitles", &checks->seniorTitles},
                                      std::pair{"benefitWords", &checks->benefitWords},
                                      std::pair{"applyWords", &checks->applyWords},
                                      std::pair{"otherSectionWords", &checks->otherSectionWords},
                                      std::pair{"eeoWords", &checks->eeoWords}}) {
        if (!stringList(object.value(QLatin1String(key)), target, QLatin1String(key),
                        QStringLiteral("\"%1\"").arg(QLatin1String(key))))
            return false;
    }
    for (const QJsonValue &item : object.value(QLatin1String("jurisdictions")).toArray()) {
        JurisdictionSpec jurisdiction;
        if (!parseJurisdiction(item, &jurisdiction))
            return false;
        checks->jurisdictions.append(jurisdiction);
    }
    if (object.contains(QLatin1String("codedWords")) &&
        !parseCodedWords(object.value(QLatin1String("codedWords")), checks))
        return false;
    for (const QJsonValue &item : object.value(QLatin1String("findings")).toArray()) {
        CheckFindingSpec finding;
        if (!parseCheckFinding(item, &finding))
            return false;
        checks->findings.append(finding);
    }
    return true;
}

} // namespace packparser

namespace {

// \a into with the objects of \a from: an object with the id of one in \a into replaces it.
QJsonArray mergedById(QJsonArray into, const QJsonArray &from)
{
    for (const QJsonValue &item : from) {
        const QString id = item.toObject().value(QLatin1String("id")).toString();
        const auto same = std::find_if(into.begin(), into.end(), [&](const QJsonValueRef other) {
            return other.toObject().value(QLatin1String("id")).toString() == id;
        });
        if (same != into.end())
            *same = item;
        else
            into.append(item);
    }
    return into;
}

} // namespace

PostingChecksSpec mergedPostingChecks(const QList<RulePack> &packs)
{
    QJsonObject merged;
    for (const RulePack &pack : packs) {
        for (auto it = pack.postingChecks.begin(); it != pack.postingChecks.end(); ++it) {
            const bool byId =
                it.key() == QLatin1String("findings") || it.key() == QLatin1String("jurisdictions");
            merged.insert(it.key(), byId ? QJsonValue(mergedById(merged.value(it.key()).toArray(),
                                                                 it.value().toArray()))
                                         : it.value());
        }
    }
    PostingChecksSpec checks;
    static const QByteArray kNoText; // the parser places errors in it; there are none
    packparser::PackParser parser(kNoText, QString());
    if (!merged.isEmpty())
        parser.parsePostingChecks(merged, &checks);
    return checks;
}

} // namespace rolelens
