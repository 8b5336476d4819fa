#include "rules/codedwords.h"

#include <QVarLengthArray>

namespace rolelens {

namespace {

// Case-folded into \a buffer, viewed as a QString without a copy: lookups in the word tables
// cost no allocation. Valid while \a buffer lives and is not changed.
QString foldedInto(QStringView text, QVarLengthArray<char16_t, 64> *buffer)
{
    buffer->resize(text.size());
    for (qsizetype i = 0; i < text.size(); ++i)
        (*buffer)[i] = foldForMatching(text[i].unicode());
    return QString::fromRawData(reinterpret_cast<const QChar *>(buffer->constData()),
                                buffer->size());
}

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
    for (qsizetype i = 0; i < 3; ++i) {
        char16_t c = i < word.size() ? word[i].unicode() : u'\0';
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        else if (c >= 0x80)
            c = foldForMatching(c);
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
        else if (!tokens.isEmpty()) {
            for (int at = 0; at < tokens.size(); ++at)
                m_phrasesByWord[tokens[at]].append({int(m_excludedPhrases.size()), at});
            m_excludedPhrases.append(tokens);
        }
    }
}

int CodedWords::lookup(const QString &word) const
{
    if (const auto it = m_exact.constFind(word); it != m_exact.cend())
        return it.value();
    for (const int length : m_stemLengths) {
        if (length > word.size())
            continue;
        // A view of the word's start as a QString, without a copy.
        const QString stem = QString::fromRawData(word.constData(), length);
        if (const auto it = m_stems.constFind(stem); it != m_stems.cend())
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
    // Only the phrases that hold the word are tried, at the places where they hold it.
    const auto places =
        m_phrasesByWord.constFind(folded(text.sliced(tokens[first].start, tokens[first].length)));
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
        QVarLengthArray<char16_t, 64> buffer;
        if (hyphenated && m_prefixes.test(std::size_t(prefixIndex(
                              text.sliced(tokens[i - 2].start, tokens[i - 2].length))))) {
            word = lookup(foldedInto(
                text.sliced(tokens[i - 2].start, token.end() - tokens[i - 2].start), &buffer));
            first = i - 2;
        }
        if (word < 0) {
            const QStringView alone = text.sliced(token.start, token.length);
            if (!m_prefixes.test(std::size_t(prefixIndex(alone))))
                continue;
            word = lookup(foldedInto(alone, &buffer));
            first = i;
        }
        if (word < 0 || isExcluded(text, tokens, first, i))
            continue;
        matches.append({tokens[first].start, token.end(), word});
    }
    return matches;
}

} // namespace rolelens
