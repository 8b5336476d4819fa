#include "rules/vocabulary.h"

#include "text/tokenizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace rolelens {

Vocabulary::Vocabulary() : m_slots(64)
{
    m_ascii.fill(-1);
}

namespace {

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

// A folded word is hashed four units at a time: its units packed into 64-bit chunks, the last
// one padded with zeros. Most words of a posting are ASCII and at most sixteen units long; their
// chunks are loaded and folded whole (see find()), with no loop over their characters.
constexpr quint64 kChunkMultiplier = 0xBF58476D1CE4E5B9ull; // splitmix64's
constexpr std::size_t kUnitsPerChunk = 4;
// Words up to this long (nearly all of a posting's) take find()'s chunked path.
constexpr std::size_t kChunkedUnits = 16;

quint64 mixChunk(quint64 hash, quint64 chunk)
{
    hash = (hash ^ chunk) * kChunkMultiplier;
    return hash ^ (hash >> 31);
}

quint64 hashStart(qsizetype length)
{
    return quint64(length) * 0x9E3779B97F4A7C15ull;
}

quint32 hashEnd(quint64 hash)
{
    return quint32(hash >> 32) ^ quint32(hash);
}

// \a count units from \a units, zero-padded to a chunk.
quint64 loadUnits(const char16_t *units, std::size_t count)
{
    quint64 chunk = 0;
    std::memcpy(&chunk, units, count * sizeof(char16_t));
    return chunk;
}

// The same with the count known to the compiler: one load.
template<std::size_t Count> quint64 loadUnits(const char16_t *units)
{
    quint64 chunk = 0;
    std::memcpy(&chunk, units, Count * sizeof(char16_t));
    return chunk;
}

// The four units of \a chunk, all ASCII, folded as foldForMatching folds them: an upper-case
// letter gains 0x20. Each 16-bit lane is compared with 'A' and 'Z' by a subtraction that leaves
// its top bit set where the unit is in range; no lane borrows from its neighbour.
quint64 foldAsciiChunk(quint64 chunk)
{
    constexpr quint64 kTopBits = 0x8000800080008000ull;
    const quint64 atLeastA = (chunk + kTopBits - 0x0041004100410041ull) & kTopBits;
    const quint64 atMostZ = (kTopBits + 0x005A005A005A005Aull - chunk) & kTopBits;
    return chunk | ((atLeastA & atMostZ) >> 10);
}

bool isAsciiChunk(quint64 chunk)
{
    return (chunk & 0xFF80FF80FF80FF80ull) == 0;
}

} // namespace

quint32 Vocabulary::hashOf(QStringView folded)
{
    quint64 hash = hashStart(folded.size());
    const auto *units = reinterpret_cast<const char16_t *>(folded.utf16());
    for (std::size_t at = 0; at < std::size_t(folded.size()); at += kUnitsPerChunk)
        hash = mixChunk(
            hash, loadUnits(units + at, std::min(kUnitsPerChunk, std::size_t(folded.size()) - at)));
    return hashEnd(hash);
}

int Vocabulary::find(QStringView token) const
{
    const auto *units = reinterpret_cast<const char16_t *>(token.utf16());
    const auto length = std::size_t(token.size());
    if (length == 1 && units[0] < m_ascii.size())
        return m_ascii[foldForMatching(units[0])];
    if (length > kChunkedUnits)
        return findOther(token);
    // The word's chunks, loaded without reading past it: the last chunk of a word of five units
    // or more is its last four units, shifted over those that belong to the chunk before.
    std::array<quint64, kChunkedUnits / kUnitsPerChunk> chunks{};
    const std::size_t count = (length + kUnitsPerChunk - 1) / kUnitsPerChunk;
    switch (length) {
    case 0:
        break;
    case 1:
        chunks[0] = loadUnits<1>(units);
        break;
    case 2:
        chunks[0] = loadUnits<2>(units);
        break;
    case 3:
        chunks[0] = loadUnits<3>(units);
        break;
    default:
        for (std::size_t i = 0; i + 1 < count; ++i)
            chunks[i] = loadUnits<kUnitsPerChunk>(units + i * kUnitsPerChunk);
        const quint64 last = loadUnits<kUnitsPerChunk>(units + length - kUnitsPerChunk);
        const std::size_t shared = 16 * (count * kUnitsPerChunk - length);
        chunks[count - 1] =
            std::endian::native == std::endian::little ? last >> shared : last << shared;
    }
    quint64 all = 0;
    for (std::size_t i = 0; i < count; ++i)
        all |= chunks[i];
    if (!isAsciiChunk(all))
        return findOther(token);
    quint64 hash = hashStart(qsizetype(length));
    for (std::size_t i = 0; i < count; ++i) {
        chunks[i] = foldAsciiChunk(chunks[i]);
        hash = mixChunk(hash, chunks[i]);
    }
    return findFolded(
        QStringView(reinterpret_cast<const char16_t *>(chunks.data()), qsizetype(length)),
        hashEnd(hash));
}

// find() for words that are not ASCII or longer than kChunkedUnits: folded into a buffer first,
// and a word over 64 characters (no lexicon word is that long) on the heap.
int Vocabulary::findOther(QStringView token) const
{
    constexpr qsizetype kShortWord = 64;
    if (token.size() > kShortWord) {
        const QString folded = foldedForMatching(token);
        return findFolded(folded, hashOf(folded));
    }
    std::array<char16_t, kShortWord> buffer;
    for (qsizetype i = 0; i < token.size(); ++i)
        buffer[std::size_t(i)] = foldForMatching(token[i].unicode());
    const QStringView folded(buffer.data(), token.size());
    return findFolded(folded, hashOf(folded));
}

// Inline in find(): most lookups are of short ASCII words, and a call per word showed.
[[gnu::always_inline]] inline int Vocabulary::findFolded(QStringView folded, quint32 hash) const
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
