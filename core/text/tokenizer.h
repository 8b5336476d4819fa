#pragma once

#include <QList>
#include <QStringView>
#include <algorithm>
#include <span>

namespace rolelens {

enum class TokenKind : quint8
{
    Word,    ///< letters and digits, with inner apostrophes ("master's")
    Number,  ///< digits only
    Punct,   ///< any other single character (or surrogate pair)
    Hashtag, ///< '#' glued to a word and not preceded by one ("#Hiring", but not "C#")
    Emoji    ///< one emoji with its modifiers, variation selectors and ZWJ sequence
};

/// A token keeps its position in the text it came from; nothing is copied or normalised
/// here, so offsets always refer to the original characters.
struct Token
{
    int start = 0;
    int length = 0;
    TokenKind kind = TokenKind::Word;
    bool spaceBefore = false; ///< whitespace (or the start of the text) precedes it

    [[nodiscard]] int end() const { return start + length; }
    friend bool operator==(const Token &, const Token &) = default;
};

/// Splits text into tokens in one pass. Linear in the length of the text. A backslash that
/// escapes punctuation is no token; an HTML character reference ("&amp;") is one punctuation
/// token, and a space's ("&nbsp;") is a space.
[[nodiscard]] QList<Token> tokenize(QStringView text);

/// The [start, end) ranges of URLs and e-mail addresses in \a text: they are no prose, so
/// neither the spelling nor the rules look at them ("write to jobs@example.com").
[[nodiscard]] QList<std::pair<qsizetype, qsizetype>> addressRanges(QStringView text);

/// The matching key of a word character: case-folded, typographic apostrophes as "'".
[[nodiscard]] inline char16_t foldForMatching(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    if (c == 0x2019 || c == 0x2018)
        return u'\'';
    if (c >= 0x2010 && c <= 0x2015)
        return u'-'; // hyphens and dashes match the ASCII hyphen of the lexicons
    return QChar(c).toCaseFolded().unicode();
}

/// \a text with every character folded by foldForMatching.
[[nodiscard]] inline QString foldedForMatching(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        folded[i] = QChar(foldForMatching(text[i].unicode()));
    return folded;
}

/// Whether \a word is one of \a words, ignoring case: a short list of function words.
[[nodiscard]] inline bool isOneOf(QStringView word, std::span<const QStringView> words)
{
    // Qt's case-insensitive compare folds unit by unit and never equates views of different
    // lengths; comparing the sizes first spares most calls into Qt.
    return std::any_of(words.begin(), words.end(), [word](QStringView other) {
        return word.size() == other.size() && word.compare(other, Qt::CaseInsensitive) == 0;
    });
}

} // namespace rolelens
