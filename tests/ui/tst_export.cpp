#include "engine/analyzer.h"
#include "export/pdfexporter.h"
#include "export/pdflayout.h"
#include "report/reports.h"
#include "review/baseline.h"
#include "review/review.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextFrame>
#include <QTextTable>

using namespace rolelens;

namespace {

// Output of a poppler-utils tool (Debian package poppler-utils).
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qWarning() << tool << "failed:" << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of \a pdf; with \a layout, as laid out on the page, else in reading order.
QString pdfText(const QString &pdf, bool layout = true)
{
    QStringList arguments{pdf, QStringLiteral("-")};
    if (layout)
        arguments.prepend(QStringLiteral("-layout"));
    return poppler(QStringLiteral("pdftotext"), arguments);
}

// "Key: value" lines of pdfinfo as a map.
QMap<QString, QString> pdfInfo(const QString &pdf, const QStringList &extra = {})
{
    QMap<QString, QString> info;
    for (const QString &line :
         poppler(QStringLiteral("pdfinfo"), extra + QStringList{pdf}).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return info;
}

// The text of each page of \a pdf, in order.
QStringList pdfPages(const QString &pdf)
{
    QStringList pages;
    const int count = pdfInfo(pdf).value(QStringLiteral("Pages")).toInt();
    for (int page = 1; page <= count; ++page)
        pages.append(poppler(QStringLiteral("pdftotext"),
                             {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                              QString::number(page), pdf, QStringLiteral("-")}));
    return pages;
}

// The items "<Name>NNstart ... <name>NNend" on \a pages: how many start, and those that end on
// another page than they start on ("Bullet 07 on page 1").
struct PageItems
{
    int count = 0;
    QStringList split;
};

PageItems itemsOnPages(const QStringList &pages, const QString &name)
{
    PageItems items;
    const QRegularExpression start(name + QStringLiteral(R"((\d+)start)"));
    const QString end = name.front().toLower() + name.mid(1) + QStringLiteral("%1end");
    for (qsizetype page = 0; page < pages.size(); ++page) {
        for (auto it = start.globalMatch(pages[page]); it.hasNext(); ++items.count) {
            const QString number = it.next().captured(1);
            if (!pages[page].contains(end.arg(number)))
                items.split.append(
                    QStringLiteral("%1 %2 on page %3").arg(name, number).arg(page + 1));
        }
    }
    return items;
}

const QString kPosting = QStringLiteral("# Technical Project Manager\n\n"
                                        "Lead **delivery** across teams.\n\n"
                                        "## Responsibilities\n"
                                        "- Run Scrum ceremonies\n"
                                        "- Keep stakeholders aligned\n\n"
                                        "## Requirements\n"
                                        "- Expertise in Java and AWS\n\n"
                                        "![team photo](LOCAL_IMAGE)\n");

const QString kReviewed = QStringLiteral("# Technical Project Manager\n\n"
                                         "## Responsibilities\n"
                                         "- Run Scrum ceremonies\n"
                                         "- Write SQL queries for the monthly reports\n\n"
                                         "## Requirements\n"
                                         "- Expertise in Java and AWS\n");
const QString kEarlier = QStringLiteral("# Technical Project Manager\n\n"
                                        "## Requirements\n"
                                        "- Expertise in Java and AWS\n"
                                        "- Master's degree in Computer Science\n");

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(hour, minute), Qt::UTC);
}

TextAnchor anchorOn(const QString &text, const QString &quote)
{
    return {text.indexOf(quote), quote.size(), quote};
}

// kReviewed with a review (a comment, a comment whose text is gone, a finding kept on
// purpose) and compared with kEarlier. As the editor may, it leaves the kept finding in the
// analysis: the report must leave it out itself.
FileReport reviewedReport()
{
    const Analyzer analyzer;
    FileReport report{QStringLiteral("/postings/tpm.md"), kReviewed, analyzer.analyze(kReviewed)};
    Review review;
    review.addComment({QStringLiteral("c1"), anchorOn(kReviewed, QStringLiteral("monthly reports")),
                       QStringLiteral("Dana \u00C5berg"), at(9, 30),
                       QStringLiteral("Who reads these reports?")});
    TextAnchor gone{10, 0, QStringLiteral("remote first"), true};
    review.addComment({QStringLiteral("c2"), gone, QStringLiteral("Sam"), at(9, 45),
                       QStringLiteral("Say where the team works.")});
    review.decide({QStringLiteral("execution-duty/queries-data"),
                   anchorOn(kReviewed, QStringLiteral("Write SQL queries")), DecisionKind::Kept,
                   QStringLiteral("this role really owns the SQL reports"),
                   QStringLiteral("Dana \u00C5berg"), at(9, 31)});
    addBaseline(&report, QStringLiteral("/postings/tpm-v1.md"), kEarlier, analyzer);
    addReview(&report, review);
    return report;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_image;

    [[nodiscard]] QString posting() const
    {
        return QString(kPosting).replace(QStringLiteral("LOCAL_IMAGE"), m_image);
    }

    // Rows for a test that runs at both page sizes RoleLens exports to.
    static void pageSizes()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A real image beside the posting: the exporter must not read it.
        m_image = m_dir.filePath(QStringLiteral("photo.png"));
        QImage image(200, 200, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(m_image));
    }

    void posting_rendersMarkdownAsADocument()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("posting.pdf"));
        const auto document = PdfExporter::postingDocument(posting());
        QCOMPARE(PdfExporter::writePdf(*document, pdf,
                                       {PdfExporter::firstHeading(posting()),
                                        QStringLiteral("Ada Lovelace"), QPageSize::A4,
                                        QStringLiteral("posting.md")}),
                 QString());
        const QString text = pdfText(pdf);
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        // Headings in order, no markup, and bullets indented as list items (the bullet
        // itself is drawn, not text).
        QCOMPARE(lines.mid(0, 7), (QStringList{QStringLiteral("Technical Project Manager"),
                                               QStringLiteral("Lead delivery across teams."),
                                               QStringLiteral("Responsibilities"),
                                               QStringLiteral("Run Scrum ceremonies"),
                                               QStringLiteral("Keep stakeholders aligned"),
                                               QStringLiteral("Requirements"),
                                               QStringLiteral("Expertise in Java and AWS")}));
        const auto indent = [&](const QString &needle) {
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (line.trimmed() == needle)
                    return line.indexOf(needle);
            }
            return qsizetype(-1);
        };
        QVERIFY(indent(QStringLiteral("Run Scrum ceremonies")) >
                indent(QStringLiteral("Responsibilities")));
        QVERIFY(!text.contains(QLatin1Char('#')));
        QVERIFY(!text.contains(QLatin1String("**")));
        QVERIFY(!text.contains(QLatin1String("- Run")));
        QCOMPARE(lines.last(), QStringLiteral("1")); // the page number in the footer
    }

    void posting_carriesMetadataAndPageSize_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QString>("expected");
        QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("Letter") << int(QPageSize::Letter)
                                << QStringLiteral("612 x 792 pts (letter)");
    }

    void posting_carriesMetadataAndPageSize()
    {
        QFETCH(int, pageSize);
        QFETCH(QString, expected);
        const QString pdf = m_dir.filePath(QStringLiteral("meta.pdf"));
        const auto document = PdfExporter::postingDocument(posting());
        QCOMPARE(PdfExporter::writePdf(
                     *document, pdf,
                     {QStringLiteral("Technical Project Manager"), QStringLiteral("Ada Lovelace"),
                      QPageSize::PageSizeId(pageSize), QStringLiteral("posting.md")}),
                 QString());
        const QMap<QString, QString> info = pdfInfo(pdf);
        QCOMPARE(info.value(QStringLiteral("Title")), QStringLiteral("Technical Project Manager"));
        QCOMPARE(info.value(QStringLiteral("Creator")), QStringLiteral("RoleLens"));
        QCOMPARE(info.value(QStringLiteral("Page size")), expected);
        QCOMPARE(info.value(QStringLiteral("Pages")), QStringLiteral("1"));
        const QString xmp = poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY(xmp.contains(QLatin1String(
            "<dc:creator><rdf:Seq><rdf:li>Ada Lovelace</rdf:li></rdf:Seq></dc:creator>")));
        // Every font is embedded: the "emb" column of pdffonts says yes.
        const QStringList fonts = poppler(QStringLiteral("pdffonts"), {pdf})
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                      .mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts) {
            const QStringList columns = font.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(columns.value(columns.size() - 5),
                     QStringLiteral("yes")); // emb sub uni id gen
        }
    }

    // The posting's headings become the PDF's bookmarks, nested by level and pointing at the
    // page and place each heading landed on; the catalog names the language. qpdf, which
    // .ci/run installs, checks the structure and reads the outline.
    void posting_hasAnOutlineAndALanguage_data() { pageSizes(); }
    void posting_hasAnOutlineAndALanguage()
    {
        QFETCH(int, pageSize);
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (qpdf.isEmpty())
            QSKIP("qpdf is not installed");
        // Long enough for "Requirements" to land on the second page.
        QString text = QStringLiteral("# Technical Project Manager\n\n## Responsibilities\n");
        for (int i = 0; i < 60; ++i)
            text += QStringLiteral("- Keep stakeholder group %1 aligned on delivery\n").arg(i);
        text += QStringLiteral("\n## Requirements\n- PMP certification\n");
        const QString pdf = m_dir.filePath(QStringLiteral("outline.pdf"));
        const auto document = PdfExporter::postingDocument(text);
        QCOMPARE(
            PdfExporter::writePdf(*document, pdf, {{}, {}, QPageSize::PageSizeId(pageSize), {}}),
            QString());
        QProcess check;
        check.start(qpdf, {QStringLiteral("--check"), pdf});
        QVERIFY(check.waitForFinished(30000));
        QCOMPARE(check.exitCode(), 0);
        QProcess json;
        json.start(qpdf, {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), pdf});
        QVERIFY(json.waitForFinished(30000));
        const QJsonObject root = QJsonDocument::fromJson(json.readAllStandardOutput()).object();
        const QJsonArray outlines = root.value(QLatin1String("outlines")).toArray();
        QCOMPARE(outlines.size(), 1);
        const QJsonObject title = outlines.first().toObject();
        QCOMPARE(title.value(QLatin1String("title")).toString(),
                 QStringLiteral("Technical Project Manager"));
        const QJsonArray kids = title.value(QLatin1String("kids")).toArray();
        QCOMPARE(kids.size(), 2);
        QCOMPARE(kids[0].toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Responsibilities"));
        QCOMPARE(kids[0].toObject().value(QLatin1String("destpageposfrom1")).toInt(), 1);
        QCOMPARE(kids[1].toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Requirements"));
        const int page = kids[1].toObject().value(QLatin1String("destpageposfrom1")).toInt();
        QVERIFY(page >= 2);
        // The bookmark points at the heading: its height on the page is where pdftotext
        // finds the word, within a point.
        const double destY =
            kids[1].toObject().value(QLatin1String("dest")).toArray()[3].toDouble();
        const QString boxes =
            poppler(QStringLiteral("pdftotext"),
                    {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                     QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        const QRegularExpressionMatch word =
            QRegularExpression(QStringLiteral(R"re(yMin="([\d.]+)"[^>]*>Requirements<)re"))
                .match(boxes);
        QVERIFY(word.hasMatch());
        const double pageHeight = pageSize == int(QPageSize::A4) ? 842 : 792;
        QVERIFY2(qAbs(pageHeight - word.captured(1).toDouble() - destY) < 1.0,
                 qPrintable(QString::number(destY)));
        // The catalog, as the trailer names it, carries the language.
        const auto show = [&](const QString &object) {
            QProcess process;
            process.start(qpdf, {QStringLiteral("--show-object=") + object, pdf});
            process.waitForFinished(30000);
            return QString::fromLatin1(process.readAllStandardOutput());
        };
        const QRegularExpressionMatch catalog =
            QRegularExpression(QStringLiteral(R"(/Root (\d+) 0 R)"))
                .match(show(QStringLiteral("trailer")));
        QVERIFY(catalog.hasMatch());
        QVERIFY(show(catalog.captured(1)).contains(QLatin1String("/Lang (en-US)")));
    }

    // A bullet that would run over a page break starts on the next page instead.
    void posting_neverSplitsABulletAcrossPages_data() { pageSizes(); }
    void posting_neverSplitsABulletAcrossPages()
    {
        QFETCH(int, pageSize);
        QString text = QStringLiteral("# Technical Project Manager\n\n");
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("- Bullet%1start keeps stakeholders aligned through weekly "
                                   "updates, risk reviews, dependency tracking and clear "
                                   "escalation paths for every squad bullet%1end\n")
                        .arg(i, 2, 10, QLatin1Char('0'));
        const QString pdf = m_dir.filePath(QStringLiteral("bullets.pdf"));
        const auto document = PdfExporter::postingDocument(text);
        QCOMPARE(
            PdfExporter::writePdf(*document, pdf, {{}, {}, QPageSize::PageSizeId(pageSize), {}}),
            QString());
        const QStringList pages = pdfPages(pdf);
        QVERIFY(pages.size() >= 2);
        const PageItems bullets = itemsOnPages(pages, QStringLiteral("Bullet"));
        QCOMPARE(bullets.split, QStringList{});
        QCOMPARE(bullets.count, 40);
    }

    // A table longer than a page breaks between rows, never inside one, and its header rows
    // start every page it runs onto.
    void table_neverSplitsARowAcrossPages_data() { pageSizes(); }
    void table_neverSplitsARowAcrossPages()
    {
        QFETCH(int, pageSize);
        QString html = QStringLiteral("<p>Findings</p><table border=\"1\" width=\"100%\"><thead>"
                                      "<tr><th>Line</th><th>Finding</th></tr>"
                                      "<tr><td colspan=\"2\">Rule reasoning</td></tr></thead>");
        for (int i = 0; i < 30; ++i)
            html += QStringLiteral("<tr><td>%1</td><td>Row%1start<br/>keeps<br/>stakeholders<br/>"
                                   "aligned<br/>through<br/>weekly<br/>updates row%1end</td></tr>")
                        .arg(i, 2, 10, QLatin1Char('0'));
        QTextDocument document;
        document.setHtml(html + QStringLiteral("</table><p>After the table</p>"));
        const QString pdf = m_dir.filePath(QStringLiteral("rows.pdf"));
        QCOMPARE(
            PdfExporter::writePdf(document, pdf, {{}, {}, QPageSize::PageSizeId(pageSize), {}}),
            QString());
        const QStringList pages = pdfPages(pdf);
        QVERIFY(pages.size() >= 2);
        const PageItems rows = itemsOnPages(pages, QStringLiteral("Row"));
        QCOMPARE(rows.split, QStringList{});
        QCOMPARE(rows.count, 30);
        for (const QString &page : pages) {
            if (page.contains(QLatin1String("start")))
                QVERIFY(page.contains(QLatin1String("Rule reasoning")));
        }
        QVERIFY(pdfText(pdf).contains(QLatin1String("After the table")));
    }

    // Emoji print from Symbola's outlines (PDF readers cannot draw colour emoji bitmaps).
    void posting_printsEmojiWithAnOutlineFont()
    {
        if (!QFontDatabase::families().contains(QStringLiteral("Symbola")))
            QSKIP("fonts-symbola is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("emoji.pdf"));
        const auto document = PdfExporter::postingDocument(
            QStringLiteral("# Join us \U0001F680\n\nLead delivery.\n"));
        QCOMPARE(PdfExporter::writePdf(*document, pdf, {}), QString());
        const QString fonts = poppler(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QLatin1String("Symbola")), qPrintable(fonts));
        QVERIFY(!fonts.contains(QLatin1String("NotoColorEmoji")));
    }

    void outline_leavesOtherFilesAlone()
    {
        QCOMPARE(withOutlineAndLanguage(QByteArray("not a PDF"), {}, QStringLiteral("en-US")),
                 QByteArray());
    }

    void posting_neverEmbedsReferencedFiles()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("image.pdf"));
        const auto document = PdfExporter::postingDocument(posting());
        QCOMPARE(PdfExporter::writePdf(*document, pdf, {}), QString());
        const QStringList images =
            poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), qsizetype(2)); // the two header lines: no image
        QVERIFY(QFileInfo(pdf).size() < 60000);
    }

    void report_listsScoreCoverageAndFindings()
    {
        const QString text = posting();
        const Analysis analysis = Analyzer().analyze(text);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const auto document =
            PdfExporter::reportDocument(analysis, text, QStringLiteral("posting.md"));
        QCOMPARE(PdfExporter::writePdf(*document, pdf,
                                       {QStringLiteral("RoleLens review"),
                                        {},
                                        QPageSize::A4,
                                        QStringLiteral("posting.md")}),
                 QString());
        // No ligature code points in the text layer: "fi" is two letters, findable.
        const QString report = pdfText(pdf, false).simplified();
        QVERIFY(std::none_of(report.cbegin(), report.cend(), [](QChar c) {
            return c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06;
        }));
        QVERIFY(report.contains(QStringLiteral("certifications")));
        QVERIFY(
            report.startsWith(QStringLiteral("RoleLens review report Posting: posting.md Date: ")));
        QVERIFY(report.contains(
            QStringLiteral("Score %1/100 Verdict: misclassified").arg(analysis.score)));
        QVERIFY(report.contains(QStringLiteral("Balance: leadership %1%, execution %2%")
                                    .arg(analysis.balance.leadership)
                                    .arg(analysis.balance.execution)));
        QVERIFY(report.contains(QStringLiteral("Coverage of TPM topics")));
        QVERIFY(report.contains(QStringLiteral("Agile delivery: covered")));
        QVERIFY(report.contains(QStringLiteral("Project management certifications: missing.")));
        QVERIFY(report.contains(QStringLiteral("Findings (1)")));
        QVERIFY(report.contains(QStringLiteral("\u201cExpertise in Java and AWS\u201d")));
        QVERIFY(report.contains(QStringLiteral("Error \u00b7 Coding demand")));
        QVERIFY(report.contains(QStringLiteral("misclassified")));
    }

    // Errors come before warnings and notes, and a rule's reasoning is printed once above all
    // its instances; the findings table's header is a header row Qt repeats on every page.
    void report_groupsFindingsByRuleInSeverityOrder()
    {
        const QString text = QStringLiteral("# Technical Project Manager\n\n#Hiring now\n"
                                            "- Expertise in Java\n- Expertise in Rust\n"
                                            "- Familiarity with Go is a plus\n");
        const Analysis analysis = Analyzer().analyze(text);
        const auto document = PdfExporter::reportDocument(analysis, text, QStringLiteral("p.md"));
        const QString plain = document->toPlainText();
        QVERIFY(plain.indexOf(QStringLiteral("Error \u00b7")) <
                plain.indexOf(QStringLiteral("Info \u00b7")));
        const QString expertise = [&] {
            for (const Finding &f : analysis.findings) {
                if (f.ruleId == QLatin1String("coding-demand/expertise"))
                    return f.rationale;
            }
            return QString();
        }();
        QVERIFY(!expertise.isEmpty());
        QCOMPARE(plain.count(expertise), 1);
        QVERIFY(plain.indexOf(QStringLiteral("\u201cExpertise in Java\u201d")) <
                plain.indexOf(QStringLiteral("\u201cExpertise in Rust\u201d")));
        QTextTable *table = nullptr;
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            if (auto *found = qobject_cast<QTextTable *>(frame))
                table = found;
        }
        QVERIFY(table);
        // The column titles and the rule's row repeat on every page the table runs onto.
        QCOMPARE(table->format().headerRowCount(), 2);
    }

    void reviewReport_listsCommentsDecisionsAndChanges()
    {
        const auto document = PdfExporter::reportDocument(reviewedReport());
        const QStringList lines = document->toPlainText().split(u'\n');
        // The lines from \a first on, as many as \a expected has.
        const auto section = [&lines](const QString &first, const QStringList &expected) {
            return lines.mid(lines.indexOf(first), expected.size());
        };
        const auto when = [](int hour, int minute) {
            return QLocale().toString(at(hour, minute).toLocalTime(), QLocale::ShortFormat);
        };
        QCOMPARE(lines.value(1), QStringLiteral("Posting: tpm.md"));

        const QStringList changes{
            QStringLiteral("Changes since tpm-v1.md"), QStringLiteral("Score: 61 \u2192 63 (+2)"),
            QStringLiteral("Verdict: misclassified \u2192 misclassified"),
            QStringLiteral("Errors: 2 \u2192 2 (\u00b10) \u00b7 Warnings: 0 \u2192 0 (\u00b10)"),
            QStringLiteral("Findings fixed: 1 (lines in tpm-v1.md)"),
            QStringLiteral("Error, line 5: \u201cMaster's degree in Computer Science\u201d \u2014 "
                           "Makes a Master's degree in Computer Science a requirement."),
            // The SQL finding is new, but the review keeps it.
            QStringLiteral("New findings: 0"), QStringLiteral("Coverage of TPM topics")};
        QCOMPARE(section(changes.first(), changes), changes);

        // The kept finding is not among the open ones.
        const QStringList findings{
            QStringLiteral("Findings (1)"),
            QStringLiteral("Findings the reviewer kept on purpose are listed under Decisions "
                           "instead."),
            QStringLiteral("Line"),
            QStringLiteral("Finding"),
            QStringLiteral("Suggestion"),
            QStringLiteral("Error \u00b7 Coding demand (coding-demand/expertise)")};
        QCOMPARE(section(findings.first(), findings), findings);
        const QStringList instance{
            QStringLiteral("8"), QStringLiteral("\u201cExpertise in Java and AWS\u201d"),
            QStringLiteral("Demands hands-on expertise in Java and AWS, which is an engineer's "
                           "job, not a project leader's.")};
        QCOMPARE(section(instance.first(), instance), instance);
        // The reviewers are on the cover: the review's authors.
        QCOMPARE(lines.value(3), QStringLiteral("Reviewed by: Dana \u00C5berg, Sam"));

        const QStringList review{QStringLiteral("Review comments (2)"),
                                 QStringLiteral("Line"),
                                 QStringLiteral("On"),
                                 QStringLiteral("Comment"),
                                 QStringLiteral("5"),
                                 QStringLiteral("\u201cmonthly reports\u201d"),
                                 QStringLiteral("Who reads these reports?"),
                                 QStringLiteral("Dana \u00C5berg, ") + when(9, 30),
                                 QStringLiteral("\u2013"),
                                 QStringLiteral("\u201cremote first\u201d"),
                                 QStringLiteral("No longer in the posting."),
                                 QStringLiteral("Say where the team works."),
                                 QStringLiteral("Sam, ") + when(9, 45),
                                 QString(),
                                 QStringLiteral("Decisions (1)"),
                                 QStringLiteral("Line"),
                                 QStringLiteral("Finding"),
                                 QStringLiteral("Decision"),
                                 QStringLiteral("Reason"),
                                 QStringLiteral("5"),
                                 QStringLiteral("\u201cWrite SQL queries\u201d"),
                                 QStringLiteral("Kept on purpose"),
                                 QStringLiteral("execution-duty/queries-data"),
                                 QStringLiteral("this role really owns the SQL reports"),
                                 QStringLiteral("Dana \u00C5berg, ") + when(9, 31)};
        QCOMPARE(section(review.first(), review), review);
        QCOMPARE(lines.filter(QStringLiteral("Write SQL queries")).size(), qsizetype(1));
    }

    void report_withoutReviewOrBaseline_hasNeitherSection()
    {
        const QString text = posting();
        const auto document =
            PdfExporter::reportDocument(Analyzer().analyze(text), text, QStringLiteral("a.md"));
        const QString report = document->toPlainText();
        QVERIFY(report.contains(QStringLiteral("Findings (1)")));
        QVERIFY(!report.contains(QStringLiteral("Changes since")));
        QVERIFY(!report.contains(QStringLiteral("Review comments")));
        QVERIFY(!report.contains(QStringLiteral("Decisions")));
    }

    void unwritablePath_failsWithoutLeavingAFile()
    {
        const auto document = PdfExporter::postingDocument(posting());
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
        QVERIFY(!PdfExporter::writePdf(*document, missing, {}).isEmpty());
        QVERIFY(!QFileInfo::exists(missing));

        // A read-only folder: the old file stays untouched (skipped when running as root,
        // who may write anywhere).
        if (QFileInfo(m_dir.path()).ownerId() == 0 && geteuid() == 0)
            return;
    }

    void firstHeading_findsTheTitle_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("heading");
        QTest::newRow("h1") << QStringLiteral("# Title\nbody") << QStringLiteral("Title");
        QTest::newRow("after text") << QStringLiteral("intro\n## Second level  \n# Later")
                                    << QStringLiteral("Second level");
        QTest::newRow("hashtag is no heading")
            << QStringLiteral("#Urgent #Hiring\nbody") << QString();
    }

    void firstHeading_findsTheTitle()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, heading);
        QCOMPARE(PdfExporter::firstHeading(markdown), heading);
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
