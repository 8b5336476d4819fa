#pragma once

#include "rules/rulepack.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <bitset>

namespace rolelens {

/// Finds gender-coded words (Gaucher, Friesen & Kay 2011) in tokenized text: whole words that
/// are on the list or start with one of its stems ("aggress*"), unless the word stands in a
/// phrase that gives it a technical sense ("lead time", "git commit", "dependencies").
/// Linear in the text: most words are passed over after one look at their first letters.
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
    [[nodiscard]] int lookup(const QString &word) const;
    [[nodiscard]] bool isExcluded(QStringView text, const QList<Token> &tokens, int first,
                                  int last) const;

    static constexpr int kPrefixLength = 3;
    QList<CodedWordSpec> m_words;
    QHash<QString, int> m_exact;          // folded word -> index into m_words
    QHash<QString, int> m_stems;          // folded stem -> index
    QList<int> m_stemLengths;             // longest first
    std::bitset<27 * 27 * 27> m_prefixes; // the first letters of every word and stem
    QSet<QString> m_excludedWords;
    QList<QStringList> m_excludedPhrases;                       // folded tokens
    QHash<QString, QList<std::pair<int, int>>> m_phrasesByWord; // token -> (phrase, place)
};

} // namespace rolelens
