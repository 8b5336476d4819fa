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

/// A set of lexicon classes ("tech.language", "cue.strong", ...). A tag carries the classes
/// of its term; a rule step accepts a tag whose classes intersect the step's mask.
using ClassMask = std::bitset<kMaxClasses>;

/// A class mask as its 64-bit words, for the hot path: tested against a mask kept as only
/// its non-zero words, a whole std::bitset need not be built and scanned per rule.
using MaskWords = std::array<quint64, kMaxClasses / 64>;
[[nodiscard]] MaskWords wordsOf(const ClassMask &mask);

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
