#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace rolelens {

/// A message or suggestion with {name} placeholders, split once at load time so that
/// expanding it per finding is a plain concatenation.
class TextTemplate
{
public:
    /// Parses \a text; placeholders must be in \a names (their index is the capture slot).
    /// On failure returns nullopt and the offending placeholder in \a unknown.
    static std::optional<TextTemplate> parse(const QString &text, const QStringList &names,
                                             QString *unknown);

    /// The text with each placeholder replaced by values[slot].
    [[nodiscard]] QString expand(std::span<const QStringView> values) const;
    /// Whether the template has a placeholder for \a slot.
    [[nodiscard]] bool uses(int slot) const;

private:
    struct Part
    {
        QString literal;
        int slot = -1; ///< -1: literal text
    };
    QList<Part> m_parts;
};

} // namespace rolelens
