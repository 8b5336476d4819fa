#pragma once

#include "rules/rulepack.h"
#include "rules/termmatcher.h"
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
/// Linear in the text: the words and stems form a trie of folded letters. Most words of a
/// posting are words of the lexicons too, so the answer for each of those is worked out once,
/// by its id in the term matcher's vocabulary, and only the other words walk the trie.
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
    /// \a vocabulary: the vocabulary whose ids find() is given.
    CodedWords(const PostingChecksSpec &checks, const Vocabulary &vocabulary);

    /// The coded words of \a text; \a ids are the tokens' ids in the vocabulary given to
    /// the constructor (TermMatcher::match gives them).
    [[nodiscard]] QList<Match> find(QStringView text, const QList<Token> &tokens,
                                    const TermMatcher::TokenIds &ids) const;
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
    std::vector<Node> m_nodes;         ///< the trie; the root is the first node
    std::vector<int> m_byVocabularyId; ///< lookup() of each vocabulary word
    QSet<QString> m_excludedWords;
    QList<QStringList> m_excludedPhrases;                       // folded tokens
    QHash<QString, QList<std::pair<int, int>>> m_phrasesByWord; // token -> (phrase, place)
};

} // namespace rolelens
