#include "edits/textedits.h"

#include <algorithm>

namespace rolelens {

namespace {
bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}
bool isSeparator(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014) ||
           c == QLatin1Char('|') || c == QLatin1Char(':');
}
bool isLineEnd(QStringView text, qsizetype pos)
{
    return pos >= text.size() || text[pos] == QLatin1Char('\n') || text[pos] == QLatin1Char('\r');
}
} // namespace

TextEdit editFor(QStringView text, const Finding &finding, const QString &suggestion)
{
    TextEdit edit{finding.start, finding.length, suggestion};
    if (!suggestion.isEmpty())
        return edit;
    qsizetype end = edit.start + edit.length;
    while (end < text.size() && isBlank(text[end]))
        ++end;
    // "#Urgent #Hiring – Title": at the start of a line, the separator goes too.
    const bool lineStart = edit.start == 0 || text[edit.start - 1] == QLatin1Char('\n');
    if (lineStart && end + 1 < text.size() && isSeparator(text[end]) && isBlank(text[end + 1])) {
        end += 2;
        while (end < text.size() && isBlank(text[end]))
            ++end;
    }
    if (isLineEnd(text, end)) {
        // Nothing follows on the line: take the spaces before the span instead.
        end = edit.start + edit.length;
        while (edit.start > 0 && isBlank(text[edit.start - 1]))
            --edit.start;
    }
    edit.length = end - edit.start;
    return edit;
}

bool isAutoFixable(QStringView text, const Finding &finding)
{
    if (finding.suggestions.isEmpty())
        return false;
    if (finding.category != Category::Spelling)
        return true;
    const QString &suggestion = finding.suggestions.first();
    const bool oneWord =
        !suggestion.isEmpty() && std::none_of(suggestion.cbegin(), suggestion.cend(),
                                              [](QChar c) { return c.isSpace() || c == u'-'; });
    return oneWord && finding.length > 0 && text[finding.start].isLower();
}

QList<TextEdit> firstSuggestionEdits(QStringView text, QList<Finding> findings)
{
    // The TPM rewrites come first: a posting check's fix (a neutral word, "or equivalent
    // experience") is applied only where it overlaps none of them.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        const bool aCheck = isPostingCheckCategory(a.category);
        const bool bCheck = isPostingCheckCategory(b.category);
        return aCheck != bCheck ? bCheck : a.start < b.start;
    });
    QList<TextEdit> edits;
    qsizetype covered = 0;
    qsizetype firstCheck = -1; // where the posting checks' edits start in edits
    for (const Finding &finding : std::as_const(findings)) {
        if (isPostingCheckCategory(finding.category) && firstCheck < 0) {
            firstCheck = edits.size();
            covered = 0;
        }
        if (!isAutoFixable(text, finding) || finding.start < covered)
            continue;
        const TextEdit edit = editFor(text, finding, finding.suggestions.first());
        if (edit.start < covered)
            continue;
        // Both lists are in text order: the rewrites that could overlap are found by search.
        const auto rewrites = edits.cbegin() + (firstCheck < 0 ? edits.size() : firstCheck);
        const auto next =
            std::lower_bound(edits.cbegin(), rewrites, edit.start + edit.length,
                             [](const TextEdit &e, qsizetype end) { return e.start < end; });
        if (firstCheck >= 0 && next != edits.cbegin() &&
            std::prev(next)->start + std::prev(next)->length > edit.start)
            continue;
        edits.append(edit);
        covered = edit.start + edit.length;
    }
    std::stable_sort(edits.begin(), edits.end(),
                     [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; });
    return edits;
}

QString applyEdits(QStringView text, const QList<TextEdit> &edits)
{
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const TextEdit &edit : edits) {
        out += text.sliced(pos, edit.start - pos);
        out += edit.replacement;
        pos = edit.start + edit.length;
    }
    out += text.sliced(pos);
    return out;
}

} // namespace rolelens
