#pragma once

#include "text/tokenizer.h"

namespace rolelens {

/// What the first characters of a paragraph's tokens say about which of the analysis's rarer
/// patterns (pay figures, years, template fields, addresses) can be in it at all. Found in one
/// pass of one table lookup per token: every token of every paragraph passes here, and a branch
/// on each token's kind is one the branch predictor cannot learn. A "maybe" bit only says that
/// a closer look at the words is worth it.
class ParagraphSketch
{
public:
    enum Bit : quint8
    {
        Digit = 1,
        Money = 2,         ///< '$', '€' or '£'
        Bracket = 4,       ///< '[' or '{'
        MaybeYears = 8,    ///< a word starting with "y" or a digit: "yrs", "years", "8yrs"
        MaybeCode = 16,    ///< a three-letter word starting as a currency code: "USD", "EUR"
        MaybeCrosses = 32, ///< a word starting with "X": "XX"
        MaybeAddress = 64, ///< '@' or ':' (of "://")
        MaybeWww = 128     ///< a three-letter word starting with "w": "www"
    };

    ParagraphSketch(QStringView paragraph, const QList<Token> &tokens);

    [[nodiscard]] bool has(Bit bit) const { return (m_bits & bit) != 0; }

private:
    quint8 m_bits = 0;
};

} // namespace rolelens
