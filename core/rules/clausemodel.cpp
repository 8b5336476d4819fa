#include "rules/clausemodel.h"

#include "text/tokenizer.h"

#include <algorithm>
#include <array>
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
    // Called for every word of every judged clause: the last letter decides which suffixes
    // can apply before any of them is compared.
    qsizetype length = word.size();
    const auto last = [&] { return length > 0 ? foldForMatching(word[length - 1].unicode()) : 0; };
    if (last() == u's' && endsWith(word, length, u"'s"))
        length -= 2;
    switch (last()) {
    case u'g':
        return length > 5 && endsWith(word, length, u"ing") ? length - 3 : length;
    case u'd':
        return length > 4 && endsWith(word, length, u"ed") ? length - 2 : length;
    case u's':
        if (length > 3 && !endsWith(word, length, u"ss") && !endsWith(word, length, u"us") &&
            !endsWith(word, length, u"is"))
            return length - 1;
        return length;
    default:
        return length;
    }
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

} // namespace

quint64 stemKey(QStringView word)
{
    FeatureHash hash;
    for (const QChar c : word.first(stemLength(word)))
        hash.add(foldForMatching(c.unicode()));
    return hash.value();
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

void ClauseFeatures::appendWord(char16_t kind, quint64 key, QStringView word)
{
    append(wordFeature(kind, key), QString(QChar(kind)) + QLatin1Char(':') + foldedStem(word));
}

void ClauseFeatures::appendPair(quint64 firstKey, QStringView first, quint64 secondKey,
                                QStringView second)
{
    append(pairFeature(firstKey, secondKey),
           QStringLiteral("b:") + foldedStem(first) + QLatin1Char(' ') + foldedStem(second));
}

void ClauseFeatures::append(quint64 hash, QString name)
{
    m_hashes.append(hash);
    m_named.append({hash, std::move(name)});
}

void ClauseFeatures::finish()
{
    if (!m_keepNames)
        return;
    std::sort(m_hashes.begin(), m_hashes.end());
    m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
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
    : m_loaded(true), m_keepThreshold(spec.keepThreshold),
      m_hintThreshold(std::min(spec.hintThreshold, spec.threshold)), m_bias(spec.bias)
{
    std::size_t capacity = 16;
    while (capacity < std::size_t(spec.weights.size()) * 2)
        capacity *= 2;
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    m_rows.reserve(std::size_t(spec.weights.size()));
    for (const auto &[name, weights] : spec.weights) {
        const quint64 hash = featureHashOfName(name);
        std::size_t slot = std::size_t((hash ^ (hash >> 32)) & m_mask);
        while (m_slots[slot].row >= 0 && m_slots[slot].key != hash)
            slot = (slot + 1) & m_mask;
        if (m_slots[slot].row < 0) {
            m_slots[slot] = {hash, int(m_rows.size())};
            m_rows.push_back(weights);
        } else {
            m_rows[std::size_t(m_slots[slot].row)] = weights; // a name given twice: the last wins
        }
    }
}

int ClauseModel::rowOf(quint64 hash) const
{
    for (std::size_t slot = std::size_t((hash ^ (hash >> 32)) & m_mask);;
         slot = (slot + 1) & m_mask) {
        const Slot &entry = m_slots[slot];
        if (entry.row < 0 || entry.key == hash)
            return entry.row;
    }
}

ClauseModel::Prediction ClauseModel::predict(const ClauseFeatures &features) const
{
    if (!m_loaded)
        return {};
    ClauseWeights sum = m_bias;
    // A clause has a feature or it does not: a repeated one (a word said twice) counts once.
    // A bit per row of the model marks the rows already counted; on the stack for models of
    // up to 16384 features, and only as many words cleared as the model needs.
    QVarLengthArray<quint64, 256> counted(qsizetype(m_rows.size() / 64 + 1), 0);
    for (const quint64 hash : features.hashes()) {
        const int row = rowOf(hash);
        if (row < 0)
            continue;
        quint64 &word = counted[row / 64];
        const quint64 bit = quint64(1) << (row % 64);
        if (word & bit)
            continue;
        word |= bit;
        const ClauseWeights &weights = m_rows[std::size_t(row)];
        for (std::size_t k = 0; k < sum.size(); ++k)
            sum[k] += weights[k];
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
