#include "text/markdownline.h"

#include <algorithm>

namespace rolelens {

MarkdownLine MarkdownLine::parse(QStringView line)
{
    MarkdownLine shape;
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    // Called for every line: plain loops rather than trimmed() and contains(), whose calls into
    // Qt cost more than the look at a character or two they take here.
    if (std::all_of(line.begin() + i, line.end(), [](QChar c) { return c.isSpace(); })) {
        shape.kind = Kind::Blank;
        return shape;
    }
    const auto spaceAt = [&](qsizetype pos) { return pos < line.size() && line[pos].isSpace(); };
    const auto marked = [&](Kind kind, qsizetype markerEnd) {
        shape.kind = kind;
        qsizetype content = markerEnd;
        while (content < line.size() && line[content].isSpace())
            ++content;
        shape.marker = line.sliced(i, content - i);
        shape.contentStart = content;
        return shape;
    };
    const QChar c = line[i];
    if (c == u'#') {
        qsizetype end = i;
        while (end < line.size() && line[end] == u'#')
            ++end;
        if (spaceAt(end)) {
            shape.level = int(end - i);
            return marked(Kind::Heading, end);
        }
    } else if (std::find(kBulletMarks.begin(), kBulletMarks.end(), c) != kBulletMarks.end()) {
        if (spaceAt(i + 1))
            return marked(Kind::Bullet, i + 1);
    } else if (c.isDigit()) {
        qsizetype end = i;
        while (end < line.size() && line[end].isDigit())
            ++end;
        if (end < line.size() && (line[end] == u'.' || line[end] == u')') && spaceAt(end + 1))
            return marked(Kind::Numbered, end + 1);
    } else if (c.isHighSurrogate() || (c.unicode() >= 0x2600 && c.unicode() <= 0x27BF) ||
               (c.unicode() >= 0x2300 && c.unicode() <= 0x23FF) ||
               (c.unicode() >= 0x2B00 && c.unicode() <= 0x2BFF)) {
        // Emoji and symbols used as bullets ("✔ ", "🔹 ", "⭐ "), as the tokenizer knows them.
        const qsizetype end = i + (c.isHighSurrogate() ? 2 : 1);
        if (spaceAt(end))
            return marked(Kind::Bullet, end);
    }
    shape.contentStart = i;
    return shape;
}

QStringView MarkdownLine::content(QStringView line)
{
    return line.sliced(parse(line).contentStart).trimmed();
}

} // namespace rolelens
