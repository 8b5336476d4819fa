#include "engine/paragraphsketch_p.h"

#include <array>

namespace rolelens {

namespace {

constexpr std::size_t kTokenKinds = std::size_t(TokenKind::Emoji) + 1; // Emoji is the last

using SketchTable = std::array<std::array<quint8, 128>, kTokenKinds>; // by kind, then character

constexpr SketchTable kSketchTable = [] {
    using Bit = ParagraphSketch::Bit;
    SketchTable table{};
    const auto word = std::size_t(TokenKind::Word);
    for (char16_t c = u'0'; c <= u'9'; ++c)
        table[word][c] = Bit::Digit | Bit::MaybeYears; // a number glued to letters: "8yrs"
    table[word][u'y'] = table[word][u'Y'] = Bit::MaybeYears;
    table[word][u'X'] = Bit::MaybeCrosses;
    for (const char16_t c : {u'U', u'E', u'G', u'C', u'A'})
        table[word][c] = Bit::MaybeCode;
    table[word][u'w'] = table[word][u'W'] = Bit::MaybeWww;
    table[std::size_t(TokenKind::Number)].fill(Bit::Digit);
    const auto punct = std::size_t(TokenKind::Punct);
    table[punct][u'$'] = Bit::Money;
    table[punct][u'['] = table[punct][u'{'] = Bit::Bracket;
    table[punct][u'@'] = table[punct][u':'] = Bit::MaybeAddress;
    return table;
}();

} // namespace

ParagraphSketch::ParagraphSketch(QStringView paragraph, const QList<Token> &tokens)
{
    constexpr quint8 kThreeLetters = Bit::MaybeCode | Bit::MaybeWww;
    for (const Token &token : tokens) {
        char16_t first = paragraph[token.start].unicode();
        if (first >= 0x80) // the euro and pound signs are the only characters of note past ASCII
            first = first == u'\u20AC' || first == u'\u00A3' ? u'$' : 0;
        // A selection, not a branch: the bits of three-letter words only for those.
        const quint8 kept = token.length == 3 ? quint8(0xFF) : quint8(~kThreeLetters);
        m_bits |= kSketchTable[std::size_t(token.kind)][first] & kept;
    }
}

} // namespace rolelens
