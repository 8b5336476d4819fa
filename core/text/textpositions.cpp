#include "text/textpositions.h"

#include <algorithm>

namespace rolelens {

namespace {
qsizetype countCodePoints(QStringView text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return !c.isLowSurrogate(); });
}
} // namespace

TextPositions::TextPositions(QStringView text) : m_text(text)
{
    m_lineStarts.append(0);
    m_lineCodePoints.append(0);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isLowSurrogate())
            ++codePoints;
        if (text[i] == QLatin1Char('\n')) {
            m_lineStarts.append(i + 1);
            m_lineCodePoints.append(codePoints);
        }
    }
}

TextPositions::Position TextPositions::at(qsizetype utf16Offset) const
{
    utf16Offset = std::clamp<qsizetype>(utf16Offset, 0, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), utf16Offset);
    const qsizetype line = (it - m_lineStarts.cbegin()) - 1;
    qsizetype from = m_lineStarts[line];
    qsizetype column = 0;
    if (m_last.line == line + 1 && m_lastOffset >= from && m_lastOffset <= utf16Offset) {
        from = m_lastOffset;
        column = m_last.column - 1;
    }
    column += countCodePoints(m_text.sliced(from, utf16Offset - from));
    m_lastOffset = utf16Offset;
    m_last = {int(line + 1), int(column + 1), m_lineCodePoints[line] + column};
    return m_last;
}

qsizetype TextPositions::codePoints(qsizetype start, qsizetype length) const
{
    return countCodePoints(m_text.sliced(start, length));
}

qsizetype TextPositions::utf16Offset(qsizetype codePoint) const
{
    if (codePoint < 0)
        return -1;
    const auto it = std::upper_bound(m_lineCodePoints.cbegin(), m_lineCodePoints.cend(), codePoint);
    const qsizetype line = (it - m_lineCodePoints.cbegin()) - 1;
    qsizetype offset = m_lineStarts[line];
    for (qsizetype counted = m_lineCodePoints[line]; counted < codePoint; ++counted) {
        if (offset >= m_text.size())
            return -1;
        ++offset;
        // The same rule as countCodePoints(): a low surrogate belongs to the code point before.
        while (offset < m_text.size() && m_text[offset].isLowSurrogate())
            ++offset;
    }
    return offset;
}

} // namespace rolelens
