#include "import/documentimport.h"

#include "io/inputreader.h"
#include "text/linktarget.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <algorithm>
#include <zip.h>

namespace rolelens {

namespace {

// ---------------------------------------------------------------------------------------
// Markdown out: the one writer both document readers use.

/// The text of one paragraph, run by run, with bold runs merged and their spaces kept
/// outside the "**" so that the Markdown stays valid ("**bold** text", never "**bold **").
class InlineText
{
public:
    void add(const QString &text, bool bold)
    {
        if (text.isEmpty())
            return;
        if (!m_runs.isEmpty() && m_runs.last().bold == bold)
            m_runs.last().text += text;
        else
            m_runs.append({text, bold});
    }
    void addLink(const QString &text, const QString &target)
    {
        if (text.trimmed().isEmpty())
            return;
        add(isSafeLinkTarget(target) ? QStringLiteral("[%1](%2)").arg(text.trimmed(), target)
                                     : text,
            false);
    }
    [[nodiscard]] bool isEmpty() const { return text().trimmed().isEmpty(); }
    [[nodiscard]] QString text() const
    {
        QString out;
        for (const Run &run : m_runs) {
            const QString core = run.text.trimmed();
            if (!run.bold || core.isEmpty()) {
                out += run.text;
                continue;
            }
            const qsizetype lead = run.text.indexOf(core);
            out += run.text.first(lead) + QStringLiteral("**") + core + QStringLiteral("**") +
                   run.text.sliced(lead + core.size());
        }
        return out.simplified();
    }

private:
    struct Run
    {
        QString text;
        bool bold = false;
    };
    QList<Run> m_runs;
};

/// Blocks in Markdown: headings, list items (numbered ones counted per level), paragraphs
/// and table rows, with a blank line between blocks but not between items of one list or
/// rows of one table.
class MarkdownWriter
{
public:
    void heading(int level, const InlineText &text)
    {
        if (!text.isEmpty())
            block(Kind::Other, QString(std::clamp(level, 1, 6), QLatin1Char('#')) +
                                   QLatin1Char(' ') + text.text());
    }
    void paragraph(const InlineText &text)
    {
        if (!text.isEmpty())
            block(Kind::Other, text.text());
    }
    /// An item at \a depth of the list \a list (items of another list count from 1 again).
    void listItem(const QString &list, int depth, bool ordered, const InlineText &text)
    {
        if (text.isEmpty())
            return;
        if (list != m_list)
            m_counters.clear();
        m_list = list;
        depth = std::clamp(depth, 0, 8);
        m_counters.resize(depth + 1);
        const int number = ++m_counters[depth];
        const QString marker = ordered ? QStringLiteral("%1. ").arg(number) : QStringLiteral("- ");
        block(Kind::List, QString(depth * 2, QLatin1Char(' ')) + marker + text.text());
    }
    void tableRow(const QStringList &cells)
    {
        if (cells.isEmpty())
            return;
        QStringList escaped;
        for (const QString &cell : cells)
            escaped.append(QString(cell).replace(QLatin1Char('|'), QStringLiteral("\\|")));
        const bool first = m_last != Kind::Table;
        block(Kind::Table,
              QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        if (first)
            m_out += QStringLiteral("|") + QStringLiteral(" --- |").repeated(cells.size()) +
                     QLatin1Char('\n');
    }
    [[nodiscard]] QString result() const { return m_out; }

private:
    enum class Kind
    {
        None,
        List,
        Table,
        Other
    };
    void block(Kind kind, const QString &line)
    {
        if (kind != Kind::List)
            m_counters.clear();
        if (!m_out.isEmpty() && (kind == Kind::Other || kind != m_last))
            m_out += QLatin1Char('\n');
        m_out += line + QLatin1Char('\n');
        m_last = kind;
    }
    QString m_out;
    Kind m_last = Kind::None;
    QString m_list;
    QList<int> m_counters;
};

// ---------------------------------------------------------------------------------------
// Zip containers (libzip).

class ZipArchive
{
public:
    explicit ZipArchive(const QByteArray &bytes) : m_bytes(bytes)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source =
            zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
        if (source) {
            m_archive = zip_open_from_source(source, ZIP_RDONLY, &error);
            if (!m_archive)
                zip_source_free(source);
        }
        zip_error_fini(&error);
    }
    ~ZipArchive()
    {
        if (m_archive)
            zip_discard(m_archive);
    }
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    [[nodiscard]] bool isOpen() const { return m_archive != nullptr; }

    /// The entry \a name, or a null array if the archive has none (or it is too large).
    [[nodiscard]] QByteArray read(const char *name) const
    {
        zip_stat_t stat;
        if (!m_archive || zip_stat(m_archive, name, 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_SIZE) || stat.size > zip_uint64_t(4 * kMaxInputBytes))
            return {};
        zip_file_t *file = zip_fopen(m_archive, name, 0);
        if (!file)
            return {};
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        return read == zip_int64_t(stat.size) ? data : QByteArray();
    }

private:
    QByteArray m_bytes; // libzip reads from it for as long as the archive is open
    zip_t *m_archive = nullptr;
};

bool isTrue(QStringView value)
{
    return value.isEmpty() || value == u"1" || value == u"true" || value == u"on";
}

QString attribute(const QXmlStreamReader &xml, QStringView localName)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// DOCX: word/document.xml, with list kinds from word/numbering.xml and link targets from
// word/_rels/document.xml.rels.

/// For each list (numId) and level, whether it is numbered rather than bulleted.
QHash<QString, bool> docxOrderedLists(const QByteArray &numbering)
{
    QHash<QString, bool> abstractOrdered; // "abstractId/level"
    QHash<QString, QString> numToAbstract;
    QXmlStreamReader xml(numbering);
    QString id; // of the w:abstractNum or the w:num being read
    QString level;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        const auto value = [&](QStringView localName) { return attribute(xml, localName); };
        if (name == u"abstractNum")
            id = value(u"abstractNumId");
        else if (name == u"lvl")
            level = value(u"ilvl");
        else if (name == u"numFmt")
            abstractOrdered.insert(id + QLatin1Char('/') + level,
                                   value(u"val") != u"bullet" && value(u"val") != u"none");
        else if (name == u"num")
            id = value(u"numId");
        else if (name == u"abstractNumId")
            numToAbstract.insert(id, value(u"val"));
    }
    QHash<QString, bool> ordered;
    for (auto it = numToAbstract.cbegin(); it != numToAbstract.cend(); ++it) {
        for (int l = 0; l < 9; ++l) {
            const auto found =
                abstractOrdered.constFind(*it + QLatin1Char('/') + QString::number(l));
            if (found != abstractOrdered.cend())
                ordered.insert(it.key() + QLatin1Char('/') + QString::number(l), *found);
        }
    }
    return ordered;
}

QHash<QString, QString> docxLinkTargets(const QByteArray &relationships)
{
    QHash<QString, QString> targets;
    QXmlStreamReader xml(relationships);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship")
            targets.insert(attribute(xml, u"Id"), attribute(xml, u"Target"));
    }
    return targets;
}

class DocxReader
{
public:
    DocxReader(QHash<QString, bool> ordered, QHash<QString, QString> links)
        : m_ordered(std::move(ordered)), m_links(std::move(links))
    {}

    QString read(const QByteArray &document)
    {
        QXmlStreamReader xml(document);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"tbl")
                table(xml);
            else if (xml.name() == u"p")
                paragraph(xml, nullptr);
        }
        return xml.hasError() ? QString() : m_writer.result();
    }

private:
    // A table as Markdown rows; the paragraphs of a cell are joined by spaces.
    void table(QXmlStreamReader &xml)
    {
        QStringList row;
        QString cell;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == u"tbl")
                return;
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"p") {
                    InlineText text;
                    paragraph(xml, &text);
                    cell = (cell + QLatin1Char(' ') + text.text()).trimmed();
                } else if (xml.name() == u"tbl") {
                    table(xml); // a nested table becomes rows of its own
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (xml.name() == u"tc") {
                    row.append(cell);
                    cell.clear();
                } else if (xml.name() == u"tr") {
                    m_writer.tableRow(row);
                    row.clear();
                }
            }
        }
    }

    // One w:p; into \a cell when it is inside a table, else as a block of its own.
    void paragraph(QXmlStreamReader &xml, InlineText *cell)
    {
        InlineText text;
        int heading = 0;
        QString numId;
        int level = 0;
        bool bulletStyle = false;
        bool numberStyle = false;
        bool bold = false;
        bool inRunProperties = false;
        QString link;
        InlineText linkText;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            const QStringView name = xml.name();
            if (token == QXmlStreamReader::EndElement) {
                if (name == u"p")
                    break;
                if (name == u"rPr")
                    inRunProperties = false;
                else if (name == u"hyperlink" && !link.isNull()) {
                    text.addLink(linkText.text(), link);
                    link = QString();
                    linkText = {};
                }
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (name == u"pStyle") {
                const QString style = attribute(xml, u"val");
                if (style.startsWith(QLatin1String("Heading")))
                    heading = qMax(1, style.sliced(7).toInt());
                else if (style == u"Title")
                    heading = 1;
                else if (style.startsWith(QLatin1String("ListBullet")))
                    bulletStyle = true;
                else if (style.startsWith(QLatin1String("ListNumber")))
                    numberStyle = true;
            } else if (name == u"ilvl") {
                level = attribute(xml, u"val").toInt();
            } else if (name == u"numId") {
                numId = attribute(xml, u"val");
            } else if (name == u"r") {
                bold = false;
            } else if (name == u"rPr") {
                inRunProperties = true;
            } else if (name == u"b" && inRunProperties) {
                bold = isTrue(attribute(xml, u"val"));
            } else if (name == u"t") {
                const QString run = xml.readElementText();
                (link.isNull() ? text : linkText).add(run, bold);
            } else if (name == u"tab") {
                (link.isNull() ? text : linkText).add(QStringLiteral(" "), bold);
            } else if (name == u"br" || name == u"cr") {
                (link.isNull() ? text : linkText).add(QStringLiteral(" "), bold);
            } else if (name == u"hyperlink") {
                link = m_links.value(attribute(xml, u"id"), QStringLiteral(""));
                if (link.isEmpty()) // an anchor inside the document: keep the words only
                    link = QString();
            } else if (name == u"del" || name == u"instrText" || name == u"drawing" ||
                       name == u"pict" || name == u"commentReference" ||
                       name == u"footnoteReference") {
                xml.skipCurrentElement(); // tracked deletions, field codes, images, comment marks
            }
        }
        if (cell) {
            *cell = text;
            return;
        }
        const bool listed = (!numId.isEmpty() && numId != u"0") || bulletStyle || numberStyle;
        if (heading > 0)
            m_writer.heading(heading, text);
        else if (listed)
            m_writer.listItem(
                numId.isEmpty() ? QStringLiteral("style") : numId, level,
                numberStyle || m_ordered.value(numId + QLatin1Char('/') + QString::number(level)),
                text);
        else
            m_writer.paragraph(text);
    }

    QHash<QString, bool> m_ordered;
    QHash<QString, QString> m_links;
    MarkdownWriter m_writer;
};

ImportedDocument importDocx(const QByteArray &bytes)
{
    const ZipArchive zip(bytes);
    const QByteArray document = zip.read("word/document.xml");
    if (!zip.isOpen() || document.isNull())
        return {{},
                QStringLiteral("not a Word document that RoleLens can read; save it as "
                               ".docx again, or as .txt")};
    DocxReader reader(docxOrderedLists(zip.read("word/numbering.xml")),
                      docxLinkTargets(zip.read("word/_rels/document.xml.rels")));
    const QString markdown = reader.read(document);
    if (markdown.isNull())
        return {{},
                QStringLiteral("the Word document is damaged; save it again as .docx or "
                               "as .txt")};
    return {markdown, {}};
}

// ---------------------------------------------------------------------------------------
// ODT: content.xml, with bold text styles and list kinds from its automatic styles.

class OdtReader
{
public:
    /// The named styles of styles.xml (a writer may keep bold and list styles there).
    void readStyles(const QByteArray &styles)
    {
        QXmlStreamReader xml(styles);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                readStyle(xml);
        }
    }

    QString read(const QByteArray &content)
    {
        QXmlStreamReader xml(content);
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            const QStringView name = xml.name();
            if (token == QXmlStreamReader::EndElement) {
                if (name == u"list" && !m_lists.isEmpty()) {
                    m_lists.removeLast();
                } else if (name == u"table-row") {
                    m_writer.tableRow(m_row);
                    m_row.clear();
                } else if (name == u"table") {
                    --m_tableDepth;
                }
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (readStyle(xml)) {
                continue;
            } else if (name == u"list") {
                if (m_lists.isEmpty())
                    ++m_listCount;
                const QString style = attribute(xml, u"style-name");
                m_lists.append(style.isEmpty() && !m_lists.isEmpty() ? m_lists.last()
                                                                     : m_orderedLists.value(style));
            } else if (name == u"list-item") {
                m_itemStarts = true;
            } else if (name == u"table") {
                ++m_tableDepth;
            } else if (name == u"h" || name == u"p") {
                const int level =
                    name == u"h" ? qMax(1, attribute(xml, u"outline-level").toInt()) : 0;
                InlineText text;
                // A heading is bold by its style anyway; a paragraph style's bold is the text's.
                inlineContent(xml, &text,
                              level == 0 && m_boldStyles.value(attribute(xml, u"style-name")));
                if (m_tableDepth > 0)
                    m_row.append(text.text());
                else if (level > 0)
                    m_writer.heading(level, text);
                else if (!m_lists.isEmpty() && m_itemStarts)
                    m_writer.listItem(QString::number(m_listCount), int(m_lists.size()) - 1,
                                      m_lists.last(), text);
                else
                    m_writer.paragraph(text);
                m_itemStarts = false;
            } else if (name == u"tracked-changes" || name == u"annotation" || name == u"frame" ||
                       name == u"note") {
                xml.skipCurrentElement();
            }
        }
        return xml.hasError() ? QString() : m_writer.result();
    }

private:
    // A style element: which text styles are bold, which list styles numbered.
    bool readStyle(const QXmlStreamReader &xml)
    {
        const QStringView name = xml.name();
        if (name == u"style" || name == u"list-style")
            m_style = attribute(xml, u"name");
        else if (name == u"text-properties" && attribute(xml, u"font-weight") == u"bold")
            m_boldStyles.insert(m_style, true);
        else if (name == u"list-level-style-number" && attribute(xml, u"level") == u"1")
            m_orderedLists.insert(m_style, true);
        else
            return name == u"text-properties" || name == u"list-level-style-number";
        return true;
    }

    // The text inside a text:h or text:p, up to its end.
    void inlineContent(QXmlStreamReader &xml, InlineText *text, bool bold)
    {
        QList<bool> spans;
        QString link;
        InlineText linkText;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            const QStringView name = xml.name();
            const bool isBold = spans.isEmpty() ? bold : spans.last();
            InlineText &target = link.isNull() ? *text : linkText;
            if (token == QXmlStreamReader::Characters) {
                target.add(xml.text().toString(), isBold);
            } else if (token == QXmlStreamReader::StartElement) {
                if (name == u"span") {
                    spans.append(m_boldStyles.value(attribute(xml, u"style-name"), isBold));
                } else if (name == u"a") {
                    link = attribute(xml, u"href");
                } else if (name == u"s") {
                    const int count = qMax(1, attribute(xml, u"c").toInt());
                    target.add(QString(qMin(count, 80), QLatin1Char(' ')), isBold);
                } else if (name == u"tab" || name == u"line-break") {
                    target.add(QStringLiteral(" "), isBold);
                } else if (name == u"annotation" || name == u"note" || name == u"frame" ||
                           name == u"change-start" || name == u"bookmark") {
                    xml.skipCurrentElement();
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (name == u"h" || name == u"p")
                    return;
                if (name == u"span" && !spans.isEmpty()) {
                    spans.removeLast();
                } else if (name == u"a" && !link.isNull()) {
                    text->addLink(linkText.text(), link);
                    link = QString();
                    linkText = {};
                }
            }
        }
    }

    MarkdownWriter m_writer;
    QHash<QString, bool> m_boldStyles;
    QHash<QString, bool> m_orderedLists;
    QString m_style;
    QList<bool> m_lists; ///< open lists, innermost last: whether each is numbered
    bool m_itemStarts = false;
    int m_listCount = 0; ///< top-level lists so far: each counts its items from 1
    int m_tableDepth = 0;
    QStringList m_row;
};

ImportedDocument importOdt(const QByteArray &bytes)
{
    const ZipArchive zip(bytes);
    const QByteArray content = zip.read("content.xml");
    if (!zip.isOpen() || content.isNull())
        return {{},
                QStringLiteral("not an OpenDocument text that RoleLens can read; save it as "
                               ".odt again, or as .txt")};
    OdtReader reader;
    reader.readStyles(zip.read("styles.xml"));
    const QString markdown = reader.read(content);
    if (markdown.isNull())
        return {{},
                QStringLiteral("the OpenDocument file is damaged; save it again as .odt or "
                               "as .txt")};
    return {markdown, {}};
}

} // namespace

DocumentFormat documentFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return DocumentFormat::Html;
    if (suffix == u"docx")
        return DocumentFormat::Docx;
    if (suffix == u"odt")
        return DocumentFormat::Odt;
    return DocumentFormat::Text;
}

QString markdownFromHtml(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QString markdown = document.toMarkdown(QTextDocument::MarkdownDialectGitHub);
    // Only web and mail links stay links; "javascript:" or "file:" ones keep their words.
    static const QRegularExpression unsafeLink(
        QStringLiteral(R"(\[([^\]]*)\]\((?!https?:|mailto:)(?:[^()\s]|\([^()]*\))*\))"));
    markdown.replace(unsafeLink, QStringLiteral("\\1"));
    // Qt writes a non-breaking space for an empty paragraph and trailing blank lines.
    markdown.replace(QChar(0x00a0), QLatin1Char(' '));
    while (markdown.endsWith(QLatin1String("\n\n")))
        markdown.chop(1);
    return markdown.trimmed().isEmpty() ? QString() : markdown;
}

ImportedDocument importDocument(const QByteArray &bytes, DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Docx:
        return importDocx(bytes);
    case DocumentFormat::Odt:
        return importOdt(bytes);
    case DocumentFormat::Html:
        return {markdownFromHtml(QString::fromUtf8(bytes)), {}};
    case DocumentFormat::Text:
        break;
    }
    return {QString::fromUtf8(bytes), {}};
}

ImportedDocument importDocumentFile(const QString &path, DocumentFormat format)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxInputBytes)
        return {{}, QStringLiteral("larger than the %1 MB limit").arg(kMaxInputBytes >> 20)};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("cannot read: %1").arg(file.errorString())};
    return importDocument(file.readAll(), format);
}

} // namespace rolelens
