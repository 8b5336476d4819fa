#include "export/documentexport.h"
#include "import/documentimport.h"
#include "support/files.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rolelens;

namespace {

// A posting as hiring managers paste it from Word: "•<TAB>" bullets and "1)" numbers, bold,
// a web link and a javascript: one, and a table.
const QString kWordStyle =
    QStringLiteral("# Technical Program Manager\n\n"
                   "We build **payment tools**; see [our site](https://example.com) or "
                   "[this](javascript:alert(1)).\n\n"
                   "## Responsibilities\n"
                   "\u2022\tLead Agile delivery\n"
                   "\u2022\tKeep stakeholders aligned\n\n"
                   "## Steps\n"
                   "1) Apply\n"
                   "2) Meet the team\n\n"
                   "| Level | Pay |\n| --- | --- |\n| Senior | $150,000 |\n");

// What every export keeps of it, read back as Markdown.
const QString kRoundTrip =
    QStringLiteral("# Technical Program Manager\n\n"
                   "We build **payment tools**; see [our site](https://example.com) or this.\n\n"
                   "## Responsibilities\n\n"
                   "- Lead Agile delivery\n- Keep stakeholders aligned\n\n"
                   "## Steps\n\n"
                   "1. Apply\n2. Meet the team\n\n"
                   "| Level | Pay |\n| --- | --- |\n| Senior | $150,000 |\n");

} // namespace

class TestDocumentExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PdfOptions m_options{QStringLiteral("Technical Program Manager"),
                         {},
                         QPageSize::A4,
                         QStringLiteral("posting.md")};

private Q_SLOTS:
    void markdownForExport_makesListsOfWordBullets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bullet and tab")
            << QStringLiteral("\u2022\tLead") << QStringLiteral("- Lead");
        QTest::newRow("middle dot") << QStringLiteral("\u00B7 Lead") << QStringLiteral("- Lead");
        QTest::newRow("en dash, indented")
            << QStringLiteral("  \u2013 Lead") << QStringLiteral("  - Lead");
        QTest::newRow("emoji bullet") << QStringLiteral("\u2705 Lead") << QStringLiteral("- Lead");
        QTest::newRow("number and parenthesis")
            << QStringLiteral("3) Lead") << QStringLiteral("3. Lead");
        QTest::newRow("Markdown stays")
            << QStringLiteral("- Lead\n* Own\n2. Plan") << QStringLiteral("- Lead\n* Own\n2. Plan");
        QTest::newRow("a dash inside a sentence stays")
            << QStringLiteral("Lead \u2013 and own") << QStringLiteral("Lead \u2013 and own");
    }
    void markdownForExport_makesListsOfWordBullets()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(markdownForExport(text), expected);
    }

    void html_isCleanWithListsTablesAndSafeLinks()
    {
        QCOMPARE(postingHtml(kWordStyle, QStringLiteral("TPM <Payments>")),
                 QStringLiteral(
                     "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<title>TPM &lt;Payments&gt;</title>\n</head>\n<body>\n"
                     "<h1>Technical Program Manager</h1>\n"
                     "<p>We build <strong>payment tools</strong>; see <a "
                     "href=\"https://example.com\">our site</a> or this.</p>\n"
                     "<h2>Responsibilities</h2>\n<ul>\n<li>Lead Agile delivery</li>\n"
                     "<li>Keep stakeholders aligned</li></ul>\n<h2>Steps</h2>\n<ol>\n"
                     "<li>Apply</li>\n<li>Meet the team</li></ol>\n<table>\n"
                     "<tr><th>Level</th><th>Pay</th></tr>\n"
                     "<tr><td>Senior</td><td>$150,000</td></tr>\n</table>\n</body>\n</html>\n"));
    }

    void html_readsBackAsTheSamePosting()
    {
        const QString path = m_dir.filePath(QStringLiteral("posting.html"));
        QCOMPARE(exportPosting(kWordStyle, path, ExportFormat::Html, m_options), QString());
        QCOMPARE(importDocument(readBytes(path), DocumentFormat::Html).markdown,
                 QStringLiteral("# Technical Program Manager\n\nWe build **payment tools**; see "
                                "[our site](https://example.com) or this.\n\n## "
                                "Responsibilities\n\n- Lead Agile delivery\n- Keep stakeholders "
                                "aligned\n\n## Steps\n\n1.  Apply\n2.  Meet the team\n\n"
                                "|Level |Pay     |\n|------|--------|\n|Senior|$150,000|\n"));
    }

    // Open DOCX (or ODT), export it, open again: the same text.
    void document_roundTripsItsText_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("exported");
        QTest::addColumn<int>("imported");
        QTest::newRow("docx") << QStringLiteral("docx") << int(ExportFormat::Docx)
                              << int(DocumentFormat::Docx);
        QTest::newRow("odt") << QStringLiteral("odt") << int(ExportFormat::Odt)
                             << int(DocumentFormat::Odt);
    }
    void document_roundTripsItsText()
    {
        QFETCH(QString, suffix);
        QFETCH(int, exported);
        QFETCH(int, imported);
        const QString first = m_dir.filePath(QStringLiteral("first.") + suffix);
        QCOMPARE(exportPosting(kWordStyle, first, ExportFormat(exported), m_options), QString());
        const ImportedDocument opened = importDocument(readBytes(first), DocumentFormat(imported));
        QCOMPARE(opened.error, QString());
        QCOMPARE(opened.markdown, kRoundTrip);
        const QString second = m_dir.filePath(QStringLiteral("second.") + suffix);
        QCOMPARE(exportPosting(opened.markdown, second, ExportFormat(exported), m_options),
                 QString());
        QCOMPARE(importDocument(readBytes(second), DocumentFormat(imported)).markdown, kRoundTrip);
    }

    // The converters other people use read the exports: LibreOffice's where it is installed,
    // else pandoc's (installed by .ci/run).
    void otherConverters_readTheExports_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("docx") << QStringLiteral("other.docx");
        QTest::newRow("odt") << QStringLiteral("other.odt");
        QTest::newRow("html") << QStringLiteral("other.html");
    }
    void otherConverters_readTheExports()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QCOMPARE(exportPosting(kWordStyle, path, *exportFormatOf(path), m_options), QString());
        QProcess convert;
        convert.setWorkingDirectory(m_dir.path());
        QString text;
        if (const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
            !soffice.isEmpty()) {
            convert.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                    QStringLiteral("txt:Text (encoded):UTF8"), path});
            QVERIFY(convert.waitForFinished(120000));
            text = QString::fromUtf8(readBytes(
                m_dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".txt"))));
        } else if (const QString pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));
                   !pandoc.isEmpty()) {
            convert.start(pandoc, {QStringLiteral("-t"), QStringLiteral("plain"), path});
            QVERIFY(convert.waitForFinished(60000));
            QCOMPARE(convert.exitCode(), 0);
            text = QString::fromUtf8(convert.readAllStandardOutput());
        } else {
            QSKIP("neither soffice (LibreOffice) nor pandoc is installed");
        }
        for (const char *words : {"Technical Program Manager", "payment tools",
                                  "Keep stakeholders aligned", "Meet the team", "$150,000"})
            QVERIFY2(text.contains(QLatin1String(words)), qPrintable(text));
    }

    void formats_bySuffix()
    {
        QCOMPARE(exportFormatOf(QStringLiteral("a.DOCX")), ExportFormat::Docx);
        QCOMPARE(exportFormatOf(QStringLiteral("a.odt")), ExportFormat::Odt);
        QCOMPARE(exportFormatOf(QStringLiteral("a.htm")), ExportFormat::Html);
        QCOMPARE(exportFormatOf(QStringLiteral("a.pdf")), ExportFormat::Pdf);
        QCOMPARE(exportFormatOf(QStringLiteral("a.md")), std::nullopt);
    }

    void unwritablePath_isAnError_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("docx") << int(ExportFormat::Docx);
        QTest::newRow("odt") << int(ExportFormat::Odt);
        QTest::newRow("html") << int(ExportFormat::Html);
    }
    void unwritablePath_isAnError()
    {
        QFETCH(int, format);
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/posting.out"));
        QVERIFY(!exportPosting(kWordStyle, path, ExportFormat(format), m_options).isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestDocumentExport)
#include "tst_documentexport.moc"
