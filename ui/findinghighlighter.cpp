#include "findinghighlighter.h"

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

bool isDark(const QColor &base)
{
    return base.lightnessF() < 0.5;
}

} // namespace

FindingHighlighter::FindingHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

QColor FindingHighlighter::severityColor(Severity severity, const QColor &base)
{
    // Lighter tones on dark backgrounds so the underline keeps its contrast.
    const bool dark = isDark(base);
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Severity::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
    case Severity::Info:
        break;
    }
    return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
}

void FindingHighlighter::setFindings(const QList<Finding> &findings)
{
    QTextDocument *doc = document();
    // Block position -> its block and marks. Only blocks with marks now or before are
    // visited, so an update costs the number of findings, not the size of the document.
    QMap<int, std::pair<QTextBlock, QList<Mark>>> marked;
    for (const Finding &finding : findings) {
        // A finding may run over a line break inside a paragraph: split it per block.
        for (QTextBlock block = doc->findBlock(int(finding.start));
             block.isValid() && block.position() < finding.end(); block = block.next()) {
            const int from = qMax(int(finding.start), block.position()) - block.position();
            const int to =
                qMin(int(finding.end()), block.position() + block.length() - 1) - block.position();
            if (to > from) {
                auto &entry = marked[block.position()];
                entry.first = block;
                entry.second.append(
                    {from, to - from, finding.severity, finding.category == Category::Spelling});
            }
        }
    }
    for (const QTextBlock &block : std::as_const(m_markedBlocks)) {
        if (block.isValid() && !marked.contains(block.position()))
            marked.insert(block.position(), {block, {}});
    }
    m_markedBlocks.clear();
    for (auto it = marked.begin(); it != marked.end(); ++it) {
        QTextBlock block = it.value().first;
        const QList<Mark> &marks = it.value().second;
        if (!marks.isEmpty())
            m_markedBlocks.append(block);
        const auto *old = static_cast<const BlockMarks *>(block.userData());
        const bool unchanged =
            old ? (old->marks() == marks && old->revision() == block.revision()) : marks.isEmpty();
        if (unchanged)
            continue;
        block.setUserData(marks.isEmpty() ? nullptr : new BlockMarks(block.revision(), marks));
        rehighlightBlock(block);
    }
}

void FindingHighlighter::highlightBlock(const QString &)
{
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
            background.setAlpha(isDark(base) ? 60 : 36);
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
    return isDark(base) ? QColor(0xf4, 0x8f, 0xb1) : QColor(0xad, 0x14, 0x57);
}

} // namespace rolelens
