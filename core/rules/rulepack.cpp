#include "rules/rulepack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace rolelens {

namespace {

constexpr int kMaxGap = 20;
// Bounds that keep a hostile pack from exhausting memory or time before it is rejected.
constexpr qsizetype kMaxTermsPerPack = 50000;
constexpr qsizetype kMaxRulesPerPack = 1000;
constexpr qsizetype kMaxTermLength = 200;
constexpr qsizetype kMaxExceptionsPerPack = 10000;
constexpr qsizetype kMaxModelFeatures = 200000;

// QJsonDocument keeps no positions, so semantic errors are placed by finding the quoted id
// or key that the problem belongs to in the raw text.
class Locator
{
public:
    Locator(const QByteArray &raw, QString file) : m_raw(raw), m_file(std::move(file)) {}

    [[nodiscard]] SourceLocation at(qsizetype offset) const
    {
        return locateInFile(m_file, m_raw, offset);
    }

    [[nodiscard]] SourceLocation of(const QString &text) const
    {
        const qsizetype index = m_raw.indexOf('"' + text.toUtf8() + '"');
        return index < 0 ? SourceLocation{m_file, 0, 0} : at(index);
    }

    [[nodiscard]] const QString &file() const { return m_file; }

private:
    const QByteArray &m_raw;
    QString m_file;
};

class PackParser
{
public:
    PackParser(const QByteArray &raw, const QString &file) : m_locator(raw, file) {}

    bool parse(const QJsonObject &root, RulePack *pack);
    [[nodiscard]] const PackError &error() const { return m_error; }

private:
    bool fail(const SourceLocation &where, const QString &message)
    {
        m_error = {where, message};
        return false;
    }
    bool checkKeys(const QJsonObject &object, std::initializer_list<const char *> known,
                   const QString &anchor, const QString &what);
    bool stringList(const QJsonValue &value, QStringList *out, const QString &anchor,
                    const QString &what);
    bool parseLexicon(const QString &name, const QJsonValue &value, QList<TermSpec> *out);
    bool parseRule(const QJsonValue &value, int index, RuleSpec *rule);
    bool parseStep(const QJsonValue &value, const QString &anchor, StepSpec *step);
    bool parseTopic(const QJsonValue &value, int index, TopicSpec *topic);
    bool parseScoring(const QJsonValue &value, ScoringSpec *scoring);
    bool parseException(const QJsonValue &value, int index, ExceptionSpec *exception);
    bool parseModel(const QJsonValue &value, ClauseModelSpec *model);
    bool parseWeights(const QJsonValue &value, const QString &what, ClauseWeights *out);
    bool requireText(const QJsonObject &object, const char *key, QString *out,
                     const QString &anchor, const QString &what);

    Locator m_locator;
    PackError m_error;
};

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
    if (!checkKeys(object,
                   {"tag", "list", "capture", "lowercase", "capitalized", "context", "maxGap"},
                   anchor, what) ||
        !stringList(object.value(QLatin1String("tag")), &step->classes, anchor,
                    what + QStringLiteral(": \"tag\"")))
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
    if (topic->section != QLatin1String("responsibilities") &&
        topic->section != QLatin1String("qualifications"))
        return fail(topic->where,
                    what + QStringLiteral(
                               ": \"section\" must be \"responsibilities\" or \"qualifications\""));
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

bool PackParser::parseWeights(const QJsonValue &value, const QString &what, ClauseWeights *out)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != kClauseOutputs)
        return fail(
            m_locator.of(QStringLiteral("model")),
            QStringLiteral("%1 must be a list of %2 numbers").arg(what).arg(kClauseOutputs));
    for (int k = 0; k < kClauseOutputs; ++k) {
        const double weight = array[k].toDouble(qQNaN());
        if (!std::isfinite(weight) || std::abs(weight) > 1000)
            return fail(m_locator.of(QStringLiteral("model")),
                        QStringLiteral("%1 must hold numbers between -1000 and 1000").arg(what));
        (*out)[std::size_t(k)] = float(weight);
    }
    return true;
}

bool PackParser::parseModel(const QJsonValue &value, ClauseModelSpec *model)
{
    const QString anchor = QStringLiteral("model");
    const QString what = QStringLiteral("\"model\"");
    if (!value.isObject())
        return fail(m_locator.of(anchor), what + QStringLiteral(" must be an object"));
    const QJsonObject object = value.toObject();
    if (!checkKeys(object,
                   {"threshold", "keepThreshold", "outputs", "judges", "bias", "weights",
                    "findings", "trainedOn"},
                   anchor, what))
        return false;
    const QStringList outputs = {QStringLiteral("demand"),
                                 QStringLiteral("coding-demand"),
                                 QStringLiteral("execution-duty"),
                                 QStringLiteral("credential"),
                                 QStringLiteral("combined-role"),
                                 QStringLiteral("preferred"),
                                 QStringLiteral("keep")};
    QStringList named;
    if (!stringList(object.value(QLatin1String("outputs")), &named, anchor,
                    QStringLiteral("\"outputs\"")))
        return false;
    if (named != outputs)
        return fail(
            m_locator.of(QStringLiteral("outputs")),
            QStringLiteral("\"outputs\" must be %1").arg(outputs.join(QStringLiteral(", "))));
    for (const auto &[key, target] : {std::pair{"threshold", &model->threshold},
                                      std::pair{"keepThreshold", &model->keepThreshold}}) {
        *target = object.value(QLatin1String(key)).toDouble(-1);
        if (!(*target > 0 && *target <= 1))
            return fail(m_locator.of(QLatin1String(key)),
                        QStringLiteral("\"%1\" must be a number above 0 and at most 1")
                            .arg(QLatin1String(key)));
    }
    if (!stringList(object.value(QLatin1String("judges")), &model->judges, anchor,
                    QStringLiteral("\"judges\"")) ||
        !parseWeights(object.value(QLatin1String("bias")), QStringLiteral("\"bias\""),
                      &model->bias))
        return false;
    const QJsonValue weights = object.value(QLatin1String("weights"));
    if (!weights.isObject())
        return fail(m_locator.of(QStringLiteral("weights")),
                    QStringLiteral("\"weights\" must be an object"));
    const QJsonObject features = weights.toObject();
    if (features.size() > kMaxModelFeatures)
        return fail(m_locator.of(QStringLiteral("weights")),
                    QStringLiteral("more than %1 model features").arg(kMaxModelFeatures));
    model->weights.reserve(features.size());
    for (auto it = features.begin(); it != features.end(); ++it) {
        ClauseWeights row{};
        if (it.key().size() > kMaxTermLength)
            return fail(
                m_locator.of(anchor),
                QStringLiteral("a model feature is longer than %1 characters").arg(kMaxTermLength));
        if (!parseWeights(it.value(), QStringLiteral("feature \"%1\"").arg(it.key()), &row))
            return false;
        model->weights.append({it.key(), row});
    }
    const QJsonObject findings = object.value(QLatin1String("findings")).toObject();
    for (int family = 0; family < 4; ++family) {
        const QString name = outputs[family + 1];
        const QJsonValue entry = findings.value(name);
        const QString entryWhat = QStringLiteral("the model's finding \"%1\"").arg(name);
        if (!entry.isObject())
            return fail(m_locator.of(QStringLiteral("findings")),
                        entryWhat + QStringLiteral(" must be an object"));
        const QJsonObject texts = entry.toObject();
        JudgedFindingSpec &spec = model->findings[std::size_t(family)];
        if (!checkKeys(texts, {"message", "rationale", "suggestions"}, anchor, entryWhat) ||
            !requireText(texts, "message", &spec.message, anchor, entryWhat) ||
            !requireText(texts, "rationale", &spec.rationale, anchor, entryWhat) ||
            !stringList(texts.value(QLatin1String("suggestions")), &spec.suggestions, anchor,
                        entryWhat + QStringLiteral(": \"suggestions\"")))
            return false;
    }
    return true;
}

bool PackParser::parse(const QJsonObject &root, RulePack *pack)
{
    pack->file = m_locator.file();
    if (!checkKeys(root,
                   {"pack", "description", "lexicons", "rules", "topics", "disable", "exceptions",
                    "scoring", "model"},
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
    if (root.contains(QLatin1String("model"))) {
        ClauseModelSpec model;
        if (!parseModel(root.value(QLatin1String("model")), &model))
            return false;
        pack->model = std::move(model);
    }
    return true;
}

} // namespace

PackLoadResult parseRulePack(const QByteArray &json, const QString &fileName)
{
    PackLoadResult result;
    const auto root = parseJsonObject(json, fileName, QStringLiteral("a rule pack"), &result.error);
    if (!root)
        return result;
    PackParser parser(json, fileName);
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
