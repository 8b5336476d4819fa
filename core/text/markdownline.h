#pragma once

#include <QStringView>

namespace rolelens {

/// The characters that mark a bullet: Markdown's "-", "*" and "+", and the marks that
/// postings pasted from Word, web pages and ATS forms use ("•", "·", "◦", "▪", "‣", "–", "—").
inline constexpr QStringView kBulletMarks = u"-*+\u2022\u00B7\u25E6\u25AA\u2023\u2013\u2014";

/// The Markdown shape of one line, read in one place for the engine, topic insertion and
/// export: a heading ("## Requirements"), a bullet ("- ", "• ", an emoji or symbol and a
/// space), a numbered item ("3. ", "3) "), blank, or text.
struct MarkdownLine
{
    enum class Kind
    {
        Blank,
        Heading,
        Bullet,
        Numbered,
        Text
    };
    Kind kind = Kind::Text;
    int level = 0;              ///< a heading's number of '#'
    QStringView marker;         ///< "## ", "- ", "3. ": the marker with the space after it
    qsizetype contentStart = 0; ///< where the line's content starts, after indent and marker

    [[nodiscard]] static MarkdownLine parse(QStringView line);
    /// The line's text after its marker, trimmed.
    [[nodiscard]] static QStringView content(QStringView line);

    [[nodiscard]] bool isListItem() const { return kind == Kind::Bullet || kind == Kind::Numbered; }
};

} // namespace rolelens
