#include "edits/textsearch.h"

namespace rolelens {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

bool isWholeWord(QStringView text, qsizetype start, qsizetype length)
{
    const qsizetype end = start + length;
    return (start == 0 || !isWordChar(text[start - 1])) &&
           (end == text.size() || !isWordChar(text[end]));
}

} // namespace

QList<qsizetype> findMatches(QStringView text, QStringView needle, SearchOptions options)
{
    QList<qsizetype> starts;
    if (needle.isEmpty())
        return starts;
    const Qt::CaseSensitivity cs = options.matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype at = text.indexOf(needle, 0, cs); at >= 0;) {
        if (!options.wholeWords || isWholeWord(text, at, needle.size())) {
            starts.append(at);
            at = text.indexOf(needle, at + needle.size(), cs);
        } else {
            at = text.indexOf(needle, at + 1, cs); // "cat" in "concat cat": look on
        }
    }
    return starts;
}

QList<TextEdit> replaceAllEdits(QStringView text, QStringView needle, const QString &replacement,
                                SearchOptions options)
{
    QList<TextEdit> edits;
    for (const qsizetype start : findMatches(text, needle, options))
        edits.append({start, needle.size(), replacement});
    return edits;
}

} // namespace rolelens
