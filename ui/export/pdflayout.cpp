#include "export/pdflayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>
#include <memory>

namespace rolelens {

namespace {

// A PDF text string: UTF-16BE with its byte order mark, as hex.
QByteArray pdfString(const QString &text)
{
    QByteArray utf16 = "\xfe\xff";
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// An outline item and its children, built from the headings by level.
struct Item
{
    int heading = -1;
    int object = 0;
    QList<int> children; ///< indexes into the item list
};

} // namespace

namespace {

// \a document laid out as QTextDocument::print() lays out a document without a page size of
// its own: a clone on the device, 2 cm root-frame margins in the screen's units, pages the
// device's size.
std::unique_ptr<QTextDocument> printLayout(const QTextDocument &document, QPagedPaintDevice &device)
{
    std::unique_ptr<QTextDocument> clone(document.clone());
    clone->documentLayout()->setPaintDevice(&device);
    const int horizontal = int((2 / 2.54) * 96);
    const int vertical = int((2 / 2.54) * 96);
    QTextFrameFormat frame = clone->rootFrame()->frameFormat();
    frame.setLeftMargin(horizontal);
    frame.setRightMargin(horizontal);
    frame.setTopMargin(vertical);
    frame.setBottomMargin(vertical);
    clone->rootFrame()->setFrameFormat(frame);
    clone->setPageSize(QSizeF(device.width(), device.height()));
    return clone;
}

} // namespace

namespace {

// The box of row \a row of \a table: the blocks of its cells.
QRectF rowBox(const QAbstractTextDocumentLayout &layout, const QTextTable &table, int row)
{
    QRectF box;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            if (it.currentBlock().isValid())
                box |= layout.blockBoundingRect(it.currentBlock());
        }
    }
    return box;
}

// The first body row of \a table that print() would split across two pages although, under
// the repeated header, it fits on one; -1 if none. Qt moves a row to the next page only when
// a cell's first line does not fit.
int splitRow(const QAbstractTextDocumentLayout &layout, const QTextTable &table, qreal page)
{
    const int headers = table.format().headerRowCount();
    QRectF header;
    for (int row = 0; row < headers; ++row)
        header |= rowBox(layout, table, row);
    for (int row = headers; row < table.rows(); ++row) {
        const QRectF box = rowBox(layout, table, row);
        if (int(box.top() / page) != int((box.bottom() - 1) / page) &&
            box.height() + header.height() < page)
            return row;
    }
    return -1;
}

// Moves rows [row, end) of the \a index-th table of \a document's root frame to a copy of
// the table, header rows and all, that starts on a new page.
void moveRowsToNewPage(QTextDocument &document, int index, int row)
{
    auto *table = qobject_cast<QTextTable *>(document.rootFrame()->childFrames().value(index));
    if (!table)
        return;
    QTextCursor whole(&document);
    whole.setPosition(table->firstPosition() - 1);
    whole.setPosition(table->lastPosition() + 1, QTextCursor::KeepAnchor);
    const QTextDocumentFragment copy = whole.selection();
    QTextCursor after(&document);
    after.setPosition(table->lastPosition() + 1);
    after.insertBlock();
    after.insertFragment(copy);
    auto *rest = qobject_cast<QTextTable *>(document.rootFrame()->childFrames().value(index + 1));
    if (!rest)
        return;
    const int headers = table->format().headerRowCount();
    rest->removeRows(headers, row - headers);
    table->removeRows(row, table->rows() - row);
    QTextTableFormat format = rest->format();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    rest->setFormat(format);
}

// One pass of keepTogether() in text order; false when it had to move table rows, which
// changes the frames it walks, so that the caller starts again.
bool keepTogetherPass(QTextDocument &clone, QTextDocument &document)
{
    const QAbstractTextDocumentLayout &layout = *clone.documentLayout();
    const qreal page = clone.pageSize().height();
    const auto split = [&](const QRectF &box) {
        return int(box.top() / page) != int((box.bottom() - 1) / page) && box.height() < page;
    };
    // A break moves everything after it, and the layout follows. Tables are found again in
    // the original by their place among the root frame's tables.
    int table = -1;
    for (auto it = clone.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            ++table;
            const auto *rows = qobject_cast<QTextTable *>(frame);
            const int row = rows ? splitRow(layout, *rows, page) : -1;
            // A table that fits on a page, or whose first row would split, starts on the next
            // page, unless it already does.
            const bool startsPage =
                frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
            if (split(layout.frameBoundingRect(frame)) ||
                (rows && row == rows->format().headerRowCount() && !startsPage)) {
                for (QTextDocument *target : {&clone, &document}) {
                    if (QTextFrame *same = target->rootFrame()->childFrames().value(table)) {
                        QTextFrameFormat format = same->frameFormat();
                        format.setPageBreakPolicy(format.pageBreakPolicy() |
                                                  QTextFormat::PageBreak_AlwaysBefore);
                        same->setFrameFormat(format);
                    }
                }
                continue;
            }
            if (rows && row > rows->format().headerRowCount()) {
                moveRowsToNewPage(clone, table, row);
                moveRowsToNewPage(document, table, row);
                return false;
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.textList() || !split(layout.blockBoundingRect(block)))
            continue;
        for (QTextDocument *target : {&clone, &document}) {
            QTextCursor cursor(target->findBlockByNumber(block.blockNumber()));
            QTextBlockFormat format = cursor.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() |
                                      QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        }
    }
    return true;
}

} // namespace

void keepTogether(QTextDocument &document, QPagedPaintDevice &device)
{
    const std::unique_ptr<QTextDocument> clone = printLayout(document, device);
    // Every pass that moves rows puts a row that split at the top of a new page, so passes
    // end; the bound only guards against a layout that does not settle.
    constexpr int kMaxPasses = 1000;
    for (int pass = 0; pass < kMaxPasses && !keepTogetherPass(*clone, document); ++pass) {
    }
}

QList<PdfHeading> printedHeadings(const QTextDocument &document, QPagedPaintDevice &device)
{
    const std::unique_ptr<QTextDocument> clone = printLayout(document, device);
    const QAbstractTextDocumentLayout *layout = clone->documentLayout();
    const QSizeF body = clone->pageSize();

    const QPageLayout page = device.pageLayout();
    const QRectF paper = page.fullRectPoints();
    const QRectF paint = page.paintRectPoints();
    const double toPoints = 72.0 / device.logicalDpiY();
    QList<PdfHeading> headings;
    for (QTextBlock block = clone->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0 || block.text().trimmed().isEmpty())
            continue;
        const QRectF box = layout->blockBoundingRect(block);
        const int pageIndex = int(box.top() / body.height());
        const double top = box.top() - pageIndex * body.height();
        headings.append({block.text().simplified(), level, pageIndex,
                         paint.left() + box.left() * toPoints,
                         paper.height() - (paint.top() + top * toPoints)});
    }
    return headings;
}

QByteArray withOutlineAndLanguage(const QByteArray &pdf, const QList<PdfHeading> &headings,
                                  const QString &language)
{
    // Qt's writer ends with a classic cross-reference table and a trailer naming the
    // catalog; the catalog names the one page tree, whose kids are the pages in order.
    static const QRegularExpression trailerPattern(
        QStringLiteral(R"(trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString text = QString::fromLatin1(pdf);
    const QRegularExpressionMatch trailer = trailerPattern.match(text);
    if (!trailer.hasMatch())
        return {};
    const QString trailerBody = trailer.captured(1);
    const auto reference = [&](const QString &in, const QString &key) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(key)).match(in);
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    };
    const int root = reference(trailerBody, QStringLiteral("Root"));
    const int info = reference(trailerBody, QStringLiteral("Info"));
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral(R"(/Size\s+(\d+))")).match(trailerBody);
    const QRegularExpressionMatch catalog =
        QRegularExpression(QStringLiteral(R"((?:^|\n)%1 0 obj\s*<<(.*?)>>\s*endobj)").arg(root),
                           QRegularExpression::DotMatchesEverythingOption)
            .match(text);
    if (root == 0 || !size.hasMatch() || !catalog.hasMatch())
        return {};
    const int pagesObject = reference(catalog.captured(1), QStringLiteral("Pages"));
    const QRegularExpressionMatch kids =
        QRegularExpression(
            QStringLiteral(R"((?:^|\n)%1 0 obj\s*<<.*?/Kids\s*\[(.*?)\])").arg(pagesObject),
            QRegularExpression::DotMatchesEverythingOption)
            .match(text);
    if (pagesObject == 0 || !kids.hasMatch())
        return {};
    QList<int> pages;
    static const QRegularExpression kid(QStringLiteral(R"((\d+)\s+0\s+R)"));
    for (auto it = kid.globalMatch(kids.captured(1)); it.hasNext();)
        pages.append(it.next().captured(1).toInt());

    // The outline: each heading under the nearest heading of a lower level before it.
    QList<Item> items(1); // items[0] is the outline's root
    QList<int> open{0};   // the chain of items a new heading may go under
    QList<int> levels{0};
    for (int h = 0; h < headings.size(); ++h) {
        if (headings[h].page < 0 || headings[h].page >= pages.size())
            continue;
        while (levels.size() > 1 && levels.last() >= headings[h].level) {
            open.removeLast();
            levels.removeLast();
        }
        items.append({h, 0, {}});
        items[open.last()].children.append(int(items.size()) - 1);
        open.append(int(items.size()) - 1);
        levels.append(headings[h].level);
    }
    int next = size.captured(1).toInt();
    for (Item &item : items)
        item.object = next++;

    QByteArray update = pdf.endsWith('\n') ? QByteArray() : QByteArray("\n");
    QList<QPair<int, qsizetype>> offsets;
    const auto add = [&](int object, const QByteArray &body) {
        offsets.append({object, pdf.size() + update.size()});
        update += QByteArray::number(object) + " 0 obj\n" + body + "\nendobj\n";
    };
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        QByteArray body = "<<";
        if (!item.children.isEmpty()) {
            body += " /First " + QByteArray::number(items[item.children.first()].object) +
                    " 0 R /Last " + QByteArray::number(items[item.children.last()].object) +
                    " 0 R /Count " + QByteArray::number(item.children.size());
        }
        if (i == 0) {
            body += " /Type /Outlines";
        } else {
            const PdfHeading &heading = headings[item.heading];
            body += " /Title " + pdfString(heading.title) + " /Dest [" +
                    QByteArray::number(pages[heading.page]) + " 0 R /XYZ " + number(heading.x) +
                    ' ' + number(heading.y) + " 0]";
            // Its parent, and its neighbours under that parent.
            for (int p = 0; p < items.size(); ++p) {
                const qsizetype at = items[p].children.indexOf(i);
                if (at < 0)
                    continue;
                body += " /Parent " + QByteArray::number(items[p].object) + " 0 R";
                if (at > 0)
                    body += " /Prev " +
                            QByteArray::number(items[items[p].children[at - 1]].object) + " 0 R";
                if (at + 1 < items[p].children.size())
                    body += " /Next " +
                            QByteArray::number(items[items[p].children[at + 1]].object) + " 0 R";
            }
        }
        add(item.object, body + " >>");
    }
    // The catalog again, under its own number: the newer revision replaces the older one.
    QString languageTag = language;
    languageTag.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")));
    add(root, "<<" + catalog.captured(1).toLatin1().trimmed().prepend(' ') + " /Outlines " +
                  QByteArray::number(items.first().object) + " 0 R /PageMode /UseOutlines" +
                  " /Lang (" + languageTag.toLatin1() + ") >>");

    const qsizetype xref = pdf.size() + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n";
    std::sort(offsets.begin(), offsets.end());
    for (qsizetype i = 0; i < offsets.size();) {
        qsizetype run = i + 1;
        while (run < offsets.size() && offsets[run].first == offsets[run - 1].first + 1)
            ++run;
        update += QByteArray::number(offsets[i].first) + ' ' + QByteArray::number(run - i) + '\n';
        for (; i < run; ++i)
            update += QByteArray::number(offsets[i].second).rightJustified(10, '0') + " 00000 n \n";
    }
    update += "trailer\n<< /Size " + QByteArray::number(next) + " /Root " +
              QByteArray::number(root) + " 0 R" +
              (info > 0 ? " /Info " + QByteArray::number(info) + " 0 R" : QByteArray()) +
              " /Prev " + trailer.captured(2).toLatin1() + " >>\nstartxref\n" +
              QByteArray::number(xref) + "\n%%EOF\n";
    return pdf + update;
}

} // namespace rolelens
