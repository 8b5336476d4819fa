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

// The marks of one block and the block text they belong to.
class BlockMarks : public QTextBlockUserData
{
public:
    BlockMarks(QString text, QList<Mark> marks) : m_text(std::move(text)), m_marks(std::move(marks))
    {}
    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const QList<Mark> &marks() const { return m_marks; }

private:
    QString m_text;
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
    QHash<int, QList<Mark>> byBlock; // block number -> marks
    for (const Finding &finding : findings) {
        // A finding may run over a line break inside a paragraph: split it per block.
        for (QTextBlock block = doc->findBlock(int(finding.start));
             block.isValid() && block.position() < finding.end(); block = block.next()) {
            const int from = qMax(int(finding.start), block.position()) - block.position();
            const int to =
                qMin(int(finding.end()), block.position() + block.length() - 1) - block.position();
            if (to > from)
                byBlock[block.blockNumber()].append(
                    {from, to - from, finding.severity, finding.category == Category::Spelling});
        }
    }
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QList<Mark> marks = byBlock.value(block.blockNumber());
        const auto *old = static_cast<const BlockMarks *>(block.userData());
        const bool unchanged =
            old ? (old->marks() == marks && old->text() == block.text()) : marks.isEmpty();
        if (unchanged)
            continue;
        block.setUserData(marks.isEmpty() ? nullptr : new BlockMarks(block.text(), marks));
        rehighlightBlock(block);
    }
}

void FindingHighlighter::highlightBlock(const QString &text)
{
    const auto *data = static_cast<const BlockMarks *>(currentBlockUserData());
    if (!data || data->text() != text)
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
