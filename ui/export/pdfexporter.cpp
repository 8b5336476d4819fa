#include "export/pdfexporter.h"

#include "export/documentexport.h"
#include "export/pdflayout.h"
#include "export/reporthtml.h"
#include "io/textfile.h"
#include "text/linktarget.h"
#include "text/markdownline.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>

namespace rolelens {

namespace {
QFont bodyFont()
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setStyleHint(QFont::SansSerif);
    // Emoji from Symbola's outlines where it is installed: PDF readers cannot draw the colour
    // bitmaps of Noto Color Emoji, which the system would otherwise pick. ("Sans Serif" is an
    // alias: the list needs the family it stands for.)
    font.setFamilies({QFontInfo(font).family(), QStringLiteral("Symbola")});
    font.setPointSizeF(11);
    // Any letter spacing makes Qt shape text without ligatures, so the PDF's text layer has
    // "f" and "i", not U+FB01: findable, copyable and readable by ATS parsers and screen
    // readers. (Qt keeps spacing in 1/64 units, so 0.05 is the least that counts; it shows on
    // no page.)
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}
// print() paginates a plain clone of the document, which would load images itself, so
// image references are taken out of the document altogether.
void removeImages(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd();) {
            const QTextFragment fragment = it.fragment();
            ++it;
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        }
    }
}

// Only web and mail links stay links in an export; others ("javascript:", "file:") keep
// their words as plain text.
void removeUnsafeLinks(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (!fragment.isValid() || !format.isAnchor() || isSafeLinkTarget(format.anchorHref()))
                continue;
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            format.setAnchor(false);
            format.setAnchorHref({});
            format.setFontUnderline(false);
            format.clearForeground();
            cursor.setCharFormat(format);
        }
    }
}

} // namespace

QVariant SealedTextDocument::loadResource(int, const QUrl &)
{
    return {};
}

QPageSize::PageSizeId PdfExporter::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                      : QPageSize::A4;
}

PdfOptions PdfExporter::options(PdfKind kind, const QString &markdown, const QString &fileName,
                                const QString &author, QPageSize::PageSizeId pageSize)
{
    const QString title =
        kind == PdfKind::Posting
            ? firstHeading(markdown)
            : QCoreApplication::translate("rolelens::PdfExporter", "RoleLens review: %1")
                  .arg(fileName);
    return {title, author, pageSize, fileName};
}

QString PdfExporter::firstHeading(const QString &markdown)
{
    for (const QStringView line : QStringView(markdown).split(QLatin1Char('\n'))) {
        if (MarkdownLine::parse(line).kind == MarkdownLine::Kind::Heading)
            return MarkdownLine::content(line).toString();
    }
    return {};
}

std::unique_ptr<QTextDocument> PdfExporter::postingDocument(const QString &markdown)
{
    auto document = std::make_unique<SealedTextDocument>();
    document->setDefaultFont(bodyFont());
    document->setMarkdown(markdownForExport(markdown), QTextDocument::MarkdownDialectGitHub);
    removeImages(*document);
    removeUnsafeLinks(*document);
    return document;
}

std::unique_ptr<QTextDocument> PdfExporter::reportDocument(const FileReport &report)
{
    auto document = std::make_unique<SealedTextDocument>();
    QFont font = bodyFont();
    font.setPointSizeF(9.5); // the findings table is dense
    document->setDefaultFont(font);
    document->setHtml(reportHtml(report));
    return document;
}

std::unique_ptr<QTextDocument>
PdfExporter::reportDocument(const Analysis &analysis, const QString &text, const QString &fileName)
{
    return reportDocument(FileReport{fileName, text, analysis});
}

QString PdfExporter::writePdf(QTextDocument &document, const QString &path,
                              const PdfOptions &options)
{
    QString title = options.title;
    if (title.isEmpty())
        title = options.fileName;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<PdfHeading> headings;
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("RoleLens"));
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        // Qt 6.4's QPdfWriter has no author field; XMP metadata carries it.
        writer.setDocumentXmpMetadata(
            QStringLiteral(
                "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
                "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                "xmlns:xmp='http://ns.adobe.com/xap/1.0/'>"
                "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
                "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
                "<dc:language><rdf:Bag><rdf:li>en-US</rdf:li></rdf:Bag></dc:language>"
                "<xmp:CreatorTool>RoleLens</xmp:CreatorTool>"
                "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
                .arg(title.toHtmlEscaped(), options.author.toHtmlEscaped())
                .toUtf8());
        keepTogether(document, writer);
        headings = printedHeadings(document, writer);
        // print() paginates a copy of the document and puts the page number in the footer.
        document.print(&writer);
    }
    // Bookmarks from the headings and the document's language, which Qt 6.4's writer has no
    // API for, go in as an incremental update; should Qt's output ever look different, the
    // PDF is written without them rather than not at all.
    QByteArray pdf = buffer.data();
    if (const QByteArray outlined = withOutlineAndLanguage(pdf, headings, QStringLiteral("en-US"));
        !outlined.isEmpty())
        pdf = outlined;
    return saveFile(path, pdf);
}

} // namespace rolelens
