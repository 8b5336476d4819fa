#include "edits/topicinsertion.h"

#include "text/markdownline.h"

#include <QList>
#include <algorithm>
#include <array>

namespace rolelens {

namespace {

struct Line
{
    qsizetype start = 0;
    QStringView text;
};

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        lines.append({start, text.sliced(start, end - start)});
        start = end + 1;
    }
    return lines;
}

// A Markdown heading, or a short title line such as "Requirements:", "Must have:" or
// "What You Bring".
bool isHeading(QStringView line)
{
    const MarkdownLine shape = MarkdownLine::parse(line);
    if (shape.kind == MarkdownLine::Kind::Heading)
        return true;
    if (shape.kind != MarkdownLine::Kind::Text)
        return false;
    QStringView t = line.trimmed();
    while (t.size() > 1 && (t.front() == u'*' || t.front() == u'_')) // "**Nice to have**"
        t = t.sliced(1);
    return t.size() <= 40 && !t.endsWith(QLatin1Char('.')) &&
           (t.endsWith(QLatin1Char(':')) || t.count(QLatin1Char(' ')) <= 4) && t.front().isUpper();
}

enum class SectionKind
{
    Other,
    Duties,
    Required,
    Preferred
};

struct HeadingWords
{
    SectionKind kind;
    int strength; // "Responsibilities" says more than "The role"
    std::array<const char16_t *, 10> stems;
};

// Heading words of each kind of section, as stems because headings vary a lot. The
// preferred ones come first: "Preferred qualifications" is not the required list.
const std::array<HeadingWords, 4> &headingWords()
{
    static const std::array<HeadingWords, 4> words = {{
        {SectionKind::Preferred,
         2,
         {u"nice to have", u"nice-to-have", u"preferred", u"bonus", u"a plus", u"pluses",
          u"desirable", u"desired", u"ideally", u"additional qualification"}},
        {SectionKind::Duties,
         2,
         {u"responsib", u"what you will do", u"what you'll do", u"what you\u2019ll do", u"duties",
          u"day to day", u"day-to-day", u"in this role", u"your impact", u"what you will own"}},
        {SectionKind::Required,
         2,
         {u"qualification", u"requirement", u"what you bring", u"who you are", u"skills",
          u"must have", u"must-have", u"about you", u"what we look for", u"looking for"}},
        {SectionKind::Duties,
         1,
         {u"the role", u"your role", u"the job", u"the position", u"what you do", nullptr, nullptr,
          nullptr, nullptr, nullptr}},
    }};
    return words;
}

struct Section
{
    SectionKind kind = SectionKind::Other;
    int strength = 0;
    qsizetype heading = -1;    // its heading's line
    qsizetype lastBullet = -1; // the last line of its list's last item, or -1
    qsizetype lastText = -1;   // its last non-blank line (the heading when it is empty)
};

Section classify(QStringView heading, qsizetype line)
{
    for (const HeadingWords &words : headingWords()) {
        for (const char16_t *stem : words.stems) {
            if (stem && heading.contains(QStringView(stem), Qt::CaseInsensitive))
                return {words.kind, words.strength, line, -1, line};
        }
    }
    return {SectionKind::Other, 0, line, -1, line};
}

QList<Section> sectionsOf(const QList<Line> &lines)
{
    QList<Section> sections;
    bool inItem = false; // the line before belongs to a list item
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const MarkdownLine shape = MarkdownLine::parse(lines[i].text);
        if (shape.kind == MarkdownLine::Kind::Blank) {
            inItem = false;
            continue;
        }
        const bool continuation = inItem && lines[i].text.front().isSpace();
        if (!continuation && isHeading(lines[i].text)) {
            sections.append(classify(lines[i].text, i));
            inItem = false;
            continue;
        }
        if (sections.isEmpty())
            continue;
        sections.last().lastText = i;
        // An item goes on over the lines that continue it ("  and retrospectives.").
        inItem = inItem || shape.isListItem();
        if (inItem)
            sections.last().lastBullet = i;
    }
    return sections;
}

// The section of \a kind to add to: one with a list before one without, then the one whose
// heading says it most clearly, then the first.
const Section *bestSection(const QList<Section> &sections, SectionKind kind)
{
    const Section *best = nullptr;
    const auto rank = [](const Section &s) { return std::pair(s.lastBullet >= 0, s.strength); };
    for (const Section &section : sections) {
        if (section.kind == kind && (!best || rank(section) > rank(*best)))
            best = &section;
    }
    return best;
}

SectionKind kindOf(const QString &section)
{
    if (section == QLatin1String("qualifications"))
        return SectionKind::Required;
    if (section == QLatin1String("preferred"))
        return SectionKind::Preferred;
    return SectionKind::Duties;
}

// The marker of the item after \a line: the same bullet, or the next number ("3. " -> "4. ").
QString nextMarker(QStringView line)
{
    const MarkdownLine shape = MarkdownLine::parse(line);
    QString marker = line.first(shape.contentStart).toString();
    if (shape.kind != MarkdownLine::Kind::Numbered)
        return marker;
    const qsizetype first =
        std::distance(marker.cbegin(), std::find_if(marker.cbegin(), marker.cend(),
                                                    [](QChar c) { return c.isDigit(); }));
    qsizetype last = first;
    while (last < marker.size() && marker[last].isDigit())
        ++last;
    const int number = QStringView(marker).sliced(first, last - first).toInt();
    return marker.replace(first, last - first, QString::number(number + 1));
}

} // namespace

TextEdit topicInsertion(QStringView text, const QString &section, const QString &snippet)
{
    const QList<Line> lines = splitLines(text);
    const QList<Section> sections = sectionsOf(lines);
    const SectionKind kind = kindOf(section);
    const Section *target = bestSection(sections, kind);
    if (!target && kind == SectionKind::Preferred)
        target = bestSection(sections, SectionKind::Required);
    if (!target) {
        // No such section: a paragraph of its own at the end.
        qsizetype end = text.size();
        while (end > 0 && text[end - 1].isSpace())
            --end;
        return {end, text.size() - end, end == 0 ? snippet : QStringLiteral("\n\n") + snippet};
    }
    // After the list's last item, marked and indented as it is.
    QString marker = QStringLiteral("- ");
    qsizetype after = target->lastText;
    if (target->lastBullet >= 0) {
        after = target->lastBullet;
        qsizetype item = after; // the item's first line, which carries its marker
        while (!MarkdownLine::parse(lines[item].text).isListItem())
            --item;
        marker = nextMarker(lines[item].text);
    }
    const qsizetype at = lines[after].start + lines[after].text.size();
    return {at, 0, QStringLiteral("\n") + marker + snippet};
}

} // namespace rolelens
