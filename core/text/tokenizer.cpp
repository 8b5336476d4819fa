#include "text/tokenizer.h"

#include "text/scratchlist.h"

#include <array>
#include <vector>

namespace rolelens {

namespace {

// What an ASCII character is to the tokenizer: most characters of a posting are ASCII, and
// one table read answers for them what the general path asks of QChar.
enum class Ascii : quint8
{
    Space,
    Letter,
    Digit,
    Other
};

constexpr std::array<Ascii, 128> kAscii = [] {
    std::array<Ascii, 128> table{};
    for (char16_t c = 0; c < 128; ++c) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v')
            table[c] = Ascii::Space;
        else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            table[c] = Ascii::Letter;
        else if (c >= u'0' && c <= u'9')
            table[c] = Ascii::Digit;
        else
            table[c] = Ascii::Other;
    }
    return table;
}();

[[gnu::always_inline]] inline bool isAsciiWordChar(char16_t c)
{
    return kAscii[c] == Ascii::Letter || kAscii[c] == Ascii::Digit;
}

// Called for every character of the text: kept inline, with the ASCII case first.
[[gnu::always_inline]] inline bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return isAsciiWordChar(char16_t(c));
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019;
}

bool isSpace(char32_t c)
{
    if (c < 0x80)
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
    return QChar::isSpace(c);
}

bool isEmojiBase(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
           (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x2300 && c <= 0x23FF);
}

// Characters that belong to the emoji before them rather than starting a token.
bool isEmojiModifier(char32_t c)
{
    return c == 0xFE0F || c == 0xFE0E || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF) ||
           (c >= 0xE0020 && c <= 0xE007F);
}

class Cursor
{
public:
    explicit Cursor(QStringView text) : m_text(text) {}

    [[nodiscard]] bool atEnd(qsizetype pos) const { return pos >= m_text.size(); }

    // The code point at pos and the number of UTF-16 units it takes.
    [[nodiscard]] char32_t at(qsizetype pos, int *width) const
    {
        const char16_t c = m_text[pos].unicode();
        if (QChar::isHighSurrogate(c) && pos + 1 < m_text.size() &&
            QChar::isLowSurrogate(m_text[pos + 1].unicode())) {
            *width = 2;
            return QChar::surrogateToUcs4(c, m_text[pos + 1].unicode());
        }
        *width = 1;
        return c;
    }

    [[nodiscard]] int widthAt(qsizetype pos) const
    {
        const char16_t c = m_text[pos].unicode();
        return QChar::isHighSurrogate(c) && pos + 1 < m_text.size() &&
                       QChar::isLowSurrogate(m_text[pos + 1].unicode())
                   ? 2
                   : 1;
    }

    [[nodiscard]] char32_t peek(qsizetype pos) const
    {
        int width = 0;
        return atEnd(pos) ? 0 : at(pos, &width);
    }

    [[nodiscard]] qsizetype skipWord(qsizetype pos) const
    {
        int width = 0;
        while (!atEnd(pos)) {
            // Most words are ASCII letters: those need no look at surrogates or apostrophes.
            const char16_t unit = m_text[pos].unicode();
            if (unit < 0x80 && isAsciiWordChar(unit)) {
                ++pos;
                continue;
            }
            const char32_t c = at(pos, &width);
            if (isWordChar(c)) {
                pos += width;
            } else if (isApostrophe(c) && isWordChar(peek(pos + 1))) {
                pos += width; // "master's", "don't": one word
            } else {
                break;
            }
        }
        return pos;
    }

    [[nodiscard]] qsizetype skipEmoji(qsizetype pos) const
    {
        pos += widthAt(pos);
        int width = 0;
        while (!atEnd(pos)) {
            const char32_t c = at(pos, &width);
            if (isEmojiModifier(c)) {
                pos += width;
            } else if (c == 0x200D && isEmojiBase(peek(pos + 1))) {
                pos += 1;
                pos += widthAt(pos);
            } else {
                break;
            }
        }
        return pos;
    }

private:
    QStringView m_text;
};

// The end of the HTML character reference at \a pos ("&amp;", "&#160;", "&#xA0;"), or \a pos
// when there is none.
qsizetype characterReferenceEnd(QStringView text, qsizetype pos)
{
    constexpr qsizetype kLongestName = 8;
    qsizetype i = pos + 1;
    const bool numeric = i < text.size() && text[i] == u'#';
    const bool hex = numeric && i + 1 < text.size() && (text[i + 1] == u'x' || text[i + 1] == u'X');
    i += numeric ? (hex ? 2 : 1) : 0;
    const qsizetype first = i;
    while (i < text.size() && i - first < kLongestName) {
        const char16_t c = text[i].unicode();
        const bool digit = c >= u'0' && c <= u'9';
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool hexLetter = (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!(numeric ? digit || (hex && hexLetter) : letter || (i > first && digit)))
            break;
        ++i;
    }
    const bool named = !numeric && i - first >= 2;
    return (named || (numeric && i > first)) && i < text.size() && text[i] == u';' ? i + 1 : pos;
}

// Whether \a reference ("&nbsp;") stands for a space.
bool isSpaceReference(QStringView reference)
{
    static constexpr std::array<QStringView, 7> kSpaces = {
        u"&nbsp;", u"&ensp;", u"&emsp;", u"&thinsp;", u"&#160;", u"&#xa0;", u"&#32;"};
    return isOneOf(reference, kSpaces);
}

// The ASCII punctuation that Markdown lets a backslash escape.
bool isEscapable(char32_t c)
{
    return c < 0x80 && c > u' ' && !isWordChar(c) && c != 0x7F;
}

// "C#" and "F#" are names, not hashtags: a hashtag's '#' follows a space or punctuation.
bool gluedToWord(QStringView text, qsizetype pos)
{
    if (pos == 0)
        return false;
    const QChar before = text[pos - 1];
    return before.isLetterOrNumber() || before == QLatin1Char('#');
}

bool allDigits(QStringView word)
{
    for (QChar c : word) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

} // namespace

QList<Token> tokenize(QStringView text)
{
    // Gathered in a reused vector and handed over by takeAsList(): QList::append's out-of-line
    // growth checks cost as much as finding the token.
    thread_local std::vector<Token> tokens;
    tokens.clear();
    const Cursor cursor(text);
    bool spaceBefore = true;
    qsizetype pos = 0;
    int width = 0;
    while (!cursor.atEnd(pos)) {
        // The common case first: an ASCII space, word or punctuation mark other than the
        // three that start something longer ('&', '\\', '#').
        if (const char16_t unit = text[pos].unicode(); unit < 0x80) {
            const Ascii kind = kAscii[unit];
            if (kind == Ascii::Space) {
                spaceBefore = true;
                ++pos;
                continue;
            }
            if (kind != Ascii::Other || (unit != u'&' && unit != u'\\' && unit != u'#')) {
                qsizetype end = pos + 1;
                TokenKind tokenKind = TokenKind::Punct;
                if (kind == Ascii::Letter) {
                    end = cursor.skipWord(pos);
                    tokenKind = TokenKind::Word;
                } else if (kind == Ascii::Digit) {
                    end = cursor.skipWord(pos);
                    tokenKind = allDigits(text.sliced(pos, end - pos)) ? TokenKind::Number
                                                                       : TokenKind::Word;
                }
                tokens.push_back(Token{int(pos), int(end - pos), tokenKind, spaceBefore});
                spaceBefore = false;
                pos = end;
                continue;
            }
        }
        const char32_t c = cursor.at(pos, &width);
        if (isSpace(c)) {
            spaceBefore = true;
            pos += width;
            continue;
        }
        // Text copied from a web page's source keeps its character references ("R&amp;D",
        // "in&nbsp;operations"): a space's reference is a space, any other one a single
        // punctuation token, so its ';' ends no clause.
        if (c == u'&') {
            if (const qsizetype end = characterReferenceEnd(text, pos); end > pos) {
                if (isSpaceReference(text.sliced(pos, end - pos))) {
                    spaceBefore = true;
                } else {
                    tokens.push_back(
                        Token{int(pos), int(end - pos), TokenKind::Punct, spaceBefore});
                    spaceBefore = false;
                }
                pos = end;
                continue;
            }
        }
        // Text exported from Markdown escapes punctuation ("cross\-functional", "$90,000 \-
        // $120,000"): the backslash is no token, and the character it escapes stays glued to
        // the word before it.
        if (c == u'\\' && isEscapable(cursor.peek(pos + 1))) {
            pos += width;
            continue;
        }
        Token token;
        token.start = int(pos);
        token.spaceBefore = spaceBefore;
        qsizetype end = pos + width;
        if (isWordChar(c)) {
            end = cursor.skipWord(pos);
            token.kind =
                allDigits(text.sliced(pos, end - pos)) ? TokenKind::Number : TokenKind::Word;
        } else if (c == u'#' && isWordChar(cursor.peek(pos + 1)) && !gluedToWord(text, pos)) {
            end = cursor.skipWord(pos + 1);
            token.kind = TokenKind::Hashtag;
        } else if (isEmojiBase(c)) {
            end = cursor.skipEmoji(pos);
            token.kind = TokenKind::Emoji;
        } else {
            token.kind = TokenKind::Punct;
        }
        token.length = int(end - pos);
        tokens.push_back(token);
        spaceBefore = false;
        pos = end;
    }
    // A run-on posting's one paragraph of thousands of tokens keeps no memory afterwards.
    constexpr std::size_t kKeptCapacity = 4096;
    return takeAsList(tokens, kKeptCapacity);
}

QList<std::pair<qsizetype, qsizetype>> addressRanges(QStringView text)
{
    // One look at each character: run-on postings put thousands of words in one paragraph,
    // and searching each word three times over showed in the profile.
    QList<std::pair<qsizetype, qsizetype>> ranges;
    qsizetype pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        const qsizetype start = pos;
        bool at = false;
        bool dotAfterAt = false;
        bool scheme = false;
        for (; pos < text.size() && !text[pos].isSpace(); ++pos) {
            const QChar c = text[pos];
            if (c == QLatin1Char('@'))
                at = at || pos > start;
            else if (c == QLatin1Char('.'))
                dotAfterAt = dotAfterAt || at;
            else if (c == QLatin1Char(':') && text.sliced(pos).startsWith(u"://"))
                scheme = true;
        }
        const QStringView chunk = text.sliced(start, pos - start);
        if (scheme || dotAfterAt || chunk.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
            ranges.append({start, pos});
    }
    return ranges;
}

} // namespace rolelens
