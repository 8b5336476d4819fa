#include "rules/codedwords.h"

namespace rolelens {

namespace {

QString folded(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(QChar(foldForMatching(c.unicode())));
    return out;
}

// The index of the first kPrefixLength letters of \a word in the prefix filter; a letter
// outside a-z counts as the 27th letter.
int prefixIndex(QStringView word)
{
    int index = 0;
    for (int i = 0; i < 3; ++i) {
        const char16_t c = i < word.size() ? foldForMatching(word[i].unicode()) : u'\0';
        index = index * 27 + ((c >= u'a' && c <= u'z') ? c - u'a' : 26);
    }
    return index;
}

QStringList foldedTokens(QStringView phrase)
{
    QStringList out;
    for (const Token &token : tokenize(phrase))
        out.append(folded(phrase.sliced(token.start, token.length)));
    return out;
}

} // namespace

CodedWords::CodedWords(const PostingChecksSpec &checks) : m_words(checks.codedWords)
{
    for (int i = 0; i < m_words.size(); ++i) {
        QString word = folded(m_words[i].word.trimmed());
        const bool stem = word.endsWith(QLatin1Char('*'));
        if (stem) {
            word.chop(1);
            m_stems.insert(word, i);
            if (!m_stemLengths.contains(int(word.size())))
                m_stemLengths.append(int(word.size()));
        } else {
            m_exact.insert(word, i);
        }
        m_prefixes.set(std::size_t(prefixIndex(word)));
    }
    std::sort(m_stemLengths.begin(), m_stemLengths.end(), std::greater<>());
    for (const QString &phrase : checks.codedExclusions) {
        const QStringList tokens = foldedTokens(phrase);
        if (tokens.size() == 1)
            m_excludedWords.insert(tokens.first());
        else if (!tokens.isEmpty())
            m_excludedPhrases.append(tokens);
    }
}

int CodedWords::lookup(const QString &word) const
{
    if (const auto it = m_exact.constFind(word); it != m_exact.cend())
        return it.value();
    for (const int length : m_stemLengths) {
        if (length > word.size())
            continue;
        if (const auto it = m_stems.constFind(word.left(length)); it != m_stems.cend())
            return it.value();
    }
    return -1;
}

// Whether tokens [first, last] stand in an excluded phrase ("lead time") or are an excluded
// word ("dependencies").
bool CodedWords::isExcluded(QStringView text, const QList<Token> &tokens, int first, int last) const
{
    if (m_excludedWords.contains(
            folded(text.sliced(tokens[first].start, tokens[last].end() - tokens[first].start))))
        return true;
    const auto tokenIs = [&](int index, const QString &expected) {
        return index >= 0 && index < tokens.size() &&
               folded(text.sliced(tokens[index].start, tokens[index].length)) == expected;
    };
    for (const QStringList &phrase : m_excludedPhrases) {
        // Every place in the phrase where the coded word could stand.
        for (int at = 0; at + (last - first) < phrase.size(); ++at) {
            bool all = true;
            for (int k = 0; k < phrase.size() && all; ++k)
                all = tokenIs(first - at + k, phrase[k]);
            if (all)
                return true;
        }
    }
    return false;
}

QList<CodedWords::Match> CodedWords::find(QStringView text, const QList<Token> &tokens) const
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
        if (hyphenated && m_prefixes.test(std::size_t(prefixIndex(
                              text.sliced(tokens[i - 2].start, tokens[i - 2].length))))) {
            word =
                lookup(folded(text.sliced(tokens[i - 2].start, token.end() - tokens[i - 2].start)));
            first = i - 2;
        }
        if (word < 0) {
            const QStringView alone = text.sliced(token.start, token.length);
            if (!m_prefixes.test(std::size_t(prefixIndex(alone))))
                continue;
            word = lookup(folded(alone));
            first = i;
        }
        if (word < 0 || isExcluded(text, tokens, first, i))
            continue;
        matches.append({tokens[first].start, token.end(), word});
    }
    return matches;
}

} // namespace rolelens
