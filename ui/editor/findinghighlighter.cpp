#include "editor/findinghighlighter.h"

#include "editor/textchange.h"
#include "text/markdownline.h"
#include "theme/theme.h"

#include <QPalette>
#include <QTextDocument>

namespace rolelens {

namespace {

struct Mark
{
    int start = 0; // within the block
    int length = 0;
    Severity severity = Severity::Info;
    bool spelling = false;
    friend bool operator==(const Mark &, const Mark &) = default;
};

// The marks of one block and the block revision they belong to: any edit of the block
// gives it a new revision, which makes the marks stale. (A revision, not a copy of the text:
// comparing twenty thousand block texts per keystroke would cost more than the analysis.)
class BlockMarks : public QTextBlockUserData
{
public:
    BlockMarks(int revision, QList<Mark> marks) : m_revision(revision), m_marks(std::move(marks)) {}
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] const QList<Mark> &marks() const { return m_marks; }

private:
    int m_revision;
    QList<Mark> m_marks;
};

} // namespace

FindingHighlighter::FindingHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    connect(document, &QTextDocument::contentsChange, this, &FindingHighlighter::noteEdit);
}

QColor FindingHighlighter::severityColor(Severity severity, const QColor &base)
{
    return theme::severity(severity, base);
}

void FindingHighlighter::noteEdit(int position, int removed, int added)
{
    if (!changesText(removed, added))
        return; // a format change
    if (!m_edited) {
        m_edited = true;
        m_editFrom = position;
        m_editTo = position + added;
        return;
    }
    // Carry the span so far through this edit, then add the edit to it.
    const auto carried = [&](int p) {
        return p < position ? p : p >= position + removed ? p + added - removed : position;
    };
    m_editFrom = qMin(carried(m_editFrom), position);
    m_editTo = qMax(carried(m_editTo), position + added);
}

void FindingHighlighter::setFindings(const QList<Finding> &findings)
{
    QTextDocument *doc = document();
    const int characters = doc->characterCount();
    const qsizetype shift = characters - m_markedCharacters;

    // The edited blocks, in today's offsets [editStart, editEnd) and in those of the text
    // m_marked was made for [editStart, editEndBefore). Outside them, a position p of
    // then is p (before) or p + shift (after) today.
    int editStart = characters;
    int editEnd = characters;
    if (m_edited) {
        const QTextBlock last = doc->findBlock(qMin(m_editTo, characters - 1));
        editStart = doc->findBlock(m_editFrom).position();
        editEnd = last.position() + last.length();
    }
    const qsizetype editEndBefore = editEnd - shift;
    const auto today = [&](qsizetype p) {
        return p < editStart ? p : p >= editEndBefore ? p + shift : qsizetype(editStart);
    };
    const auto sameMark = [](const Finding &before, const Finding &now, qsizetype by) {
        return before.start + by == now.start && before.length == now.length &&
               before.severity == now.severity &&
               (before.category == Category::Spelling) == (now.category == Category::Spelling);
    };

    // Skip the findings that are the same before and after the edited blocks.
    const qsizetype n = findings.size();
    const qsizetype m = m_marked.size();
    qsizetype prefix = 0;
    while (prefix < qMin(n, m) && sameMark(m_marked[prefix], findings[prefix], 0))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < qMin(n, m) - prefix &&
           sameMark(m_marked[m - 1 - suffix], findings[n - 1 - suffix], shift))
        ++suffix;

    // The blocks to mark again, by position: the edited ones and those of the findings in
    // between, now and before.
    QMap<int, QTextBlock> blocks;
    const auto addBlocks = [&](qsizetype from, qsizetype to) {
        for (QTextBlock block = doc->findBlock(int(from)); block.isValid() && block.position() < to;
             block = block.next())
            blocks.insert(block.position(), block);
    };
    if (m_edited)
        addBlocks(editStart, editEnd);
    for (qsizetype i = prefix; i < n - suffix; ++i)
        addBlocks(findings[i].start, findings[i].end());
    for (qsizetype i = prefix; i < m - suffix; ++i)
        addBlocks(today(m_marked[i].start), today(m_marked[i].end()));
    // A block is marked from all its findings: take in the skipped ones that share one
    // (which also takes in those of the edited blocks).
    while (prefix > 0 && !blocks.isEmpty() && findings[prefix - 1].end() > blocks.firstKey()) {
        --prefix;
        addBlocks(findings[prefix].start, findings[prefix].end());
    }
    while (suffix > 0 && !blocks.isEmpty() &&
           findings[n - suffix].start < blocks.lastKey() + blocks.last().length()) {
        addBlocks(findings[n - suffix].start, findings[n - suffix].end());
        --suffix;
    }

    QHash<int, QList<Mark>> marks;
    for (qsizetype i = prefix; i < n - suffix; ++i) {
        const Finding &finding = findings[i];
        // A finding may run over a line break inside a paragraph: split it per block.
        for (QTextBlock block = doc->findBlock(int(finding.start));
             block.isValid() && block.position() < finding.end(); block = block.next()) {
            const int from = qMax(int(finding.start), block.position()) - block.position();
            const int to =
                qMin(int(finding.end()), block.position() + block.length() - 1) - block.position();
            if (to > from) {
                marks[block.position()].append(
                    {from, to - from, finding.severity, finding.category == Category::Spelling});
            }
        }
    }
    for (QTextBlock block : std::as_const(blocks)) {
        const QList<Mark> blockMarks = marks.value(block.position());
        const auto *old = static_cast<const BlockMarks *>(block.userData());
        const bool unchanged =
            old ? (old->marks() == blockMarks && old->revision() == block.revision())
                : blockMarks.isEmpty();
        if (unchanged)
            continue;
        block.setUserData(blockMarks.isEmpty() ? nullptr
                                               : new BlockMarks(block.revision(), blockMarks));
        rehighlightBlock(block);
    }

    m_marked = findings;
    m_markedCharacters = characters;
    m_edited = false;
}

void FindingHighlighter::styleMarkdown(const QString &text)
{
    const MarkdownLine line = MarkdownLine::parse(text);
    QColor dim = QPalette().color(QPalette::Text);
    dim.setAlphaF(0.4);
    QTextCharFormat marker;
    marker.setForeground(dim);
    if (line.kind == MarkdownLine::Kind::Heading) {
        // Larger and bold, by level; the '#'s stay, dimmed, so the text is still Markdown.
        static constexpr qreal kScale[] = {1.5, 1.3, 1.15, 1.05, 1.0, 1.0};
        QTextCharFormat heading;
        heading.setFontWeight(QFont::Bold);
        heading.setFontPointSize(document()->defaultFont().pointSizeF() *
                                 kScale[qBound(1, line.level, 6) - 1]);
        setFormat(0, int(text.size()), heading);
        marker.merge(heading);
        setFormat(0, int(line.contentStart), marker);
        return;
    }
    if (line.isListItem())
        setFormat(0, int(line.contentStart), marker);
    // **bold** and __bold__: the text bold, the marks dimmed.
    for (qsizetype open = line.contentStart; open + 1 < text.size();) {
        const QChar c = text[open];
        if ((c != u'*' && c != u'_') || text[open + 1] != c) {
            ++open;
            continue;
        }
        const qsizetype close = text.indexOf(QString(2, c), open + 2);
        if (close < 0 || close == open + 2)
            break;
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        setFormat(int(open + 2), int(close - open - 2), bold);
        setFormat(int(open), 2, marker);
        setFormat(int(close), 2, marker);
        open = close + 2;
    }
}

void FindingHighlighter::highlightBlock(const QString &text)
{
    styleMarkdown(text);
    const auto *data = static_cast<const BlockMarks *>(currentBlockUserData());
    if (!data || data->revision() != currentBlock().revision())
        return; // stale: the block changed since it was analysed
    const QColor base = QPalette().color(QPalette::Base);
    for (const Mark &mark : data->marks()) {
        QTextCharFormat format;
        if (mark.spelling) {
            // The platform's spell-check underline, in its own colour: not a role finding.
            format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            format.setUnderlineColor(spellingColor(base));
            mergeFormat(mark.start, mark.length, format);
            continue;
        }
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        const QColor color = severityColor(mark.severity, base);
        format.setUnderlineColor(color);
        if (mark.severity == Severity::Error) {
            QColor background = color;
            background.setAlpha(theme::isDark(base) ? 60 : 36);
            format.setBackground(background);
        }
        mergeFormat(mark.start, mark.length, format);
    }
}

void FindingHighlighter::mergeFormat(int start, int length, const QTextCharFormat &format)
{
    // Marks of different findings may overlap; later ones merge into earlier formats.
    for (int i = start; i < start + length; ++i) {
        QTextCharFormat merged = this->format(i);
        merged.merge(format);
        setFormat(i, 1, merged);
    }
}

QColor FindingHighlighter::spellingColor(const QColor &base)
{
    return theme::spelling(base);
}

} // namespace rolelens
