#include "rules/vocabulary.h"

#include "text/tokenizer.h"

namespace rolelens {

Vocabulary::Vocabulary() : m_slots(64) {}

quint32 Vocabulary::hashOf(QStringView token)
{
    quint32 hash = 2166136261u; // FNV-1a
    for (QChar c : token) {
        hash ^= foldForMatching(c.unicode());
        hash *= 16777619u;
    }
    return hash;
}

bool Vocabulary::equalsFolded(int id, QStringView token) const
{
    const QString &word = m_words[std::size_t(id)];
    if (word.size() != token.size())
        return false;
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (word[i].unicode() != foldForMatching(token[i].unicode()))
            return false;
    }
    return true;
}

int Vocabulary::find(QStringView token) const
{
    const quint32 hash = hashOf(token);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.id < 0)
            return -1;
        if (slot.hash == hash && equalsFolded(slot.id, token))
            return slot.id;
    }
}

int Vocabulary::intern(QStringView token)
{
    if (const int id = find(token); id >= 0)
        return id;
    if ((m_words.size() + 1) * 2 > m_slots.size())
        grow();
    QString folded(token.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < token.size(); ++i)
        folded[i] = QChar(foldForMatching(token[i].unicode()));
    const int id = int(m_words.size());
    m_words.push_back(folded);
    const quint32 hash = hashOf(token);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i].id >= 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, id};
    return id;
}

void Vocabulary::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.id < 0)
            continue;
        std::size_t i = slot.hash & mask;
        while (m_slots[i].id >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace rolelens
