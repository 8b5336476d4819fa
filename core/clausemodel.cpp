#include "clausemodel.h"

#include "tokenizer.h"

#include <algorithm>
#include <cmath>

namespace rolelens {

namespace {

bool endsWith(QStringView word, qsizetype length, QStringView suffix)
{
    if (length < suffix.size())
        return false;
    for (qsizetype i = 0; i < suffix.size(); ++i) {
        if (foldForMatching(word[length - suffix.size() + i].unicode()) != suffix[i].unicode())
            return false;
    }
    return true;
}

float sigmoid(float x)
{
    return 1.0f / (1.0f + std::exp(-x));
}

} // namespace

qsizetype stemLength(QStringView word)
{
    qsizetype length = word.size();
    if (endsWith(word, length, u"'s"))
        length -= 2;
    if (length > 5 && endsWith(word, length, u"ing"))
        return length - 3;
    if (length > 4 && endsWith(word, length, u"ed"))
        return length - 2;
    if (length > 3 && endsWith(word, length, u"s") && !endsWith(word, length, u"ss") &&
        !endsWith(word, length, u"us") && !endsWith(word, length, u"is"))
        return length - 1;
    return length;
}

void ClauseFeatures::addWord(char16_t kind, QStringView word)
{
    FeatureHash hash;
    hash.add(kind);
    hash.add(u':');
    const QStringView stem = word.first(stemLength(word));
    for (const QChar c : stem)
        hash.add(foldForMatching(c.unicode()));
    if (!m_keepNames) {
        m_hashes.append(hash.value());
        return;
    }
    QString name = QString(QChar(kind)) + QLatin1Char(':');
    for (const QChar c : stem)
        name.append(QChar(foldForMatching(c.unicode())));
    append(hash.value(), name);
}

void ClauseFeatures::addPair(QStringView first, QStringView second)
{
    FeatureHash hash;
    hash.add(u"b:");
    const QStringView a = first.first(stemLength(first));
    const QStringView b = second.first(stemLength(second));
    for (const QChar c : a)
        hash.add(foldForMatching(c.unicode()));
    hash.add(u' ');
    for (const QChar c : b)
        hash.add(foldForMatching(c.unicode()));
    if (!m_keepNames) {
        m_hashes.append(hash.value());
        return;
    }
    QString name = QStringLiteral("b:");
    for (const QChar c : a)
        name.append(QChar(foldForMatching(c.unicode())));
    name.append(QLatin1Char(' '));
    for (const QChar c : b)
        name.append(QChar(foldForMatching(c.unicode())));
    append(hash.value(), name);
}

void ClauseFeatures::addNamed(quint64 hash, const QString &name)
{
    if (m_keepNames)
        append(hash, name);
    else
        m_hashes.append(hash);
}

void ClauseFeatures::append(quint64 hash, QString name)
{
    m_hashes.append(hash);
    m_named.append({hash, std::move(name)});
}

void ClauseFeatures::finish()
{
    std::sort(m_hashes.begin(), m_hashes.end());
    m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
    if (!m_keepNames)
        return;
    std::sort(m_named.begin(), m_named.end(),
              [](const Named &a, const Named &b) { return a.hash < b.hash; });
    m_named.erase(std::unique(m_named.begin(), m_named.end(),
                              [](const Named &a, const Named &b) { return a.hash == b.hash; }),
                  m_named.end());
}

QStringList ClauseFeatures::names() const
{
    QStringList out;
    out.reserve(m_named.size());
    for (const Named &named : m_named)
        out.append(named.name);
    out.sort();
    return out;
}

ClauseModel::ClauseModel(const ClauseModelSpec &spec)
    : m_loaded(true), m_threshold(spec.threshold), m_keepThreshold(spec.keepThreshold),
      m_bias(spec.bias)
{
    m_rows.reserve(std::size_t(spec.weights.size()));
    m_index.reserve(spec.weights.size());
    for (const auto &[name, weights] : spec.weights) {
        m_index.insert(FeatureHash::of(name), int(m_rows.size()));
        m_rows.push_back(weights);
    }
}

ClauseModel::Prediction ClauseModel::predict(const ClauseFeatures &features) const
{
    ClauseWeights sum = m_bias;
    for (const quint64 hash : features.hashes()) {
        const auto it = m_index.constFind(hash);
        if (it == m_index.cend())
            continue;
        const ClauseWeights &row = m_rows[std::size_t(*it)];
        for (int k = 0; k < kClauseOutputs; ++k)
            sum[std::size_t(k)] += row[std::size_t(k)];
    }
    Prediction prediction;
    prediction.demand = sigmoid(sum[std::size_t(ClauseOutput::Demand)]);
    prediction.preferred = sigmoid(sum[std::size_t(ClauseOutput::Preferred)]);
    constexpr std::array families = {Category::CodingDemand, Category::ExecutionDuty,
                                     Category::Credential, Category::CombinedRole};
    int best = 0;
    for (int k = 1; k < int(families.size()); ++k) {
        if (sum[std::size_t(k) + 1] > sum[std::size_t(best) + 1])
            best = k;
    }
    prediction.family = families[std::size_t(best)];
    return prediction;
}

} // namespace rolelens
