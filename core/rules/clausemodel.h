#pragma once

#include "model/finding.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <array>
#include <vector>

namespace rolelens {

/// What the clause model predicts for one requirement clause, in the order of every
/// feature's weights: whether the clause asks the TPM for an engineer's work, which family
/// it belongs to, whether the ask is only preferred, and whether a rule's match on it is
/// right (learnt from matched clauses only, whose base rate is the rules' precision rather
/// than the few per cent of all clauses that are demands).
enum class ClauseOutput : quint8
{
    Demand,
    CodingDemand,
    ExecutionDuty,
    Credential,
    CombinedRole,
    Preferred,
    Keep,
};
inline constexpr int kClauseOutputs = 7;
/// One weight per output, and a last one that stays 0: eight floats add up in two SIMD
/// instructions where seven would not vectorise.
using ClauseWeights = std::array<float, kClauseOutputs + 1>;

/// The wording of a finding the model makes on its own (no rule matched the clause).
struct JudgedFindingSpec
{
    QString message;
    QString rationale;
    QStringList suggestions; ///< may use {segment}
    /// The demand probability from which the model flags a clause of this family on its own,
    /// when it differs from the model's threshold (a family whose own flags proved unreliable
    /// on real postings asks for more); 1: never, only as a hint. Below 0: the model's.
    double threshold = -1;
};

/// The "model" section of a rule pack: a linear model over clause features, trained on
/// labelled postings by tools/train-clause-model.py. Feature names are the ones
/// ClauseFeatures makes ("w:build", "b:build dashboard", "c:tech.language", "r:<rule id>").
struct ClauseModelSpec
{
    double threshold = 0.5;     ///< the demand probability from which a clause no rule matched is
                                ///< flagged; 1: never
    double keepThreshold = 0.5; ///< the keep probability from which a rule's finding is kept
    /// The demand probability from which a clause no rule matched, and the model does not flag,
    /// is offered as a hint (severity info) to check. A pack that leaves it out gets threshold;
    /// at threshold or above (the model takes the smaller of the two): no hints.
    double hintThreshold = 1.0;
    /// Lexicon classes of which a clause no rule matched must name one for the model to flag
    /// it: what asks for an engineer's work names a technology or engineering work. Empty:
    /// every clause.
    QStringList judges;
    /// Lexicon classes that ask only to understand ("understanding of ETL"), and those that
    /// ask for more ("experience with", "hands-on"). A clause no rule matched that names the
    /// first and none of the second asks for no engineer's work: the model never flags it.
    QStringList literacy;
    QStringList beyondLiteracy;
    /// Lexicon classes of the program's own objects ("status dashboards", "Jira"), and those of
    /// engineering objects ("pipelines", "Python"). A clause no rule matched that names the
    /// first and none of the second is the program's own work: the model never flags it.
    QStringList programObjects;
    QStringList engineeringObjects;
    ClauseWeights bias{};
    QList<QPair<QString, ClauseWeights>> weights;
    std::array<JudgedFindingSpec, 4> findings; ///< by family, in ClauseOutput order
};

/// The 64-bit FNV-1a hash of a feature name, fed one UTF-16 unit at a time so that a feature
/// made from token views hashes without building its name.
class FeatureHash
{
public:
    void add(char16_t c)
    {
        m_value ^= c;
        m_value *= 1099511628211ULL;
    }
    void add(QStringView text)
    {
        for (const QChar c : text)
            add(c.unicode());
    }
    [[nodiscard]] quint64 value() const { return m_value; }

    [[nodiscard]] static quint64 of(QStringView name)
    {
        FeatureHash hash;
        hash.add(name);
        return hash.value();
    }

private:
    quint64 m_value = 14695981039346656037ULL;
};

// The feature hashes are inline, as ClauseFeatures' add functions below: a judged clause adds
// a feature for every word, word pair and pair of neighbouring classes, and a call into
// another library for each cost more than the feature itself.

/// splitmix64's finaliser: spreads a combination of two hashes over all 64 bits.
[[nodiscard]] inline quint64 mixedFeatureHash(quint64 value)
{
    value ^= value >> 30;
    value *= 0xBF58476D1CE4E5B9ULL;
    value ^= value >> 27;
    value *= 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}
/// The hash of the feature "KIND:STEM" from its stem's key.
[[nodiscard]] inline quint64 wordFeature(char16_t kind, quint64 key)
{
    return mixedFeatureHash(key ^ (quint64(kind) * 0x9E3779B97F4A7C15ULL));
}
/// The hash of the feature "b:STEM STEM" from the two stems' keys.
[[nodiscard]] inline quint64 pairFeature(quint64 first, quint64 second)
{
    return mixedFeatureHash(wordFeature(u'b', first) + second * 0x9E3779B97F4A7C15ULL);
}
/// The hash of "p:A>B" from the hashes of the class features "c:A" and "c:B".
[[nodiscard]] inline quint64 classPairFeature(quint64 first, quint64 second)
{
    return mixedFeatureHash(wordFeature(u'p', first) + second * 0x9E3779B97F4A7C15ULL);
}

/// The features of one clause, as hashes and, for training dumps, as names.
class ClauseFeatures
{
public:
    explicit ClauseFeatures(bool keepNames) : m_keepNames(keepNames) {}

    // Inline for the same reason as the hashes above; names are only built for a training
    // dump, out of line.

    /// A word feature "KIND:STEM": \a key is stemKey() of \a word, worked out once per word.
    void addWord(char16_t kind, quint64 key, QStringView word)
    {
        if (m_keepNames)
            appendWord(kind, key, word);
        else
            m_hashes.append(wordFeature(kind, key));
    }
    /// A pair of adjacent words: "b:FIRST SECOND", both as stems.
    void addPair(quint64 firstKey, QStringView first, quint64 secondKey, QStringView second)
    {
        if (m_keepNames)
            appendPair(firstKey, first, secondKey, second);
        else
            m_hashes.append(pairFeature(firstKey, secondKey));
    }
    /// A feature whose name is already known ("c:tech.language"), hashed once by the caller.
    void addNamed(quint64 hash, const QString &name)
    {
        if (m_keepNames)
            append(hash, name);
        else
            m_hashes.append(hash);
    }

    /// With names kept, sorts the features and drops repeats (ClauseModel::predict counts a
    /// repeated feature once without it).
    void finish();
    /// The features' hashes: unordered, repeats included unless names are kept.
    [[nodiscard]] const QVarLengthArray<quint64, 128> &hashes() const { return m_hashes; }
    [[nodiscard]] QStringList names() const;

private:
    struct Named
    {
        quint64 hash;
        QString name;
    };
    void append(quint64 hash, QString name);
    void appendWord(char16_t kind, quint64 key, QStringView word);
    void appendPair(quint64 firstKey, QStringView first, quint64 secondKey, QStringView second);

    bool m_keepNames;
    QVarLengthArray<quint64, 128> m_hashes;
    QList<Named> m_named;
};

/// The hash of a word's matching key without its inflections: the part of its features that
/// depends on the word, so each word is read once however many features it is in.
[[nodiscard]] quint64 stemKey(QStringView word);
/// The hash of a feature from its name, as the features made from text hash: words and pairs
/// through their stems' keys, every other feature ("c:tech.language") through its name.
[[nodiscard]] quint64 featureHashOfName(QStringView name);

/// The matching key of a word without its common inflections ("builds", "building" and
/// "built" are not all reduced; "dashboards" and "dashboard" are): the length of the prefix
/// of \a word to keep.
[[nodiscard]] qsizetype stemLength(QStringView word);

/// The compiled model: feature hashes to weights.
class ClauseModel
{
public:
    struct Prediction
    {
        float demand = 0;    ///< probability that the clause is a developer demand
        float preferred = 0; ///< probability that the demand is only preferred
        float keep = 0;      ///< probability that a rule's match on the clause is a demand
        Category family = Category::CodingDemand;
    };

    ClauseModel() = default;
    explicit ClauseModel(const ClauseModelSpec &spec);

    [[nodiscard]] bool isEmpty() const { return !m_loaded; }
    [[nodiscard]] double keepThreshold() const { return m_keepThreshold; }
    [[nodiscard]] double hintThreshold() const { return m_hintThreshold; }
    [[nodiscard]] Prediction predict(const ClauseFeatures &features) const;

private:
    [[nodiscard]] int rowOf(quint64 hash) const;

    bool m_loaded = false;
    double m_keepThreshold = 0.5;
    double m_hintThreshold = 1.0;
    ClauseWeights m_bias{};
    // An open-addressing table of the feature hashes, linearly probed: a clause's features are
    // looked up on every judged clause, and most of them are not in the model.
    // A feature's hash and its row side by side: one probe reads one cache line.
    struct Slot
    {
        quint64 key = 0;
        int row = -1; ///< row of m_rows, -1: empty
    };
    std::vector<Slot> m_slots;
    quint64 m_mask = 0;
    std::vector<ClauseWeights> m_rows;
};

} // namespace rolelens
