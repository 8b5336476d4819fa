#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <bitset>
#include <optional>

namespace rolelens {

/// Upper bound on distinct lexicon classes; a pack that needs more is rejected.
inline constexpr int kMaxClasses = 256;

/// A set of lexicon classes ("tech.language", "cue.strong", ...). A tag carries the classes
/// of its term; a rule step accepts a tag whose classes intersect the step's mask.
using ClassMask = std::bitset<kMaxClasses>;

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
