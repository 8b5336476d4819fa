#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace rolelens {

/// Interns the tokens that occur in lexicon terms and looks up text slices without
/// allocating: case folding happens while hashing. Most words of a posting are in no
/// lexicon, so a miss must be cheap.
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
    static quint32 hashOf(QStringView token);
    [[nodiscard]] bool equalsFolded(int id, QStringView token) const;
    void grow();

    std::vector<Slot> m_slots;
    std::vector<QString> m_words; // folded
};

} // namespace rolelens
