#include "window/exportcontroller.h"

#include "editor/analysiscontroller.h"
#include "editor/editorsettings.h"
#include "editor/postingdocument.h"
#include "editor/postingeditor.h"
#include "export/documentexport.h"
#include "review/reviewworkflow.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace rolelens {

ExportController::ExportController(const EditorSettings &settings, PostingEditor *editor,
                                   PostingDocument *document, AnalysisController *analysis,
                                   ReviewWorkflow *review, QWidget *parent)
    : QObject(parent), m_settings(settings), m_editor(editor), m_document(document),
      m_analysis(analysis), m_review(review), m_parent(parent)
{}

PdfOptions ExportController::options(PdfKind kind, const QString &text) const
{
    const QPageSize::PageSizeId pageSize =
        m_settings.pageSize == QLatin1String("Letter") ? QPageSize::Letter
        : m_settings.pageSize == QLatin1String("A4")   ? QPageSize::A4
                                                       : PdfExporter::defaultPageSize();
    return PdfExporter::options(kind, text, m_document->displayName(), m_settings.pdfAuthor,
                                pageSize);
}

QString ExportController::exportPdfTo(PdfKind kind, const QString &path) const
{
    const QString text = m_editor->toPlainText();
    if (kind == PdfKind::Posting) {
        const auto document = PdfExporter::postingDocument(text);
        return PdfExporter::writePdf(*document, path, options(kind, text));
    }
    // The report needs an analysis of exactly this text; a fresh one costs milliseconds.
    const Analyzer analyzer(m_analysis->rulesPointer());
    const FileReport report = m_review->report(m_document->displayName(), text, analyzer);
    const auto document = PdfExporter::reportDocument(report);
    return PdfExporter::writePdf(*document, path, options(kind, text));
}

bool ExportController::confirmUnfilledFields() const
{
    const QString text = m_editor->toPlainText();
    QStringList fields;
    for (const Finding &finding : m_editor->findings()) {
        const QString field = text.mid(finding.start, finding.length);
        if (finding.ruleId == QLatin1String("structure/placeholder") && !fields.contains(field))
            fields.append(field);
    }
    if (fields.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Template Fields Left In"),
                    tr("The posting still has template fields that were not filled in: %1.")
                        .arg(fields.join(QStringLiteral(", "))),
                    QMessageBox::Cancel, m_parent);
    box.setObjectName(QStringLiteral("unfilledFields"));
    box.setInformativeText(tr("Fill them in before the posting goes out, or export it as it is."));
    QPushButton *anyway = box.addButton(tr("Export Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

void ExportController::exportPdf(PdfKind kind)
{
    if (kind == PdfKind::Posting && !confirmUnfilledFields())
        return;
    const QString base = m_document->path().isEmpty()
                             ? tr("posting")
                             : QFileInfo(m_document->path()).completeBaseName();
    const QString suggested =
        kind == PdfKind::Posting ? base + QStringLiteral(".pdf") : base + tr("-review.pdf");
    QString path = QFileDialog::getSaveFileName(
        m_parent, kind == PdfKind::Posting ? tr("Export PDF") : tr("Export Review Report"),
        suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (const QString error = exportPdfTo(kind, path); !error.isEmpty())
        QMessageBox::warning(m_parent, tr("Export Failed"),
                             tr("\u201c%1\u201d could not be written: %2.")
                                 .arg(QDir::toNativeSeparators(path), error));
    else
        Q_EMIT statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

QString ExportController::exportPostingTo(const QString &path) const
{
    const QString text = m_editor->toPlainText();
    const std::optional<ExportFormat> format = exportFormatOf(path);
    if (!format)
        return tr("choose a file ending in .docx, .odt, .html or .pdf");
    return exportPosting(text, path, *format, options(PdfKind::Posting, text));
}

void ExportController::exportPostingAs()
{
    if (!confirmUnfilledFields())
        return;
    const QString base = m_document->path().isEmpty()
                             ? tr("posting")
                             : QFileInfo(m_document->path()).completeBaseName();
    const QStringList filters = {tr("Word document (*.docx)"), tr("OpenDocument text (*.odt)"),
                                 tr("Web page (*.html)"), tr("PDF (*.pdf)")};
    static const QStringList suffixes = {QStringLiteral("docx"), QStringLiteral("odt"),
                                         QStringLiteral("html"), QStringLiteral("pdf")};
    QString filter = filters.first();
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Posting As"),
                                                base + QStringLiteral(".docx"),
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!exportFormatOf(path))
        path += QLatin1Char('.') + suffixes.value(filters.indexOf(filter), suffixes.first());
    if (const QString error = exportPostingTo(path); !error.isEmpty())
        QMessageBox::warning(m_parent, tr("Export Failed"),
                             tr("\u201c%1\u201d could not be written: %2.")
                                 .arg(QDir::toNativeSeparators(path), error));
    else
        Q_EMIT statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void ExportController::copyAsHtml()
{
    const QTextCursor cursor = m_editor->textCursor();
    // A selection's paragraph separators are U+2029; the Markdown parser wants line feeds.
    const QString text =
        cursor.hasSelection()
            ? cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
            : m_editor->toPlainText();
    auto *mime = new QMimeData;
    mime->setHtml(postingHtmlFragment(text));
    mime->setText(text);
    QGuiApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(cursor.hasSelection() ? tr("Copied the selection as HTML")
                                               : tr("Copied the posting as HTML"));
}

void ExportController::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        PdfExporter::postingDocument(m_editor->toPlainText())->print(&printer);
}

void ExportController::printPreview()
{
    QPrinter printer;
    QPrintPreviewDialog preview(&printer, m_parent);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        PdfExporter::postingDocument(m_editor->toPlainText())->print(target);
    });
    preview.exec();
}

} // namespace rolelens
