#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace rolelens {

/// A heading of a printed document and where it landed: its page (from 0) and its top-left
/// corner in PDF user space (points from the page's bottom-left corner).
struct PdfHeading
{
    QString title;
    int level = 1;
    int page = 0;
    double x = 0;
    double y = 0;
};

/// Where QTextDocument::print() puts the headings (blocks with a heading level) of
/// \a document on \a device's pages: the same clone, root-frame margins and page body.
[[nodiscard]] QList<PdfHeading> printedHeadings(const QTextDocument &document,
                                                QPagedPaintDevice &device);

/// Makes every list item and every table of \a document that print() would split across two
/// pages start on the next page instead (a page break before it), when it fits on one page. A
/// longer table is split before each row that would straddle a page break, and the rest,
/// header rows repeated, starts on the next page.
void keepTogether(QTextDocument &document, QPagedPaintDevice &device);

/// \a pdf, as Qt's PDF writer wrote it, with an incremental update that adds an outline
/// (bookmarks, nested by heading level) and the document language \a language (such as
/// "en-US") to its catalog. The original bytes are kept as they are, as PDF allows. Returns
/// an empty array if \a pdf is not shaped as expected.
[[nodiscard]] QByteArray withOutlineAndLanguage(const QByteArray &pdf,
                                                const QList<PdfHeading> &headings,
                                                const QString &language);

} // namespace rolelens
