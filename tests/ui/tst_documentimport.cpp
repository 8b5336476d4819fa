#include "editor/postingeditor.h"
#include "engine/analyzer.h"
#include "import/documentimport.h"
#include "support/describefindings.h"
#include "support/rulesonly.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTest>
#include <zip.h>

using namespace rolelens;

namespace {

// A zip container with the given entries, written with libzip as Word and LibreOffice do.
QByteArray zipOf(const QList<QPair<const char *, QByteArray>> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(buffer);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    for (const auto &[name, data] : entries) {
        zip_source_t *source =
            zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
    }
    zip_close(archive);
    QByteArray out;
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    out.resize(qsizetype(zip_source_tell(buffer)));
    zip_source_seek(buffer, 0, SEEK_SET);
    zip_source_read(buffer, out.data(), zip_uint64_t(out.size()));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

const char *const kWord =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

QByteArray wordXml(const char *root, const QByteArray &body)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:") + root + ' ' + kWord + '>' +
           body + "</w:" + root + '>';
}

QByteArray paragraph(const QByteArray &properties, const QByteArray &runs)
{
    return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";
}

QByteArray run(const QByteArray &text, bool bold = false)
{
    return QByteArray("<w:r>") + (bold ? "<w:rPr><w:b/></w:rPr>" : "") +
           "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

QByteArray listItem(int numId, const QByteArray &text)
{
    return paragraph("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + QByteArray::number(numId) +
                         "\"/></w:numPr>",
                     run(text));
}

// A Word posting with a title, bold, a tracked deletion, bullets, numbered steps, a link and
// a table.
QByteArray wordPosting()
{
    const QByteArray body =
        paragraph(R"(<w:pStyle w:val="Heading1"/>)", run("Technical Program Manager")) +
        paragraph({},
                  run("We build ") + run("payment tools ", true) + run("for shops.") +
                      R"(<w:del w:id="1"><w:r><w:delText>Old words.</w:delText></w:r></w:del>)") +
        paragraph(R"(<w:pStyle w:val="Heading2"/>)", run("Requirements")) +
        listItem(1, "Expertise in Java and Python.") + listItem(1, "Write production code.") +
        listItem(2, "Plan the release") + listItem(2, "Track its risks") +
        R"(<w:p><w:hyperlink r:id="rId9"><w:r><w:t>Apply here</w:t></w:r></w:hyperlink></w:p>)" +
        "<w:tbl><w:tr><w:tc>" + paragraph({}, run("Level")) + "</w:tc><w:tc>" +
        paragraph({}, run("Pay")) + "</w:tc></w:tr><w:tr><w:tc>" + paragraph({}, run("Senior")) +
        "</w:tc><w:tc>" + paragraph({}, run("$150,000")) + "</w:tc></w:tr></w:tbl>";
    const QByteArray numbering =
        R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>)"
        R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>)"
        R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>)";
    const QByteArray relationships =
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId9" Type="hyperlink" Target="https://example.com/apply" TargetMode="External"/></Relationships>)";
    return zipOf({{"word/document.xml", wordXml("document", "<w:body>" + body + "</w:body>")},
                  {"word/numbering.xml", wordXml("numbering", numbering)},
                  {"word/_rels/document.xml.rels", relationships}});
}

const QString kPostingMarkdown = QStringLiteral(
    "# Technical Program Manager\n\nWe build **payment tools** for shops.\n\n## Requirements\n\n"
    "- Expertise in Java and Python.\n- Write production code.\n1. Plan the release\n"
    "2. Track its risks\n\n[Apply here](https://example.com/apply)\n\n| Level | Pay |\n"
    "| --- | --- |\n| Senior | $150,000 |\n");

// The same posting as an OpenDocument text, with a tracked change and a comment.
QByteArray odtPosting()
{
    const QByteArray content = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink">
<office:automatic-styles>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1"/></text:list-style>
 <text:list-style style:name="L2"><text:list-level-style-number text:level="1"/></text:list-style>
</office:automatic-styles>
<office:body><office:text>
 <text:tracked-changes><text:changed-region><text:deletion><text:p>Old words.</text:p></text:deletion></text:changed-region></text:tracked-changes>
 <text:h text:outline-level="1">Technical Program Manager</text:h>
 <text:p>We build <text:span text:style-name="T1">payment tools</text:span> for shops.<office:annotation><text:p>A comment</text:p></office:annotation></text:p>
 <text:h text:outline-level="2">Requirements</text:h>
 <text:list text:style-name="L1">
  <text:list-item><text:p>Expertise in Java and Python.</text:p></text:list-item>
  <text:list-item><text:p>Write production code.</text:p></text:list-item>
 </text:list>
 <text:list text:style-name="L2">
  <text:list-item><text:p>Plan the release</text:p></text:list-item>
  <text:list-item><text:p>Track its risks</text:p></text:list-item>
 </text:list>
 <text:p><text:a xlink:href="https://example.com/apply">Apply here</text:a></text:p>
 <table:table><table:table-row><table:table-cell><text:p>Level</text:p></table:table-cell><table:table-cell><text:p>Pay</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell><text:p>Senior</text:p></table:table-cell><table:table-cell><text:p>$150,000</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>)";
    return zipOf(
        {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content}});
}

// A saved web page: a style sheet, a script that must not become text, and a javascript: link.
const char *const kWebPage =
    "<!DOCTYPE html><html><head><title>Job</title><style>p { color: red }</style>"
    "<script>var text = 'Write production code';</script></head><body>"
    "<h1>Technical Program Manager</h1><p>We build <b>payment tools</b> for shops.</p>"
    "<h2>Requirements</h2><ul><li>Expertise in Java and Python.</li>"
    "<li>Write production code.</li></ul>"
    "<p><a href=\"https://example.com/apply\">Apply here</a> or "
    "<a href=\"javascript:alert(1)\">there</a></p></body></html>";

} // namespace

class TestDocumentImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("docx") << "a/Posting.DOCX" << int(DocumentFormat::Docx);
        QTest::newRow("odt") << "posting.odt" << int(DocumentFormat::Odt);
        QTest::newRow("html") << "posting.html" << int(DocumentFormat::Html);
        QTest::newRow("htm") << "posting.htm" << int(DocumentFormat::Html);
        QTest::newRow("markdown") << "posting.md" << int(DocumentFormat::Text);
        QTest::newRow("no suffix") << "posting" << int(DocumentFormat::Text);
    }
    void formats()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QCOMPARE(int(documentFormatOf(path)), format);
    }

    void docx_keepsStructureDropsClutter()
    {
        const ImportedDocument document = importDocument(wordPosting(), DocumentFormat::Docx);
        QCOMPARE(document.error, QString());
        QCOMPARE(document.markdown, kPostingMarkdown);
    }

    void odt_keepsStructureDropsClutter()
    {
        const ImportedDocument document = importDocument(odtPosting(), DocumentFormat::Odt);
        QCOMPARE(document.error, QString());
        QCOMPARE(document.markdown, kPostingMarkdown);
    }

    void html_dropsScriptsStylesAndUnsafeLinks()
    {
        const ImportedDocument document =
            importDocument(QByteArray(kWebPage), DocumentFormat::Html);
        QCOMPARE(document.error, QString());
        QCOMPARE(document.markdown,
                 QStringLiteral("# Technical Program Manager\n\nWe build **payment tools** for "
                                "shops.\n\n## Requirements\n\n- Expertise in Java and Python.\n"
                                "- Write production code.\n\n[Apply here](https://example.com/"
                                "apply) or there\n"));
    }

    void brokenDocuments_sayWhatToDo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("error");
        const QString word = QStringLiteral(
            "not a Word document that RoleLens can read; save it as .docx again, or as .txt");
        QTest::newRow("not a zip")
            << QByteArray("plain words") << int(DocumentFormat::Docx) << word;
        QTest::newRow("a zip without the document")
            << zipOf({{"other.xml", "<a/>"}}) << int(DocumentFormat::Docx) << word;
        QTest::newRow("damaged XML")
            << zipOf({{"word/document.xml", "<w:document><w:body>"}}) << int(DocumentFormat::Docx)
            << QStringLiteral("the Word document is damaged; save it again as .docx or as .txt");
        QTest::newRow("odt without content")
            << zipOf({{"mimetype", "x"}}) << int(DocumentFormat::Odt)
            << QStringLiteral("not an OpenDocument text that RoleLens can read; save it as .odt "
                              "again, or as .txt");
    }
    void brokenDocuments_sayWhatToDo()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QFETCH(QString, error);
        const ImportedDocument document = importDocument(bytes, DocumentFormat(format));
        QCOMPARE(document.error, error);
        QCOMPARE(document.markdown, QString());
    }

    // The converted posting is analysed like its plain-text twin: the same findings.
    void convertedPosting_hasTheFindingsOfItsTextTwin()
    {
        const Analyzer analyzer(builtinRulesWithoutModel());
        const QString twin = QStringLiteral(
            "# Technical Program Manager\n\nWe build payment tools for shops.\n\n"
            "## Requirements\n\n- Expertise in Java and Python.\n- Write production code.\n");
        const QStringList expected = describeFindings(twin, analyzer.analyze(twin));
        QVERIFY(expected.size() >= 2);
        for (const QByteArray &bytes : {odtPosting(), wordPosting()}) {
            const QString markdown =
                importDocument(bytes,
                               bytes == odtPosting() ? DocumentFormat::Odt : DocumentFormat::Docx)
                    .markdown;
            const QStringList found = describeFindings(markdown, analyzer.analyze(markdown));
            for (const QString &finding : expected)
                QVERIFY2(found.contains(finding), qPrintable(finding));
        }
    }

    void paste_htmlBecomesMarkdown_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pasted");
        QTest::newRow("HTML only") << QStringLiteral("<h2>Requirements</h2><ul><li>Lead "
                                                     "<b>Agile</b> delivery</li></ul>")
                                   << QString()
                                   << QStringLiteral("## Requirements\n\n- Lead **Agile** "
                                                     "delivery");
        QTest::newRow("browser: HTML and text")
            << QStringLiteral("<ul><li>Own risks</li><li>Run stand-ups</li></ul>")
            << QStringLiteral("Own risks\nRun stand-ups")
            << QStringLiteral("- Own risks\n- Run stand-ups");
        QTest::newRow("code editor: styled divs keep the text")
            << QStringLiteral("<div><span style=\"color:#333\"># Title</span><br></div>")
            << QStringLiteral("# Title") << QStringLiteral("# Title");
    }
    void paste_htmlBecomesMarkdown()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(QString, pasted);
        PostingEditor editor;
        auto *clipboard = new QMimeData; // the clipboard takes it
        clipboard->setHtml(html);
        if (!text.isEmpty())
            clipboard->setText(text);
        QApplication::clipboard()->setMimeData(clipboard);
        editor.paste();
        QCOMPARE(editor.toPlainText(), pasted);
    }
};

QTEST_MAIN(TestDocumentImport)
#include "tst_documentimport.moc"
