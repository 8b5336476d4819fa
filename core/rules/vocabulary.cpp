#include "rules/vocabulary.h"

#include "text/tokenizer.h"

#include <array>
#include <cstring>

namespace rolelens {

Vocabulary::Vocabulary() : m_slots(64)
{
    m_ascii.fill(-1);
}

namespace {

constexpr quint32 kFnvBasis = 2166136261u; // FNV-1a

// One FNV-1a step: hashOf() and find(), which hashes a word as it folds it, must agree.
constexpr quint32 fnvStep(quint32 hash, char16_t unit)
{
    constexpr quint32 kFnvPrime = 16777619u;
    return (hash ^ unit) * kFnvPrime;
}

// Whether the \a n units at \a a and \a b are the same. Most words are 2 to 8 units long: two
// overlapping loads from each end compare them without a call and without reading past either
// word; longer ones go to memcmp.
bool sameUnits(const char16_t *a, const char16_t *b, std::size_t n)
{
    const auto load64 = [](const char16_t *p) {
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        return v;
    };
    const auto load32 = [](const char16_t *p) {
        quint32 v;
        std::memcpy(&v, p, sizeof v);
        return v;
    };
    if (n >= 4 && n <= 8)
        return load64(a) == load64(b) && load64(a + n - 4) == load64(b + n - 4);
    if (n >= 2 && n < 4)
        return load32(a) == load32(b) && load32(a + n - 2) == load32(b + n - 2);
    if (n == 1)
        return *a == *b;
    return std::memcmp(a, b, n * sizeof(char16_t)) == 0;
}

} // namespace

quint32 Vocabulary::hashOf(QStringView folded)
{
    quint32 hash = kFnvBasis;
    for (const QChar c : folded)
        hash = fnvStep(hash, c.unicode());
    return hash;
}

int Vocabulary::find(QStringView token) const
{
    // A word is folded once, into a buffer on the stack that is hashed as it fills and then
    // compared; a word over 64 characters (no lexicon word is that long) is folded on the heap.
    constexpr qsizetype kShortWord = 64;
    if (token.size() == 1 && token.front().unicode() < m_ascii.size())
        return m_ascii[foldForMatching(token.front().unicode())];
    if (token.size() > kShortWord) {
        const QString folded = foldedForMatching(token);
        return findFolded(folded, hashOf(folded));
    }
    std::array<char16_t, kShortWord> buffer;
    quint32 hash = kFnvBasis;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const char16_t c = foldForMatching(token[i].unicode());
        buffer[std::size_t(i)] = c;
        hash = fnvStep(hash, c);
    }
    return findFolded(QStringView(buffer.data(), token.size()), hash);
}

int Vocabulary::findFolded(QStringView folded, quint32 hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.id < 0)
            return -1;
        if (slot.hash != hash || slot.length != folded.size())
            continue;
        // Whole-word loads rather than a loop whose exit, at a different length each time,
        // the branch predictor cannot learn.
        if (sameUnits(folded.utf16(), m_text.data() + slot.offset, std::size_t(folded.size())))
            return slot.id;
    }
}

int Vocabulary::intern(QStringView token)
{
    const QString folded = foldedForMatching(token);
    const quint32 hash = hashOf(folded);
    if (const int id = findFolded(folded, hash); id >= 0)
        return id;
    if (std::size_t(m_size + 1) * 2 > m_slots.size())
        grow();
    const int id = m_size++;
    const auto offset = quint32(m_text.size());
    m_text.insert(m_text.end(), folded.utf16(), folded.utf16() + folded.size());
    m_words.emplace_back(offset, folded.size());
    if (folded.size() == 1 && folded.front().unicode() < m_ascii.size())
        m_ascii[folded.front().unicode()] = id;
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i].id >= 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, id, offset, int(folded.size())};
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
