#include "rules/codedwords.h"

#include <algorithm>

namespace rolelens {

namespace {

QStringList foldedTokens(QStringView phrase)
{
    QStringList out;
    for (const Token &token : tokenize(phrase))
        out.append(foldedForMatching(phrase.sliced(token.start, token.length)));
    return out;
}

} // namespace

CodedWords::CodedWords(const PostingChecksSpec &checks, const Vocabulary &vocabulary)
    : m_words(checks.codedWords)
{
    m_nodes.emplace_back();
    m_nodes.back().letters.fill(-1);
    for (int i = 0; i < m_words.size(); ++i) {
        QString word = foldedForMatching(m_words[i].word.trimmed());
        const bool stem = word.endsWith(QLatin1Char('*'));
        if (stem)
            word.chop(1);
        add(word, i, stem);
    }
    for (const QString &phrase : checks.codedExclusions) {
        const QStringList tokens = foldedTokens(phrase);
        if (tokens.size() == 1)
            m_excludedWords.insert(tokens.first());
        else if (!tokens.isEmpty()) {
            for (int at = 0; at < tokens.size(); ++at)
                m_phrasesByWord[tokens[at]].append({int(m_excludedPhrases.size()), at});
            m_excludedPhrases.append(tokens);
        }
    }
    m_byVocabularyId.reserve(std::size_t(vocabulary.size()));
    for (int id = 0; id < vocabulary.size(); ++id)
        m_byVocabularyId.push_back(lookup(vocabulary.word(id)));
}

void CodedWords::add(const QString &folded, int word, bool stem)
{
    int node = 0;
    for (const QChar c : folded) {
        int next = childOf(node, c.unicode());
        if (next < 0) {
            next = int(m_nodes.size());
            m_nodes.emplace_back();
            m_nodes.back().letters.fill(-1);
            const char16_t letter = c.unicode();
            if (letter >= u'a' && letter <= u'z')
                m_nodes[std::size_t(node)].letters[std::size_t(letter - u'a')] = next;
            else
                m_nodes[std::size_t(node)].others.append({letter, next});
        }
        node = next;
    }
    (stem ? m_nodes[std::size_t(node)].stem : m_nodes[std::size_t(node)].word) = word;
}

int CodedWords::childOf(int node, char16_t folded) const
{
    const Node &from = m_nodes[std::size_t(node)];
    if (folded >= u'a' && folded <= u'z')
        return from.letters[std::size_t(folded - u'a')];
    for (const auto &[letter, child] : from.others) {
        if (letter == folded)
            return child;
    }
    return -1;
}

int CodedWords::lookup(QStringView text) const
{
    int node = 0;
    int stem = -1; // the longest stem passed so far
    for (const QChar c : text) {
        node = childOf(node, foldForMatching(c.unicode()));
        if (node < 0)
            return stem;
        if (m_nodes[std::size_t(node)].stem >= 0)
            stem = m_nodes[std::size_t(node)].stem;
    }
    return m_nodes[std::size_t(node)].word >= 0 ? m_nodes[std::size_t(node)].word : stem;
}

// Whether tokens [first, last] stand in an excluded phrase ("lead time") or are an excluded
// word ("dependencies"). Only a matched coded word gets here, so folding its words is cheap
// enough; the other words of a phrase are compared as they stand.
bool CodedWords::isExcluded(QStringView text, const QList<Token> &tokens, int first, int last) const
{
    const QString firstWord =
        foldedForMatching(text.sliced(tokens[first].start, tokens[first].length));
    if (m_excludedWords.contains(
            first == last ? firstWord
                          : foldedForMatching(text.sliced(
                                tokens[first].start, tokens[last].end() - tokens[first].start))))
        return true;
    const auto tokenIs = [&](int index, const QString &expected) {
        if (index < 0 || index >= tokens.size() || tokens[index].length != expected.size())
            return false;
        const QStringView word = text.sliced(tokens[index].start, tokens[index].length);
        return std::equal(word.begin(), word.end(), expected.begin(), [](QChar c, QChar e) {
            return foldForMatching(c.unicode()) == e.unicode();
        });
    };
    // Only the phrases that hold the word are tried, at the places where they hold it.
    const auto places = m_phrasesByWord.constFind(firstWord);
    if (places == m_phrasesByWord.cend())
        return false;
    for (const auto &[index, at] : places.value()) {
        const QStringList &phrase = m_excludedPhrases[index];
        bool all = true;
        for (int k = 0; k < phrase.size() && all; ++k)
            all = k == at || tokenIs(first - at + k, phrase[k]);
        if (all)
            return true;
    }
    return false;
}

QList<CodedWords::Match> CodedWords::find(QStringView text, const QList<Token> &tokens,
                                          const TermMatcher::TokenIds &ids) const
{
    QList<Match> matches;
    if (m_words.isEmpty())
        return matches;
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        if (token.kind != TokenKind::Word)
            continue;
        // "self-reliant": a hyphenated word is looked up whole first.
        const bool hyphenated = i >= 2 && tokens[i - 2].kind == TokenKind::Word &&
                                !tokens[i - 1].spaceBefore && !token.spaceBefore &&
                                foldForMatching(text[tokens[i - 1].start].unicode()) == u'-';
        int first = i;
        int word = -1;
        if (hyphenated) {
            first = i - 2;
            word = lookup(text.sliced(tokens[first].start, token.end() - tokens[first].start));
        }
        if (word < 0) {
            first = i;
            const int id = ids[std::size_t(i)];
            word = id >= 0 && std::size_t(id) < m_byVocabularyId.size()
                       ? m_byVocabularyId[std::size_t(id)]
                       : lookup(text.sliced(token.start, token.length));
        }
        if (word < 0 || isExcluded(text, tokens, first, i))
            continue;
        matches.append({tokens[first].start, token.end(), word});
    }
    return matches;
}

} // namespace rolelens
