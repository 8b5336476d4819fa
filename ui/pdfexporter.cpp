#include "pdfexporter.h"

#include "displaynames.h"
#include "textpositions.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

namespace rolelens {

namespace {
QFont bodyFont()
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(11);
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

QString PdfExporter::firstHeading(const QString &markdown)
{
    for (QStringView line : QStringView(markdown).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (!line.startsWith(QLatin1Char('#')))
            continue;
        qsizetype level = 0;
        while (level < line.size() && line[level] == QLatin1Char('#'))
            ++level;
        if (level < line.size() && line[level].isSpace())
            return line.sliced(level).trimmed().toString();
    }
    return {};
}

std::unique_ptr<QTextDocument> PdfExporter::postingDocument(const QString &markdown)
{
    auto document = std::make_unique<SealedTextDocument>();
    document->setDefaultFont(bodyFont());
    document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    removeImages(*document);
    return document;
}

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString verdictSentence(const Analysis &analysis)
{
    if (analysis.role == Role::Developer)
        return QObject::tr("This is a developer posting; the TPM checks do not apply to it.");
    switch (analysis.verdict) {
    case Verdict::Ok:
        return QObject::tr("The posting describes a leadership role.");
    case Verdict::Borderline:
        return QObject::tr(
            "The posting leans towards developer work in places; review the warnings.");
    case Verdict::Misclassified:
        break;
    }
    return QObject::tr(
        "The posting reads as a software developer role, not a Technical Project Manager role.");
}

} // namespace

std::unique_ptr<QTextDocument>
PdfExporter::reportDocument(const Analysis &analysis, const QString &text, const QString &fileName)
{
    const TextPositions positions(text);
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(QObject::tr("RoleLens review report")));
    html +=
        QStringLiteral("<p>%1<br/>%2</p>")
            .arg(escaped(QObject::tr("Posting: %1").arg(fileName)),
                 escaped(QObject::tr("Date: %1")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))));
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(QObject::tr("Summary")));
    html += QStringLiteral("<p><b>%1</b> &nbsp; %2</p><p>%3</p>")
                .arg(escaped(QObject::tr("Score %1/100").arg(analysis.score)),
                     escaped(QObject::tr("Verdict: %1").arg(verdictName(analysis.verdict))),
                     escaped(verdictSentence(analysis)));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(QObject::tr("Balance: leadership %1%, execution %2%")
                                 .arg(analysis.balance.leadership)
                                 .arg(analysis.balance.execution)));
    if (!analysis.scoreItems.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(escaped(QObject::tr("What moved the score:")));
        for (const ScoreItem &item : analysis.scoreItems)
            html += QStringLiteral("<li>%1 %2</li>").arg(item.delta).arg(escaped(item.label));
        html += QStringLiteral("</ul>");
    }
    if (!analysis.coverage.isEmpty()) {
        html +=
            QStringLiteral("<h2>%1</h2><ul>").arg(escaped(QObject::tr("Coverage of TPM topics")));
        for (const TopicCoverage &topic : analysis.coverage) {
            html +=
                topic.present
                    ? QStringLiteral("<li>%1: %2</li>")
                          .arg(escaped(topic.title), escaped(QObject::tr("covered")))
                    : QStringLiteral("<li>%1: %2 %3 <i>%4</i></li>")
                          .arg(escaped(topic.title), escaped(QObject::tr("missing.")),
                               escaped(topic.message),
                               escaped(QObject::tr("Suggested sentence: %1").arg(topic.snippet)));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h2>%1</h2>")
                .arg(escaped(QObject::tr("Findings (%1)").arg(analysis.findings.size())));
    if (analysis.findings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(QObject::tr("No findings.")));
    } else {
        html += QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        const std::pair<QString, int> headers[] = {{QObject::tr("Line"), 8},
                                                   {QObject::tr("Finding"), 27},
                                                   {QObject::tr("Why it matters"), 40},
                                                   {QObject::tr("Suggestion"), 25}};
        for (const auto &[header, width] : headers)
            html += QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>")
                        .arg(width)
                        .arg(escaped(header));
        html += QStringLiteral("</tr>");
        for (const Finding &f : analysis.findings) {
            const QString suggestion = f.suggestions.isEmpty()           ? QString()
                                       : f.suggestions.first().isEmpty() ? QObject::tr("Remove it.")
                                                                         : f.suggestions.first();
            html += QStringLiteral("<tr><td>%1</td><td>\u201c%2\u201d<br/><i>%3, %4</i></td><td>%5 "
                                   "%6</td><td>%7</td></tr>")
                        .arg(positions.at(f.start).line)
                        .arg(escaped(text.mid(f.start, f.length).simplified()),
                             escaped(severityTitle(f.severity)), escaped(categoryTitle(f.category)),
                             escaped(f.message + QLatin1Char('.')), escaped(f.rationale),
                             escaped(suggestion));
        }
        html += QStringLiteral("</table>");
    }
    auto document = std::make_unique<SealedTextDocument>();
    QFont font = bodyFont();
    font.setPointSizeF(9.5); // the findings table is dense
    document->setDefaultFont(font);
    document->setHtml(html);
    return document;
}

QString PdfExporter::writePdf(QTextDocument &document, const QString &path,
                              const PdfOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QString title = options.title;
    if (title.isEmpty())
        title = options.fileName;
    {
        QPdfWriter writer(&file);
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
                "<xmp:CreatorTool>RoleLens</xmp:CreatorTool>"
                "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
                .arg(title.toHtmlEscaped(), options.author.toHtmlEscaped())
                .toUtf8());
        // print() paginates a copy of the document and puts the page number in the footer.
        document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace rolelens
