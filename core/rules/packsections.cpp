#include "rules/packparser_p.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace rolelens::packparser {

bool PackParser::parseLexicon(const QString &name, const QJsonValue &value, QList<TermSpec> *out)
{
    if (!value.isArray())
        return fail(m_locator.of(name),
                    QStringLiteral("lexicon \"%1\" must be a list of terms").arg(name));
    for (const QJsonValue &item : value.toArray()) {
        TermSpec term;
        if (item.isString()) {
            term.text = item.toString();
        } else if (item.isObject()) {
            const QJsonObject object = item.toObject();
            if (!checkKeys(object, {"term", "caseSensitive"}, name,
                           QStringLiteral("a term of lexicon \"%1\"").arg(name)))
                return false;
            term.text = object.value(QLatin1String("term")).toString();
            term.caseSensitive = object.value(QLatin1String("caseSensitive")).toBool();
        } else {
            return fail(
                m_locator.of(name),
                QStringLiteral("lexicon \"%1\" has a term that is neither a string nor an object")
                    .arg(name));
        }
        if (term.text.trimmed().isEmpty())
            return fail(m_locator.of(name),
                        QStringLiteral("lexicon \"%1\" has an empty term").arg(name));
        if (term.text.size() > kMaxTermLength)
            return fail(m_locator.of(name),
                        QStringLiteral("lexicon \"%1\" has a term longer than %2 characters")
                            .arg(name)
                            .arg(kMaxTermLength));
        out->append(term);
    }
    return true;
}

bool PackParser::parseStep(const QJsonValue &value, const QString &anchor, StepSpec *step)
{
    const QString what = QStringLiteral("a pattern step of rule \"%1\"").arg(anchor);
    if (value.isString()) {
        step->classes = {value.toString()};
        return true;
    }
    if (!value.isObject())
        return fail(m_locator.of(anchor),
                    what + QStringLiteral(" must be a class name or an object"));
    const QJsonObject object = value.toObject();
    if (!checkKeys(
            object,
            {"tag", "except", "list", "capture", "lowercase", "capitalized", "context", "maxGap"},
            anchor, what) ||
        !stringList(object.value(QLatin1String("tag")), &step->classes, anchor,
                    what + QStringLiteral(": \"tag\"")) ||
        !stringList(object.value(QLatin1String("except")), &step->except, anchor,
                    what + QStringLiteral(": \"except\"")))
        return false;
    if (step->classes.isEmpty())
        return fail(m_locator.of(anchor), what + QStringLiteral(" needs a \"tag\""));
    step->list = object.value(QLatin1String("list")).toBool();
    step->capture = object.value(QLatin1String("capture")).toString();
    step->context = object.value(QLatin1String("context")).toBool();
    step->lowercase = object.value(QLatin1String("lowercase")).toBool();
    step->capitalized = object.value(QLatin1String("capitalized")).toBool();
    step->maxGap = object.value(QLatin1String("maxGap")).toInt(-1);
    if (step->maxGap < -1 || step->maxGap > kMaxGap)
        return fail(m_locator.of(anchor),
                    what + QStringLiteral(": \"maxGap\" must be between 0 and %1").arg(kMaxGap));
    return true;
}

bool PackParser::parseRule(const QJsonValue &value, int index, RuleSpec *rule)
{
    if (!value.isObject())
        return fail(m_locator.of(QStringLiteral("rules")),
                    QStringLiteral("rule %1 is not an object").arg(index + 1));
    const QJsonObject object = value.toObject();
    rule->id = object.value(QLatin1String("id")).toString();
    if (rule->id.isEmpty())
        return fail(m_locator.of(QStringLiteral("rules")),
                    QStringLiteral("rule %1 has no \"id\"").arg(index + 1));
    const QString &id = rule->id;
    rule->where = m_locator.of(id);
    const QString what = QStringLiteral("rule \"%1\"").arg(id);
    if (!checkKeys(object,
                   {"id", "category", "severity", "softenedSeverity", "pattern", "maxGap",
                    "barrier", "unless", "unlessBefore", "unlessWindow", "unlessAfter",
                    "softenedBy", "span", "overrulable", "message", "rationale", "suggestions",
                    "example"},
                   id, what))
        return false;

    const auto category = categoryFromName(object.value(QLatin1String("category")).toString());
    if (!category || *category == Category::Spelling)
        return fail(rule->where,
                    what + QStringLiteral(": \"category\" must be one of coding-demand, "
                                          "execution-duty, credential, combined-role, tone"));
    rule->category = *category;
    for (const auto &[key, target] : {std::pair{"severity", &rule->severity},
                                      std::pair{"softenedSeverity", &rule->softenedSeverity}}) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() && target == &rule->softenedSeverity)
            continue;
        const auto severity = severityFromName(v.toString());
        if (!severity)
            return fail(rule->where,
                        what + QStringLiteral(": \"%1\" must be error, warning or info")
                                   .arg(QLatin1String(key)));
        *target = *severity;
    }
    if (rule->softenedSeverity > rule->severity)
        rule->softenedSeverity = rule->severity;

    const QJsonValue pattern = object.value(QLatin1String("pattern"));
    const QJsonArray steps = pattern.toArray();
    if (!pattern.isArray() || steps.isEmpty() || steps.size() > kMaxRuleSteps)
        return fail(
            rule->where,
            what +
                QStringLiteral(": \"pattern\" must be a list of 1 to %1 steps").arg(kMaxRuleSteps));
    for (const QJsonValue &stepValue : steps) {
        StepSpec step;
        if (!parseStep(stepValue, id, &step))
            return false;
        rule->steps.append(step);
    }
    if (std::all_of(rule->steps.cbegin(), rule->steps.cend(),
                    [](const StepSpec &s) { return s.context; }))
        return fail(rule->where,
                    what + QStringLiteral(": at least one pattern step must not be \"context\""));
    for (const char *key : {"maxGap", "unlessWindow"}) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isDouble())
            return fail(rule->where,
                        what + QStringLiteral(": \"%1\" must be a number").arg(QLatin1String(key)));
    }
    rule->maxGap = object.value(QLatin1String("maxGap")).toInt(rule->maxGap);
    rule->unlessWindow = object.value(QLatin1String("unlessWindow")).toInt(rule->unlessWindow);
    if (rule->maxGap < 0 || rule->maxGap > kMaxGap || rule->unlessWindow < 0 ||
        rule->unlessWindow > kMaxGap)
        return fail(rule->where,
                    what +
                        QStringLiteral(": \"maxGap\" and \"unlessWindow\" must be between 0 and %1")
                            .arg(kMaxGap));
    const QString span = object.value(QLatin1String("span")).toString(QStringLiteral("match"));
    if (span != QLatin1String("match") && span != QLatin1String("segment"))
        return fail(rule->where,
                    what + QStringLiteral(": \"span\" must be \"match\" or \"segment\""));
    rule->spanSegment = span == QLatin1String("segment");
    const QJsonValue overrulable = object.value(QLatin1String("overrulable"));
    if (overrulable.isBool())
        rule->overrulable = overrulable.toBool() ? Overrule::Always : Overrule::Never;
    else if (overrulable == QLatin1String("in prose"))
        rule->overrulable = Overrule::InProse;
    else if (!overrulable.isUndefined())
        return fail(rule->where,
                    what + QStringLiteral(": \"overrulable\" must be true, false or \"in prose\""));
    if (!stringList(object.value(QLatin1String("barrier")), &rule->barrier, id,
                    what + QStringLiteral(": \"barrier\"")) ||
        !stringList(object.value(QLatin1String("unless")), &rule->unless, id,
                    what + QStringLiteral(": \"unless\"")) ||
        !stringList(object.value(QLatin1String("unlessAfter")), &rule->unlessAfter, id,
                    what + QStringLiteral(": \"unlessAfter\"")) ||
        !stringList(object.value(QLatin1String("unlessBefore")), &rule->unlessBefore, id,
                    what + QStringLiteral(": \"unlessBefore\"")) ||
        !stringList(object.value(QLatin1String("softenedBy")), &rule->softenedBy, id,
                    what + QStringLiteral(": \"softenedBy\"")) ||
        !stringList(object.value(QLatin1String("suggestions")), &rule->suggestions, id,
                    what + QStringLiteral(": \"suggestions\"")) ||
        !requireText(object, "message", &rule->message, id, what) ||
        !requireText(object, "rationale", &rule->rationale, id, what))
        return false;
    rule->example = object.value(QLatin1String("example")).toString();
    return true;
}

bool PackParser::parseTopic(const QJsonValue &value, int index, TopicSpec *topic)
{
    const QJsonObject object = value.toObject();
    topic->id = object.value(QLatin1String("id")).toString();
    if (!value.isObject() || topic->id.isEmpty())
        return fail(m_locator.of(QStringLiteral("topics")),
                    QStringLiteral("topic %1 needs an \"id\"").arg(index + 1));
    topic->where = m_locator.of(topic->id);
    const QString what = QStringLiteral("topic \"%1\"").arg(topic->id);
    if (!checkKeys(object, {"id", "title", "tags", "message", "snippet", "section"}, topic->id,
                   what) ||
        !requireText(object, "title", &topic->title, topic->id, what) ||
        !requireText(object, "message", &topic->message, topic->id, what) ||
        !requireText(object, "snippet", &topic->snippet, topic->id, what) ||
        !stringList(object.value(QLatin1String("tags")), &topic->classes, topic->id,
                    what + QStringLiteral(": \"tags\"")))
        return false;
    if (topic->classes.isEmpty())
        return fail(topic->where, what + QStringLiteral(" needs \"tags\""));
    topic->section =
        object.value(QLatin1String("section")).toString(QStringLiteral("responsibilities"));
    static const QStringList sections = {QStringLiteral("responsibilities"),
                                         QStringLiteral("qualifications"),
                                         QStringLiteral("preferred")};
    if (!sections.contains(topic->section))
        return fail(topic->where, what + QStringLiteral(": \"section\" must be "
                                                        "\"responsibilities\", \"qualifications\" "
                                                        "or \"preferred\""));
    return true;
}

bool PackParser::parseScoring(const QJsonValue &value, ScoringSpec *scoring)
{
    const QString what = QStringLiteral("\"scoring\"");
    const QJsonObject object = value.toObject();
    if (!value.isObject() ||
        !checkKeys(object, {"penalties", "leadership"}, QStringLiteral("scoring"), what))
        return value.isObject() || fail(m_locator.of(QStringLiteral("scoring")),
                                        what + QStringLiteral(" must be an object"));
    const QJsonObject penalties = object.value(QLatin1String("penalties")).toObject();
    if (!checkKeys(penalties, {"error", "warning", "info", "missingTopic"},
                   QStringLiteral("penalties"), QStringLiteral("\"penalties\"")))
        return false;
    for (const auto &[key, target] :
         {std::pair{"error", &scoring->errorPenalty},
          std::pair{"warning", &scoring->warningPenalty}, std::pair{"info", &scoring->infoPenalty},
          std::pair{"missingTopic", &scoring->missingTopicPenalty}}) {
        *target = penalties.value(QLatin1String(key)).toInt(*target);
        if (*target < 0 || *target > 100)
            return fail(
                m_locator.of(QLatin1String(key)),
                QStringLiteral("penalty \"%1\" must be between 0 and 100").arg(QLatin1String(key)));
    }
    return stringList(object.value(QLatin1String("leadership")), &scoring->leadershipClasses,
                      QStringLiteral("leadership"), QStringLiteral("\"leadership\""));
}

bool PackParser::parseException(const QJsonValue &value, int index, ExceptionSpec *exception)
{
    const QString anchor = QStringLiteral("exceptions");
    const QString what = QStringLiteral("exception %1").arg(index + 1);
    if (!value.isObject())
        return fail(m_locator.of(anchor), what + QStringLiteral(" is not an object"));
    const QJsonObject object = value.toObject();
    if (!checkKeys(object, {"rule", "text", "reason"}, anchor, what) ||
        !requireText(object, "rule", &exception->ruleId, anchor, what) ||
        !requireText(object, "text", &exception->text, anchor, what))
        return false;
    const QJsonValue reason = object.value(QLatin1String("reason"));
    if (!reason.isUndefined() && !reason.isString())
        return fail(m_locator.of(anchor), what + QStringLiteral(": \"reason\" must be a string"));
    exception->reason = reason.toString();
    return true;
}

} // namespace rolelens::packparser
