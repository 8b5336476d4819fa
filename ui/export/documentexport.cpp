#include "export/documentexport.h"

#include "io/textfile.h"
#include "text/linktarget.h"
#include "text/markdownline.h"

#include <QFileInfo>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <zip.h>

namespace rolelens {

namespace {

// ---------------------------------------------------------------------------------------
// The posting as blocks: read once from the QTextDocument Qt's Markdown parser builds, then
// written as HTML or as WordprocessingML.

struct Run
{
    QString text;
    bool bold = false;
    bool italic = false;
    QString href; ///< only http, https and mailto links are kept
};
using Runs = QList<Run>;

struct Block
{
    enum class Kind
    {
        Paragraph,
        Heading,
        ListItem,
        TableRow
    };
    Kind kind = Kind::Paragraph;
    int level = 0; ///< a heading's level, a list item's depth (0 outermost)
    bool ordered = false;
    int list = 0;        ///< which list an item belongs to, so that two lists stay apart
    bool header = false; ///< the first row of a table
    Runs runs;
    QList<Runs> cells;
};

// The runs of \a block; in a heading or a header cell, which are bold anyway, the weight Qt
// gives their text is not a run's own bold.
Runs runsOf(const QTextBlock &block, bool boldAnyway = false)
{
    Runs runs;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat())
            continue;
        Run run;
        run.text = fragment.text();
        run.text.replace(QChar::LineSeparator, QLatin1Char(' '));
        run.bold = !boldAnyway && format.fontWeight() >= QFont::DemiBold;
        run.italic = format.fontItalic();
        if (format.isAnchor() && isSafeLinkTarget(format.anchorHref()))
            run.href = format.anchorHref();
        if (!runs.isEmpty() && runs.last().bold == run.bold && runs.last().italic == run.italic &&
            runs.last().href == run.href)
            runs.last().text += run.text;
        else
            runs.append(run);
    }
    return runs;
}

QList<Block> blocksOf(const QTextDocument &document)
{
    QList<Block> blocks;
    QHash<const QTextList *, int> lists;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            for (int row = 0; row < table->rows(); ++row) {
                Block block;
                block.kind = Block::Kind::TableRow;
                block.header = row == 0;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    Runs runs;
                    for (auto c = cell.begin(); !c.atEnd(); ++c) {
                        if (c.currentBlock().isValid())
                            runs += runsOf(c.currentBlock(), block.header);
                    }
                    block.cells.append(runs);
                }
                blocks.append(block);
            }
            continue;
        }
        const QTextBlock textBlock = it.currentBlock();
        if (!textBlock.isValid() || textBlock.text().trimmed().isEmpty())
            continue;
        Block block;
        const int heading = textBlock.blockFormat().headingLevel();
        block.runs = runsOf(textBlock, heading > 0);
        if (heading > 0) {
            block.kind = Block::Kind::Heading;
            block.level = heading;
        } else if (const QTextList *list = textBlock.textList()) {
            block.kind = Block::Kind::ListItem;
            block.level = qMax(0, list->format().indent() - 1);
            const QTextListFormat::Style style = list->format().style();
            block.ordered = style <= QTextListFormat::ListDecimal;
            block.list = int(lists.size()) + 1;
            if (const auto known = lists.constFind(list); known != lists.cend())
                block.list = *known;
            else
                lists.insert(list, block.list);
        }
        blocks.append(block);
    }
    return blocks;
}

std::unique_ptr<QTextDocument> documentOf(const QString &markdown)
{
    return PdfExporter::postingDocument(markdown);
}

// ---------------------------------------------------------------------------------------
// HTML

QString htmlOf(const Runs &runs)
{
    QString out;
    for (const Run &run : runs) {
        QString text = run.text.toHtmlEscaped();
        if (run.italic)
            text = QStringLiteral("<em>") + text + QStringLiteral("</em>");
        if (run.bold)
            text = QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
        if (!run.href.isEmpty())
            text = QStringLiteral("<a href=\"%1\">%2</a>").arg(run.href.toHtmlEscaped(), text);
        out += text;
    }
    return out;
}

QString htmlBody(const QList<Block> &blocks)
{
    QString out;
    QList<bool> openLists; // innermost last: whether it is an <ol>
    int list = 0;
    bool inTable = false;
    const auto closeLists = [&](qsizetype keep) {
        while (openLists.size() > keep) {
            out += openLists.takeLast() ? QStringLiteral("</li></ol>\n")
                                        : QStringLiteral("</li></ul>\n");
        }
    };
    for (const Block &block : blocks) {
        if (block.kind != Block::Kind::TableRow && inTable) {
            out += QStringLiteral("</table>\n");
            inTable = false;
        }
        if (block.kind != Block::Kind::ListItem || block.list != list)
            closeLists(0);
        switch (block.kind) {
        case Block::Kind::Heading:
            out += QStringLiteral("<h%1>%2</h%1>\n")
                       .arg(qBound(1, block.level, 6))
                       .arg(htmlOf(block.runs));
            break;
        case Block::Kind::Paragraph:
            out += QStringLiteral("<p>") + htmlOf(block.runs) + QStringLiteral("</p>\n");
            break;
        case Block::Kind::ListItem: {
            list = block.list;
            const qsizetype depth = block.level + 1;
            if (openLists.size() >= depth) {
                closeLists(depth);
                out += QStringLiteral("</li>\n");
            }
            while (openLists.size() < depth) {
                openLists.append(block.ordered);
                out += block.ordered ? QStringLiteral("<ol>\n") : QStringLiteral("<ul>\n");
            }
            out += QStringLiteral("<li>") + htmlOf(block.runs);
            break;
        }
        case Block::Kind::TableRow: {
            if (!inTable)
                out += QStringLiteral("<table>\n");
            inTable = true;
            const QString cell = block.header ? QStringLiteral("th") : QStringLiteral("td");
            out += QStringLiteral("<tr>");
            for (const Runs &runs : block.cells)
                out += QStringLiteral("<%1>%2</%1>").arg(cell, htmlOf(runs));
            out += QStringLiteral("</tr>\n");
            break;
        }
        }
    }
    closeLists(0);
    if (inTable)
        out += QStringLiteral("</table>\n");
    return out;
}

// ---------------------------------------------------------------------------------------
// DOCX

QString xmlEscaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    // Characters XML 1.0 does not allow at all are dropped.
    out.removeIf(
        [](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    return out;
}

class DocxWriter
{
public:
    QString body(const QList<Block> &blocks)
    {
        QString out;
        bool inTable = false;
        for (const Block &block : blocks) {
            if (block.kind != Block::Kind::TableRow && inTable) {
                out += QStringLiteral("</w:tbl>");
                inTable = false;
            }
            switch (block.kind) {
            case Block::Kind::Heading:
                out += paragraph(QStringLiteral("<w:pStyle w:val=\"Heading%1\"/>")
                                     .arg(qBound(1, block.level, 6)),
                                 block.runs);
                break;
            case Block::Kind::Paragraph:
                out += paragraph({}, block.runs);
                break;
            case Block::Kind::ListItem:
                out += paragraph(QStringLiteral("<w:pStyle w:val=\"ListParagraph\"/><w:numPr>"
                                                "<w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/>"
                                                "</w:numPr>")
                                     .arg(qBound(0, block.level, 8))
                                     .arg(numId(block)),
                                 block.runs);
                break;
            case Block::Kind::TableRow:
                if (!inTable) {
                    out += QStringLiteral("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>"
                                          "<w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
                                          "<w:tblGrid>") +
                           // Readers such as pandoc drop a table whose columns have no width;
                           // the page's text width (about 9,600 twips) is shared out evenly.
                           QStringLiteral("<w:gridCol w:w=\"%1\"/>")
                               .arg(9600 / qMax(1, int(block.cells.size())))
                               .repeated(block.cells.size()) +
                           QStringLiteral("</w:tblGrid>");
                }
                inTable = true;
                out +=
                    QStringLiteral("<w:tr>") +
                    (block.header ? QStringLiteral("<w:trPr><w:tblHeader/></w:trPr>") : QString());
                for (const Runs &cell : block.cells)
                    out +=
                        QStringLiteral("<w:tc>") + paragraph({}, cell) + QStringLiteral("</w:tc>");
                out += QStringLiteral("</w:tr>");
                break;
            }
        }
        if (inTable)
            out += QStringLiteral("</w:tbl>");
        return out;
    }

    /// One w:num per list of the posting, each pointing at the bullet or the numbered
    /// abstract list, so that every numbered list starts at 1.
    [[nodiscard]] QString nums() const
    {
        QString out;
        for (int i = 0; i < m_lists.size(); ++i)
            out += QStringLiteral("<w:num w:numId=\"%1\"><w:abstractNumId w:val=\"%2\"/></w:num>")
                       .arg(i + 1)
                       .arg(m_lists[i] ? 1 : 0);
        return out;
    }

    [[nodiscard]] QString relationships() const
    {
        QString out;
        for (int i = 0; i < m_links.size(); ++i)
            out += QStringLiteral("<Relationship Id=\"rLink%1\" Type=\"http://schemas."
                                  "openxmlformats.org/officeDocument/2006/relationships/"
                                  "hyperlink\" Target=\"%2\" TargetMode=\"External\"/>")
                       .arg(i + 1)
                       .arg(xmlEscaped(m_links[i]));
        return out;
    }

private:
    int numId(const Block &block)
    {
        const auto found = m_listIds.constFind(block.list);
        if (found != m_listIds.cend())
            return *found;
        m_lists.append(block.ordered);
        m_listIds.insert(block.list, int(m_lists.size()));
        return int(m_lists.size());
    }

    QString paragraph(const QString &properties, const Runs &runs)
    {
        QString out = QStringLiteral("<w:p>");
        if (!properties.isEmpty())
            out += QStringLiteral("<w:pPr>") + properties + QStringLiteral("</w:pPr>");
        for (const Run &run : runs) {
            QString properties;
            if (run.bold)
                properties += QStringLiteral("<w:b/>");
            if (run.italic)
                properties += QStringLiteral("<w:i/>");
            if (!run.href.isEmpty())
                properties += QStringLiteral("<w:rStyle w:val=\"Hyperlink\"/>");
            QString text = QStringLiteral("<w:r>");
            if (!properties.isEmpty())
                text += QStringLiteral("<w:rPr>") + properties + QStringLiteral("</w:rPr>");
            text += QStringLiteral("<w:t xml:space=\"preserve\">") + xmlEscaped(run.text) +
                    QStringLiteral("</w:t></w:r>");
            if (!run.href.isEmpty()) {
                m_links.append(run.href);
                text = QStringLiteral("<w:hyperlink r:id=\"rLink%1\">").arg(m_links.size()) + text +
                       QStringLiteral("</w:hyperlink>");
            }
            out += text;
        }
        return out + QStringLiteral("</w:p>");
    }

    QList<bool> m_lists; ///< per w:num: numbered
    QHash<int, int> m_listIds;
    QStringList m_links;
};

const char *const kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

QString abstractList(int id, bool ordered)
{
    QString levels;
    for (int level = 0; level < 9; ++level) {
        levels +=
            QStringLiteral("<w:lvl w:ilvl=\"%1\"><w:start w:val=\"1\"/>"
                           "<w:numFmt w:val=\"%2\"/><w:lvlText w:val=\"%3\"/>"
                           "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"%4\" "
                           "w:hanging=\"360\"/></w:pPr></w:lvl>")
                // One pass: the "%2." of a numbered level must not be read as a
                // placeholder of this string.
                .arg(QString::number(level),
                     ordered ? QStringLiteral("decimal") : QStringLiteral("bullet"),
                     ordered ? QLatin1Char('%') + QString::number(level + 1) + QLatin1Char('.')
                             : QStringLiteral("\u2022"),
                     QString::number(720 * (level + 1)));
    }
    return QStringLiteral("<w:abstractNum w:abstractNumId=\"%1\">%2</w:abstractNum>")
        .arg(id)
        .arg(levels);
}

QString headingStyles()
{
    QString out;
    static const int sizes[] = {32, 28, 26, 24, 22, 22}; // half-points
    for (int level = 1; level <= 6; ++level)
        out += QStringLiteral("<w:style w:type=\"paragraph\" w:styleId=\"Heading%1\">"
                              "<w:name w:val=\"heading %1\"/><w:basedOn w:val=\"Normal\"/>"
                              "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
                              "<w:spacing w:before=\"240\" w:after=\"80\"/>"
                              "<w:outlineLvl w:val=\"%2\"/></w:pPr><w:rPr><w:b/>"
                              "<w:sz w:val=\"%3\"/></w:rPr></w:style>")
                   .arg(level)
                   .arg(level - 1)
                   .arg(sizes[level - 1]);
    return out;
}

bool addEntry(zip_t *archive, const char *name, const QByteArray &data)
{
    // libzip copies nothing: the source reads the array until zip_close(), so it is kept.
    zip_source_t *source =
        zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
    if (!source)
        return false;
    const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return false;
    }
    // ODF readers find the type in the first entry, stored as it is.
    return qstrcmp(name, "mimetype") != 0 ||
           zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) == 0;
}

QByteArray zipped(const QList<QPair<const char *, QByteArray>> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    QByteArray out;
    if (buffer) {
        zip_source_keep(buffer);
        if (zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error)) {
            bool added = true;
            for (const auto &[name, data] : entries)
                added = added && addEntry(archive, name, data);
            if (added && zip_close(archive) == 0 && zip_source_open(buffer) == 0) {
                zip_source_seek(buffer, 0, SEEK_END);
                out.resize(qsizetype(zip_source_tell(buffer)));
                zip_source_seek(buffer, 0, SEEK_SET);
                if (zip_source_read(buffer, out.data(), zip_uint64_t(out.size())) != out.size())
                    out.clear();
                zip_source_close(buffer);
            } else if (!added) {
                zip_discard(archive);
            }
        }
        zip_source_free(buffer);
    }
    zip_error_fini(&error);
    return out;
}

// ---------------------------------------------------------------------------------------
// ODT: written from the blocks like the DOCX (Qt 6.4's ODF writer nests a table that follows
// a list inside the list, and leaves out styles.xml, which readers such as pandoc need).

QString odtRuns(const Runs &runs)
{
    QString out;
    for (const Run &run : runs) {
        QString text = xmlEscaped(run.text);
        const QString style = run.bold && run.italic ? QStringLiteral("BoldItalic")
                              : run.bold             ? QStringLiteral("Bold")
                              : run.italic           ? QStringLiteral("Italic")
                                                     : QString();
        if (!style.isEmpty())
            text =
                QStringLiteral("<text:span text:style-name=\"%1\">%2</text:span>").arg(style, text);
        if (!run.href.isEmpty())
            text = QStringLiteral("<text:a xlink:type=\"simple\" xlink:href=\"%1\">%2</text:a>")
                       .arg(xmlEscaped(run.href), text);
        out += text;
    }
    return out;
}

QString odtBody(const QList<Block> &blocks)
{
    QString out;
    qsizetype openLists = 0;
    int list = 0;
    bool inTable = false;
    const auto closeLists = [&](qsizetype keep) {
        while (openLists > keep) {
            out += QStringLiteral("</text:list-item></text:list>");
            --openLists;
        }
    };
    for (const Block &block : blocks) {
        if (block.kind != Block::Kind::TableRow && inTable) {
            out += QStringLiteral("</table:table>");
            inTable = false;
        }
        if (block.kind != Block::Kind::ListItem || block.list != list)
            closeLists(0);
        switch (block.kind) {
        case Block::Kind::Heading:
            out += QStringLiteral("<text:h text:style-name=\"Heading_20_%1\" "
                                  "text:outline-level=\"%1\">")
                       .arg(qBound(1, block.level, 6)) +
                   odtRuns(block.runs) + QStringLiteral("</text:h>");
            break;
        case Block::Kind::Paragraph:
            out += QStringLiteral("<text:p>") + odtRuns(block.runs) + QStringLiteral("</text:p>");
            break;
        case Block::Kind::ListItem: {
            list = block.list;
            const qsizetype depth = block.level + 1;
            if (openLists >= depth) {
                closeLists(depth);
                out += QStringLiteral("</text:list-item>");
            }
            while (openLists < depth) {
                out += openLists == 0 ? QStringLiteral("<text:list text:style-name=\"%1\">")
                                            .arg(block.ordered ? QStringLiteral("Numbers")
                                                               : QStringLiteral("Bullets"))
                                      : QStringLiteral("<text:list>");
                if (++openLists < depth)
                    out += QStringLiteral("<text:list-item>");
            }
            out += QStringLiteral("<text:list-item><text:p>") + odtRuns(block.runs) +
                   QStringLiteral("</text:p>");
            break;
        }
        case Block::Kind::TableRow:
            if (!inTable)
                out += QStringLiteral("<table:table><table:table-column "
                                      "table:number-columns-repeated=\"%1\"/>")
                           .arg(block.cells.size());
            inTable = true;
            // No table-header-rows: pandoc's reader drops the rows inside it.
            out += QStringLiteral("<table:table-row>");
            for (const Runs &cell : block.cells)
                out += QStringLiteral("<table:table-cell office:value-type=\"string\"><text:p>") +
                       odtRuns(cell) + QStringLiteral("</text:p></table:table-cell>");
            out += QStringLiteral("</table:table-row>");
            break;
        }
    }
    closeLists(0);
    if (inTable)
        out += QStringLiteral("</table:table>");
    return out;
}

QByteArray postingOdt(const QList<Block> &blocks, const QString &title)
{
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    const QByteArray namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.2\"";
    QByteArray headings;
    for (int level = 1; level <= 6; ++level)
        headings += QStringLiteral("<style:style style:name=\"Heading_20_%1\" "
                                   "style:display-name=\"Heading %1\" style:family=\"paragraph\" "
                                   "style:default-outline-level=\"%1\"><style:text-properties "
                                   "fo:font-size=\"%2pt\" fo:font-weight=\"bold\"/></style:style>")
                        .arg(level)
                        .arg(level == 1   ? 18
                             : level == 2 ? 15
                                          : 13)
                        .toUtf8();
    const QByteArray styles =
        xml + "<office:document-styles " + namespaces +
        "><office:styles><style:default-style style:family=\"paragraph\"><style:text-properties "
        "fo:language=\"en\" fo:country=\"US\" fo:font-size=\"11pt\"/></style:default-style>" +
        headings +
        "<style:style style:name=\"Bold\" style:family=\"text\"><style:text-properties "
        "fo:font-weight=\"bold\"/></style:style>"
        "<style:style style:name=\"Italic\" style:family=\"text\"><style:text-properties "
        "fo:font-style=\"italic\"/></style:style>"
        "<style:style style:name=\"BoldItalic\" style:family=\"text\"><style:text-properties "
        "fo:font-weight=\"bold\" fo:font-style=\"italic\"/></style:style>"
        "<text:list-style style:name=\"Bullets\"><text:list-level-style-bullet text:level=\"1\" "
        "text:bullet-char=\"\u2022\"/></text:list-style>"
        "<text:list-style style:name=\"Numbers\"><text:list-level-style-number text:level=\"1\" "
        "style:num-format=\"1\" style:num-suffix=\".\"/></text:list-style>"
        "</office:styles></office:document-styles>";
    const QByteArray content = xml + "<office:document-content " + namespaces +
                               "><office:body><office:text>" + odtBody(blocks).toUtf8() +
                               "</office:text></office:body></office:document-content>";
    const QByteArray meta = xml + "<office:document-meta " + namespaces +
                            "><office:meta><dc:title>" + xmlEscaped(title).toUtf8() +
                            "</dc:title><dc:language>en-US</dc:language><meta:generator>RoleLens"
                            "</meta:generator></office:meta></office:document-meta>";
    const QByteArray manifest =
        xml +
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        " manifest:version=\"1.2\"><manifest:file-entry manifest:media-type=\"application/vnd."
        "oasis.opendocument.text\" manifest:full-path=\"/\"/><manifest:file-entry manifest:"
        "media-type=\"text/xml\" manifest:full-path=\"content.xml\"/><manifest:file-entry "
        "manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/><manifest:file-entry"
        " manifest:media-type=\"text/xml\" manifest:full-path=\"meta.xml\"/></manifest:manifest>";
    // The mimetype entry comes first, as ODF asks.
    return zipped({{"mimetype", "application/vnd.oasis.opendocument.text"},
                   {"META-INF/manifest.xml", manifest},
                   {"content.xml", content},
                   {"styles.xml", styles},
                   {"meta.xml", meta}});
}

} // namespace

std::optional<ExportFormat> exportFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    if (suffix == u"docx")
        return ExportFormat::Docx;
    if (suffix == u"odt")
        return ExportFormat::Odt;
    if (suffix == u"html" || suffix == u"htm")
        return ExportFormat::Html;
    return std::nullopt;
}

QString markdownForExport(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const MarkdownLine shape = MarkdownLine::parse(line);
        if (!shape.isListItem())
            continue;
        const QStringView marker = shape.marker.trimmed();
        const qsizetype indentEnd =
            line.indexOf(shape.marker.first(1)) >= 0 ? shape.contentStart - shape.marker.size() : 0;
        QString indent = line.first(indentEnd);
        indent.replace(QLatin1Char('\t'), QStringLiteral("    "));
        if (shape.kind == MarkdownLine::Kind::Bullet && marker != u"-" && marker != u"*" &&
            marker != u"+")
            line = indent + QStringLiteral("- ") + line.sliced(shape.contentStart);
        else if (shape.kind == MarkdownLine::Kind::Numbered && marker.endsWith(u')'))
            line = indent + marker.chopped(1).toString() + QStringLiteral(". ") +
                   line.sliced(shape.contentStart);
    }
    return lines.join(QLatin1Char('\n'));
}

QString postingHtmlFragment(const QString &markdown)
{
    return htmlBody(blocksOf(*documentOf(markdown)));
}

QString postingHtml(const QString &markdown, const QString &title)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n</head>\n<body>\n%2</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), postingHtmlFragment(markdown));
}

QByteArray postingDocx(const QString &markdown, const QString &title)
{
    DocxWriter writer;
    const QString body = writer.body(blocksOf(*documentOf(markdown)));
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    const QByteArray document =
        xml + "<w:document " + kWordNamespaces + "><w:body>" + body.toUtf8() +
        "<w:sectPr><w:pgMar w:top=\"1134\" w:right=\"1134\" "
        "w:bottom=\"1134\" w:left=\"1134\"/></w:sectPr></w:body></w:document>";
    const QByteArray numbering = xml + "<w:numbering " + kWordNamespaces + ">" +
                                 abstractList(0, false).toUtf8() + abstractList(1, true).toUtf8() +
                                 writer.nums().toUtf8() + "</w:numbering>";
    const QByteArray styles =
        xml + "<w:styles " + kWordNamespaces +
        "><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"en-US\"/><w:sz w:val=\"22\"/>"
        "</w:rPr></w:rPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
        "w:val=\"Normal\"/>"
        "<w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List "
        "Paragraph\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"40\"/><w:ind w:left=\"720\"/>"
        "</w:pPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
        "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
        "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
        "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" "
        "w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
        "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
        "</w:tblBorders></w:tblPr></w:style>" +
        headingStyles().toUtf8() + "</w:styles>";
    const QByteArray contentTypes =
        xml +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
        "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
        "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
        "officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd."
        "openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd."
        "openxmlformats-package.core-properties+xml\"/></Types>";
    const QByteArray packageRelationships =
        xml +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
        "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "</Relationships>";
    const QByteArray documentRelationships =
        xml +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/numbering\" Target=\"numbering.xml\"/>" +
        writer.relationships().toUtf8() + "</Relationships>";
    const QByteArray core =
        xml +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
        "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" +
        xmlEscaped(title).toUtf8() +
        "</dc:title><dc:language>en-US</dc:language><dc:creator>RoleLens</dc:creator>"
        "</cp:coreProperties>";
    return zipped({{"[Content_Types].xml", contentTypes},
                   {"_rels/.rels", packageRelationships},
                   {"docProps/core.xml", core},
                   {"word/document.xml", document},
                   {"word/styles.xml", styles},
                   {"word/numbering.xml", numbering},
                   {"word/_rels/document.xml.rels", documentRelationships}});
}

QString exportPosting(const QString &markdown, const QString &path, ExportFormat format,
                      const PdfOptions &options)
{
    const QString title = options.title.isEmpty() ? options.fileName : options.title;
    switch (format) {
    case ExportFormat::Pdf: {
        const auto document = documentOf(markdown);
        return PdfExporter::writePdf(*document, path, options);
    }
    case ExportFormat::Html:
        return saveFile(path, postingHtml(markdown, title).toUtf8());
    case ExportFormat::Docx: {
        const QByteArray bytes = postingDocx(markdown, title);
        return bytes.isEmpty() ? QStringLiteral("the Word document could not be assembled")
                               : saveFile(path, bytes);
    }
    case ExportFormat::Odt: {
        const QByteArray bytes = postingOdt(blocksOf(*documentOf(markdown)), title);
        return bytes.isEmpty() ? QStringLiteral("the OpenDocument file could not be assembled")
                               : saveFile(path, bytes);
    }
    }
    return {};
}

} // namespace rolelens
