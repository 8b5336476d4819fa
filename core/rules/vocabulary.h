#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <vector>

namespace rolelens {

/// Interns the tokens that occur in lexicon terms and looks up text slices without
/// allocating (but for words over 64 characters; no lexicon word is that long): a token is
/// case-folded once, into a buffer on the stack, while it is hashed.
/// Most words of a posting are in no lexicon, so a miss must be cheap.
class Vocabulary
{
public:
    Vocabulary();

    /// The id of \a token (folded first), adding it if new.
    int intern(QStringView token);
    /// The id of \a token, or -1.
    [[nodiscard]] int find(QStringView token) const;
    [[nodiscard]] int size() const { return m_size; }
    /// The folded word whose id is \a id (0 <= id < size()).
    [[nodiscard]] QStringView word(int id) const
    {
        const auto [offset, length] = m_words[std::size_t(id)];
        return {m_text.data() + offset, length};
    }

private:
    // A word's hash, id and place in m_text side by side: a lookup reads its slot and the
    // word's characters, nothing else.
    struct Slot
    {
        quint32 hash = 0;
        int id = -1;
        quint32 offset = 0; ///< the folded word: m_text[offset, offset + length)
        int length = 0;
    };
    static quint32 hashOf(QStringView folded);
    [[nodiscard]] int findFolded(QStringView folded, quint32 hash) const;
    void grow();

    /// The id of each one-character ASCII word (folded), -1 if none: a fifth of a posting's
    /// tokens are one such character (punctuation, "a"), and a table answers without hashing.
    std::array<int, 128> m_ascii;
    std::vector<Slot> m_slots;
    std::vector<char16_t> m_text;                       // every folded word, one after another
    std::vector<std::pair<quint32, qsizetype>> m_words; // by id: its place in m_text
    int m_size = 0;
};

} // namespace rolelens
