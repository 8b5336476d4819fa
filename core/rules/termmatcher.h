#pragma once

#include "rules/classmask.h"
#include "rules/vocabulary.h"
#include "text/tokenizer.h"

#include <QList>
#include <vector>

namespace rolelens {

/// A lexicon term found in the text: tokens [firstToken, firstToken + tokenCount).
struct Tag
{
    int firstToken = 0;
    int tokenCount = 0;
    int start = 0; ///< UTF-16 offset of the first character
    int end = 0;   ///< UTF-16 offset after the last character
    ClassMask classes;

    [[nodiscard]] int lastToken() const { return firstToken + tokenCount - 1; }
};

/// Finds lexicon terms in tokenized text with a trie over token ids: at each token it walks
/// at most kMaxTermTokens steps and keeps the longest term, so tagging is linear in the text.
/// Terms never overlap (leftmost-longest), which lets "hands-on program management" swallow
/// the cue "hands-on".
class TermMatcher
{
public:
    static constexpr int kMaxTermTokens = 12;

    TermMatcher();

    enum class AddResult
    {
        Added,
        Empty,
        TooLong
    };
    /// Adds \a term to \a classId. A hyphen, dot or slash joining two words also matches
    /// when left out ("hands on") or when the words are fused ("nodejs"); a term of several
    /// words that starts with "or" also matches after "and/" ("or Jira" in "and/or Jira"),
    /// unless that makes it longer than kMaxTermTokens. Placeholders:
    /// "<num>" any number, "<hashtag>" any hashtag, "<emoji>" any emoji.
    AddResult addTerm(QStringView term, int classId, bool caseSensitive);

    /// Each token's id in vocabulary(), -1 where it is in no term; for Number, Hashtag and
    /// Emoji tokens the id of their placeholder.
    using TokenIds = std::vector<int>;

    /// Tags in \a text (tokenized as \a tokens), in text order; \a ids, if given, receives
    /// the tokens' ids, which other lookups by word can reuse.
    [[nodiscard]] QList<Tag> match(QStringView text, const QList<Token> &tokens,
                                   TokenIds *ids = nullptr) const;

    [[nodiscard]] int termCount() const { return m_termCount; }
    /// Whether \a word is a token of some lexicon term (case-insensitive).
    [[nodiscard]] bool knows(QStringView word) const { return m_vocabulary.find(word) >= 0; }
    /// The words of every term, folded.
    [[nodiscard]] const Vocabulary &vocabulary() const { return m_vocabulary; }

private:
    struct Node
    {
        ClassMask classes;        // classes of case-insensitive terms ending here
        int firstExact = -1;      // index into m_exact, chained
        bool hasChildren = false; // most terms are one word: no longer term to look for
    };
    struct ExactTerm
    {
        QString text; // tokens concatenated without spaces, original case
        ClassMask classes;
        int next = -1;
    };

    [[nodiscard]] int tokenId(QStringView text, const Token &token) const;
    [[nodiscard]] int child(int node, int id) const;
    int addPath(const QList<int> &ids);
    [[nodiscard]] ClassMask classesAt(int node, QStringView text, const QList<Token> &tokens,
                                      int first, int last) const;

    Vocabulary m_vocabulary;
    int m_numberId = -1;
    int m_hashtagId = -1;
    int m_emojiId = -1;
    std::vector<Node> m_nodes;
    // Every token is looked up at the root, so the root's children are a table by token id;
    // deeper edges, far fewer lookups, are hashed.
    std::vector<int> m_rootChildren;
    // (node << 32 | token id) -> node, node > 0, in an open-addressed table whose empty
    // slots have key 0: looked up on every step past a term's first word.
    struct Edge
    {
        quint64 key = 0;
        int node = -1;
    };
    std::vector<Edge> m_edges = std::vector<Edge>(64);
    std::size_t m_edgeCount = 0;
    [[nodiscard]] std::size_t edgeSlot(quint64 key) const;
    void addEdge(quint64 key, int node);
    std::vector<ExactTerm> m_exact;
    int m_termCount = 0;
};

} // namespace rolelens
