#include "rules/packparser_p.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace rolelens::packparser {

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
                   {"threshold", "keepThreshold", "hintThreshold", "outputs", "judges", "literacy",
                    "beyondLiteracy", "programObjects", "engineeringObjects", "bias", "weights",
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
    const QJsonValue hint = object.value(QLatin1String("hintThreshold"));
    model->hintThreshold = hint.isUndefined() ? model->threshold : hint.toDouble(-1);
    if (!(model->hintThreshold > 0 && model->hintThreshold <= model->threshold))
        return fail(m_locator.of(QStringLiteral("hintThreshold")),
                    QStringLiteral("\"hintThreshold\" must be a number above 0 and at most "
                                   "\"threshold\""));
    for (const auto &[key, classes] :
         {std::pair{"judges", &model->judges}, std::pair{"literacy", &model->literacy},
          std::pair{"beyondLiteracy", &model->beyondLiteracy},
          std::pair{"programObjects", &model->programObjects},
          std::pair{"engineeringObjects", &model->engineeringObjects}}) {
        if (!stringList(object.value(QLatin1String(key)), classes, anchor,
                        QStringLiteral("\"%1\"").arg(QLatin1String(key))))
            return false;
    }
    if (!parseWeights(object.value(QLatin1String("bias")), QStringLiteral("\"bias\""),
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
        if (!checkKeys(texts, {"message", "rationale", "suggestions", "threshold"}, anchor,
                       entryWhat) ||
            !requireText(texts, "message", &spec.message, anchor, entryWhat) ||
            !requireText(texts, "rationale", &spec.rationale, anchor, entryWhat) ||
            !stringList(texts.value(QLatin1String("suggestions")), &spec.suggestions, anchor,
                        entryWhat + QStringLiteral(": \"suggestions\"")))
            return false;
        if (const QJsonValue threshold = texts.value(QLatin1String("threshold"));
            !threshold.isUndefined()) {
            spec.threshold = threshold.toDouble(-1);
            if (!(spec.threshold >= model->threshold && spec.threshold <= 1))
                return fail(m_locator.of(QStringLiteral("findings")),
                            entryWhat + QStringLiteral(": \"threshold\" must be a number from "
                                                       "the model's \"threshold\" (%1) to 1")
                                            .arg(model->threshold));
        }
    }
    return true;
}

} // namespace rolelens::packparser
