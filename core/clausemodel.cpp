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

namespace {

// A stem in the matching form of its word: case-folded, typographic apostrophes as "'".
QString foldedStem(QStringView word)
{
    const QStringView stem = word.first(stemLength(word));
    QString out(stem.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < stem.size(); ++i)
        out[i] = QChar(foldForMatching(stem[i].unicode()));
    return out;
}

// splitmix64's finaliser: spreads a combination of two hashes over all 64 bits.
quint64 mixed(quint64 value)
{
    value ^= value >> 30;
    value *= 0xBF58476D1CE4E5B9ULL;
    value ^= value >> 27;
    value *= 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

} // namespace

quint64 stemKey(QStringView word)
{
    FeatureHash hash;
    for (const QChar c : word.first(stemLength(word)))
        hash.add(foldForMatching(c.unicode()));
    return hash.value();
}

quint64 wordFeature(char16_t kind, quint64 key)
{
    return mixed(key ^ (quint64(kind) * 0x9E3779B97F4A7C15ULL));
}

quint64 pairFeature(quint64 first, quint64 second)
{
    return mixed(wordFeature(u'b', first) + second * 0x9E3779B97F4A7C15ULL);
}

quint64 classPairFeature(quint64 first, quint64 second)
{
    return mixed(wordFeature(u'p', first) + second * 0x9E3779B97F4A7C15ULL);
}

quint64 featureHashOfName(QStringView name)
{
    if (name.size() > 2 && name[1] == QLatin1Char(':')) {
        const QStringView rest = name.sliced(2);
        const char16_t kind = name[0].unicode();
        if (kind == u'w' || kind == u'f')
            return wordFeature(kind, FeatureHash::of(rest));
        if (const qsizetype space = rest.indexOf(QLatin1Char(' ')); kind == u'b' && space > 0)
            return pairFeature(FeatureHash::of(rest.first(space)),
                               FeatureHash::of(rest.sliced(space + 1)));
        if (const qsizetype arrow = rest.indexOf(QLatin1Char('>')); kind == u'p' && arrow > 0)
            return classPairFeature(
                FeatureHash::of(QStringLiteral("c:") + rest.first(arrow).toString()),
                FeatureHash::of(QStringLiteral("c:") + rest.sliced(arrow + 1).toString()));
    }
    return FeatureHash::of(name);
}

void ClauseFeatures::addWord(char16_t kind, quint64 key, QStringView word)
{
    const quint64 hash = wordFeature(kind, key);
    if (m_keepNames)
        append(hash, QString(QChar(kind)) + QLatin1Char(':') + foldedStem(word));
    else
        m_hashes.append(hash);
}

void ClauseFeatures::addPair(quint64 firstKey, QStringView first, quint64 secondKey,
                             QStringView second)
{
    const quint64 hash = pairFeature(firstKey, secondKey);
    if (m_keepNames)
        append(hash, QStringLiteral("b:") + foldedStem(first) + QLatin1Char(' ') +
                         foldedStem(second));
    else
        m_hashes.append(hash);
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
        m_index.insert(featureHashOfName(name), int(m_rows.size()));
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
    prediction.keep = sigmoid(sum[std::size_t(ClauseOutput::Keep)]);
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
