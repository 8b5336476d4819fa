#pragma once

#include <QList>
#include <QStringView>

namespace rolelens {

/// Converts UTF-16 offsets (what QString uses) into Unicode code point offsets and 1-based
/// line and column numbers (what the CLI and the review files use), and code point offsets
/// back. Not thread-safe: it remembers its last answer.
class TextPositions
{
public:
    explicit TextPositions(QStringView text);

    struct Position
    {
        int line = 1;            ///< 1-based
        int column = 1;          ///< 1-based, in code points
        qsizetype codePoint = 0; ///< offset from the start of the text, in code points
    };
    [[nodiscard]] Position at(qsizetype utf16Offset) const;
    /// The number of code points in [start, start + length).
    [[nodiscard]] qsizetype codePoints(qsizetype start, qsizetype length) const;
    /// The UTF-16 offset of code point \a codePoint (the text's size for its end), or -1 when
    /// the text has fewer code points or \a codePoint is negative.
    [[nodiscard]] qsizetype utf16Offset(qsizetype codePoint) const;

private:
    QStringView m_text;
    // The last answer: queries in increasing order (findings are sorted) count on from it,
    // so converting every finding of one long line stays linear.
    mutable qsizetype m_lastOffset = 0;
    mutable Position m_last;
    QList<qsizetype> m_lineStarts;     // UTF-16 offset of each line
    QList<qsizetype> m_lineCodePoints; // code point offset of each line
};

} // namespace rolelens
