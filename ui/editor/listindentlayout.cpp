#include "editor/listindentlayout.h"

#include "text/markdownline.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace rolelens {

ListIndentLayout::ListIndentLayout(QTextDocument *document) : QPlainTextDocumentLayout(document) {}

qreal ListIndentLayout::indent() const
{
    return QFontMetricsF(document()->defaultFont()).horizontalAdvance(QStringLiteral("nn"));
}

QRectF ListIndentLayout::blockBoundingRect(const QTextBlock &block) const
{
    // The base class lays a block out here when it has not been yet; indent it before its size
    // is taken.
    if (block.isValid() && block.layout()->lineCount() == 0)
        ensureBlockLayout(block);
    const_cast<ListIndentLayout *>(this)->indentListItem(block);
    return QPlainTextDocumentLayout::blockBoundingRect(block);
}

namespace {

bool startsWithSpace(const QTextBlock &block)
{
    const QString text = block.text();
    return !text.isEmpty() && text.front().isSpace() && !text.trimmed().isEmpty();
}

// Whether \a block is a list item or an indented line that continues one ("- Plan the
// release" then "  with the squads").
bool isListLine(QTextBlock block)
{
    constexpr int kMaxContinuationLines = 20; // keeps the walk back short
    for (int i = 0; i <= kMaxContinuationLines && block.isValid(); ++i, block = block.previous()) {
        if (MarkdownLine::parse(block.text()).isListItem())
            return true;
        if (!startsWithSpace(block))
            return false;
    }
    return false;
}

} // namespace

void ListIndentLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
    const QTextBlock last = document()->findBlock(from + charsAdded);
    QTextBlock block = document()->findBlock(from);
    for (; block.isValid(); block = block.next()) {
        indentListItem(block);
        if (block == last)
            break;
    }
    // The lines that continue an edited item follow it in or out.
    for (block = block.isValid() ? block.next() : block; block.isValid() && startsWithSpace(block);
         block = block.next()) {
        block.layout()->clearLayout();
        ensureBlockLayout(block);
        indentListItem(block);
    }
}

// Lays \a block out again, indented, if it is a list line the base class laid out at the
// margin.
void ListIndentLayout::indentListItem(const QTextBlock &block)
{
    if (!block.isValid() || !block.isVisible())
        return;
    QTextLayout *layout = block.layout();
    if (layout->lineCount() == 0)
        return;
    if (!isListLine(block))
        return;
    const MarkdownLine item = MarkdownLine::parse(block.text());
    const qreal margin = document()->documentMargin();
    const qreal left = margin + indent();
    if (qFuzzyCompare(layout->lineAt(0).x(), left))
        return; // laid out here already
    // The base class gave every line the width the text has: indented, the item has less.
    const qreal width = layout->lineAt(0).width() - indent();
    qreal hanging = 0;
    qreal height = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(qMax(width - hanging, qreal(1)));
        line.setPosition(QPointF(left + hanging, height));
        height += line.height();
        if (line.lineNumber() == 0 && item.isListItem()) // wrapped lines start at its text
            hanging = qMin(line.cursorToX(int(item.contentStart)) - line.cursorToX(0), width / 2);
    }
    layout->endLayout();
    const int lines = document()->lineCount();
    const_cast<QTextBlock &>(block).setLineCount(layout->lineCount());
    if (document()->lineCount() != lines)
        Q_EMIT documentSizeChanged(documentSize());
}

} // namespace rolelens
