#include "rules/texttemplate.h"

#include <algorithm>

namespace rolelens {

std::optional<TextTemplate> TextTemplate::parse(const QString &text, const QStringList &names,
                                                QString *unknown)
{
    TextTemplate result;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            result.m_parts.append({text.mid(pos), -1});
            break;
        }
        if (open > pos)
            result.m_parts.append({text.mid(pos, open - pos), -1});
        const QString name = text.mid(open + 1, close - open - 1);
        const int slot = int(names.indexOf(name));
        if (slot < 0) {
            if (unknown)
                *unknown = name;
            return std::nullopt;
        }
        result.m_parts.append({QString(), slot});
        pos = close + 1;
    }
    return result;
}

bool TextTemplate::uses(int slot) const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(),
                       [slot](const Part &part) { return part.slot == slot; });
}

QString TextTemplate::expand(std::span<const QStringView> values) const
{
    // A placeholder without a value expands to nothing.
    const auto valueOf = [&](const Part &part) {
        return std::size_t(part.slot) < values.size() ? values[std::size_t(part.slot)]
                                                      : QStringView();
    };
    // Sized once: appending part by part would grow the string (and copy it) several times.
    qsizetype size = 0;
    for (const Part &part : m_parts)
        size += part.slot < 0 ? part.literal.size() : valueOf(part).size();
    QString out;
    out.reserve(size);
    for (const Part &part : m_parts) {
        if (part.slot < 0)
            out += part.literal;
        else
            out += valueOf(part);
    }
    return out;
}

} // namespace rolelens
