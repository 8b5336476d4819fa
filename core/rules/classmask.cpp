#include "rules/classmask.h"

#include <bit>

namespace rolelens {

std::size_t ClassMask::count() const
{
    std::size_t bits = 0;
    for (const quint64 word : m_words)
        bits += std::size_t(std::popcount(word));
    return bits;
}

std::size_t ClassMask::next(std::size_t from) const
{
    for (std::size_t w = from / 64; w < kWords; ++w) {
        // The bits of the first word below \a from are not asked for.
        const quint64 word =
            w == from / 64 ? m_words[w] & (~quint64(0) << (from % 64)) : m_words[w];
        if (word != 0)
            return w * 64 + std::size_t(std::countr_zero(word));
    }
    return size();
}

SparseMask::SparseMask(const ClassMask &mask)
{
    const MaskWords &words = mask.words();
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] != 0)
            m_parts[std::size_t(m_count++)] = {quint8(i), words[i]};
    }
}

MaskIndex::MaskIndex(const QList<ClassMask> &masks)
    : m_wordsPerClass((masks.size() + 63) / 64), m_items(kMaxClasses * m_wordsPerClass, 0)
{
    for (qsizetype item = 0; item < masks.size(); ++item) {
        const ClassMask &mask = masks[item];
        for (std::size_t c = mask.first(); c < mask.size(); c = mask.next(c + 1))
            m_items[qsizetype(c) * m_wordsPerClass + item / 64] |= quint64(1) << (item % 64);
    }
}

QVarLengthArray<quint64, 4> MaskIndex::meeting(const MaskWords &words) const
{
    QVarLengthArray<quint64, 4> items(m_wordsPerClass, 0);
    for (std::size_t w = 0; w < words.size(); ++w) {
        for (quint64 bits = words[w]; bits != 0; bits &= bits - 1) {
            const qsizetype c = qsizetype(w * 64) + std::countr_zero(bits);
            for (qsizetype i = 0; i < m_wordsPerClass; ++i)
                items[i] |= m_items[c * m_wordsPerClass + i];
        }
    }
    return items;
}

int ClassRegistry::intern(const QString &name)
{
    if (const auto it = m_ids.constFind(name); it != m_ids.cend())
        return it.value();
    if (m_names.size() >= kMaxClasses)
        return -1;
    const int id = int(m_names.size());
    m_ids.insert(name, id);
    m_names.append(name);
    return id;
}

std::optional<ClassMask> ClassRegistry::resolve(const QStringList &patterns, QString *unknown) const
{
    ClassMask mask;
    for (const QString &pattern : patterns) {
        bool matched = false;
        if (pattern.endsWith(QLatin1String(".*"))) {
            const QStringView prefix = QStringView(pattern).chopped(1); // keep the dot
            for (int id = 0; id < m_names.size(); ++id) {
                if (m_names[id].startsWith(prefix)) {
                    mask.set(std::size_t(id));
                    matched = true;
                }
            }
        } else if (const int id = find(pattern); id >= 0) {
            mask.set(std::size_t(id));
            matched = true;
        }
        if (!matched) {
            if (unknown)
                *unknown = pattern;
            return std::nullopt;
        }
    }
    return mask;
}

} // namespace rolelens
