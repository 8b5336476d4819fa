#include "edits/topicinsertion.h"

#include "text/markdownline.h"

#include <QList>

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

bool isHeading(QStringView line)
{
    if (MarkdownLine::parse(line).kind == MarkdownLine::Kind::Heading)
        return true;
    const QStringView t = line.trimmed();
    // "Requirements:" or a short title line such as "What You Bring".
    return !t.isEmpty() && t.size() <= 40 && !t.endsWith(QLatin1Char('.')) &&
           (t.endsWith(QLatin1Char(':')) || t.count(QLatin1Char(' ')) <= 4) && t.front().isUpper();
}

// Heading words of each section. Headings vary a lot, so these are stems.
bool headingMatches(QStringView heading, const QString &section)
{
    static const QStringList responsibilities = {
        QStringLiteral("responsib"),      QStringLiteral("what you will do"),
        QStringLiteral("what you'll do"), QStringLiteral("what you\u2019ll do"),
        QStringLiteral("duties"),         QStringLiteral("the role"),
        QStringLiteral("your role"),      QStringLiteral("day to day")};
    static const QStringList qualifications = {
        QStringLiteral("qualification"),  QStringLiteral("requirement"),
        QStringLiteral("what you bring"), QStringLiteral("who you are"),
        QStringLiteral("skills"),         QStringLiteral("must have"),
        QStringLiteral("about you"),      QStringLiteral("what we look for")};
    const QStringList &stems =
        section == QLatin1String("qualifications") ? qualifications : responsibilities;
    return std::any_of(stems.cbegin(), stems.cend(), [&](const QString &stem) {
        return heading.contains(stem, Qt::CaseInsensitive);
    });
}

QString bulletOf(QStringView line)
{
    const MarkdownLine shape = MarkdownLine::parse(line);
    return shape.kind == MarkdownLine::Kind::Bullet ? shape.marker.toString() : QString();
}

} // namespace

TextEdit topicInsertion(QStringView text, const QString &section, const QString &snippet)
{
    const QList<Line> lines = splitLines(text);
    qsizetype sectionHeading = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isHeading(lines[i].text) && bulletOf(lines[i].text).isEmpty() &&
            headingMatches(lines[i].text, section)) {
            sectionHeading = i;
            break;
        }
    }
    // The last non-blank line of the section, or of the text.
    qsizetype last = -1;
    const qsizetype from = sectionHeading < 0 ? 0 : sectionHeading;
    for (qsizetype i = from; i < lines.size(); ++i) {
        if (i > from && sectionHeading >= 0 && isHeading(lines[i].text) &&
            bulletOf(lines[i].text).isEmpty())
            break;
        if (!lines[i].text.trimmed().isEmpty())
            last = i;
    }
    if (last < 0)
        return {text.size(), 0, text.isEmpty() ? snippet : QStringLiteral("\n") + snippet};
    const QString bullet =
        last > sectionHeading ? bulletOf(lines[last].text) : QStringLiteral("- ");
    const qsizetype at = lines[last].start + lines[last].text.size();
    return {at, 0, QStringLiteral("\n") + bullet + snippet};
}

} // namespace rolelens
