#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace rolelens {

/// Interns the tokens that occur in lexicon terms and looks up text slices without
/// allocating: a token is case-folded once, into a buffer on the stack, while it is hashed.
/// Most words of a posting are in no lexicon, so a miss must be cheap.
class Vocabulary
{
public:
    Vocabulary();

    /// The id of \a token (folded first), adding it if new.
    int intern(QStringView token);
    /// The id of \a token, or -1.
    [[nodiscard]] int find(QStringView token) const;
    [[nodiscard]] int size() const { return int(m_words.size()); }

private:
    struct Slot
    {
        quint32 hash = 0;
        int id = -1;
    };
    static quint32 hashOf(QStringView folded);
    [[nodiscard]] int findFolded(QStringView folded, quint32 hash) const;
    void grow();

    std::vector<Slot> m_slots;
    std::vector<QString> m_words; // folded
};

} // namespace rolelens
