#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <array>
#include <bitset>
#include <optional>

namespace rolelens {

/// Upper bound on distinct lexicon classes; a pack that needs more is rejected.
inline constexpr int kMaxClasses = 256;

/// A class mask as its 64-bit words, for the hot path: tested against a mask kept as only
/// its non-zero words, a whole mask need not be built and scanned per rule.
using MaskWords = std::array<quint64, kMaxClasses / 64>;

/// A set of lexicon classes ("tech.language", "cue.strong", ...). A tag carries the classes
/// of its term; a rule step accepts a tag whose classes intersect the step's mask.
/// Every tag is tested against several masks, so each operation is a few instructions on the
/// four words, unrolled, where std::bitset's loops over them cost several times as many.
class ClassMask
{
public:
    constexpr ClassMask() = default;

    [[nodiscard]] static constexpr std::size_t size() { return kMaxClasses; }
    [[nodiscard]] const MaskWords &words() const { return m_words; }

    ClassMask &set(std::size_t bit)
    {
        m_words[bit / 64] |= bitOf(bit);
        return *this;
    }
    ClassMask &reset(std::size_t bit)
    {
        m_words[bit / 64] &= ~bitOf(bit);
        return *this;
    }
    ClassMask &reset()
    {
        m_words = {};
        return *this;
    }
    [[nodiscard]] bool test(std::size_t bit) const { return (m_words[bit / 64] & bitOf(bit)) != 0; }
    [[nodiscard]] bool operator[](std::size_t bit) const { return test(bit); }
    [[nodiscard]] bool any() const
    {
        return (m_words[0] | m_words[1] | m_words[2] | m_words[3]) != 0;
    }
    [[nodiscard]] bool none() const { return !any(); }
    [[nodiscard]] std::size_t count() const;
    /// Whether the two masks share a class: (a & b).any() without building a & b.
    [[nodiscard]] bool intersects(const ClassMask &other) const
    {
        return ((m_words[0] & other.m_words[0]) | (m_words[1] & other.m_words[1]) |
                (m_words[2] & other.m_words[2]) | (m_words[3] & other.m_words[3])) != 0;
    }
    /// The lowest class at or after \a from, or size() if none.
    [[nodiscard]] std::size_t next(std::size_t from) const;
    [[nodiscard]] std::size_t first() const { return next(0); }

    ClassMask &operator&=(const ClassMask &other)
    {
        for (std::size_t i = 0; i < kWords; ++i)
            m_words[i] &= other.m_words[i];
        return *this;
    }
    ClassMask &operator|=(const ClassMask &other)
    {
        for (std::size_t i = 0; i < kWords; ++i)
            m_words[i] |= other.m_words[i];
        return *this;
    }
    [[nodiscard]] ClassMask operator~() const
    {
        ClassMask out;
        for (std::size_t i = 0; i < kWords; ++i)
            out.m_words[i] = ~m_words[i];
        return out;
    }
    [[nodiscard]] friend ClassMask operator&(ClassMask a, const ClassMask &b) { return a &= b; }
    [[nodiscard]] friend ClassMask operator|(ClassMask a, const ClassMask &b) { return a |= b; }
    [[nodiscard]] friend bool operator==(const ClassMask &a, const ClassMask &b) = default;

private:
    static constexpr std::size_t kWords = kMaxClasses / 64;
    static_assert(kWords == 4, "any() and intersects() name the four words");
    static constexpr quint64 bitOf(std::size_t bit) { return quint64(1) << (bit % 64); }

    MaskWords m_words{};
};

/// A mask kept as its non-zero words: most rule steps name classes in one or two of them.
class SparseMask
{
public:
    SparseMask() = default;
    explicit SparseMask(const ClassMask &mask);

    [[nodiscard]] bool intersects(const MaskWords &words) const
    {
        for (int i = 0; i < m_count; ++i) {
            if (words[m_parts[std::size_t(i)].first] & m_parts[std::size_t(i)].second)
                return true;
        }
        return false;
    }
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }

private:
    std::array<std::pair<quint8, quint64>, kMaxClasses / 64> m_parts{};
    int m_count = 0;
};

/// For each class, the items (rules) whose mask names it: the items whose masks meet a set of
/// classes are found from the classes that set holds (a sentence names a dozen or two)
/// instead of by testing every item's mask.
class MaskIndex
{
public:
    MaskIndex() = default;
    explicit MaskIndex(const QList<ClassMask> &masks);

    /// The items whose mask intersects \a words, as bits over item indices: item i is bit
    /// i % 64 of word i / 64.
    [[nodiscard]] QVarLengthArray<quint64, 4> meeting(const MaskWords &words) const;

private:
    qsizetype m_wordsPerClass = 0;
    QList<quint64> m_items; ///< class c's items: words [c * m_wordsPerClass, + m_wordsPerClass)
};

/// Gives each class name a bit. Names are dotted; "tech.*" selects every class under "tech.".
class ClassRegistry
{
public:
    /// The bit of \a name, registering it if new; -1 if the registry is full.
    int intern(const QString &name);
    [[nodiscard]] int find(const QString &name) const { return m_ids.value(name, -1); }
    [[nodiscard]] QString name(int id) const { return m_names.value(id); }
    [[nodiscard]] int size() const { return int(m_names.size()); }

    /// The mask for a list of names and "prefix.*" patterns, or nullopt naming the first
    /// pattern that selects no known class in \a unknown.
    [[nodiscard]] std::optional<ClassMask> resolve(const QStringList &patterns,
                                                   QString *unknown) const;

private:
    QHash<QString, int> m_ids;
    QStringList m_names;
};

} // namespace rolelens
