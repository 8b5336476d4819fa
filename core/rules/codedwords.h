#pragma once

#include "rules/rulepack.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <array>
#include <vector>

namespace rolelens {

/// Finds gender-coded words (Gaucher, Friesen & Kay 2011) in tokenized text: whole words that
/// are on the list or start with one of its stems ("aggress*"), unless the word stands in a
/// phrase that gives it a technical sense ("lead time", "git commit", "dependencies").
/// Linear in the text: the words and stems form a trie of folded letters, which most words of
/// a posting leave after their first two letters.
class CodedWords
{
public:
    struct Match
    {
        int start = 0;
        int end = 0;
        int word = 0; ///< index into words()
    };

    CodedWords() = default;
    explicit CodedWords(const PostingChecksSpec &checks);

    [[nodiscard]] QList<Match> find(QStringView text, const QList<Token> &tokens) const;
    [[nodiscard]] const QList<CodedWordSpec> &words() const { return m_words; }
    [[nodiscard]] bool isEmpty() const { return m_words.isEmpty(); }

private:
    /// The word whose exact form \a text is, else the longest stem \a text starts with, or -1.
    [[nodiscard]] int lookup(QStringView text) const;
    [[nodiscard]] int childOf(int node, char16_t folded) const;
    void add(const QString &folded, int word, bool stem);
    [[nodiscard]] bool isExcluded(QStringView text, const QList<Token> &tokens, int first,
                                  int last) const;

    struct Node
    {
        std::array<int, 26> letters;            ///< the child for each of a-z, -1: none
        QList<std::pair<char16_t, int>> others; ///< children for any other character
        int word = -1;                          ///< index into m_words of the word that ends here
        int stem = -1;                          ///< index into m_words of the stem that ends here
    };
    QList<CodedWordSpec> m_words;
    std::vector<Node> m_nodes; ///< the trie; the root is the first node
    QSet<QString> m_excludedWords;
    QList<QStringList> m_excludedPhrases;                       // folded tokens
    QHash<QString, QList<std::pair<int, int>>> m_phrasesByWord; // token -> (phrase, place)
};

} // namespace rolelens
