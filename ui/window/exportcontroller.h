#pragma once

#include "export/pdfexporter.h"

#include <QObject>

class QWidget;

namespace rolelens {

class AnalysisController;
class PostingDocument;
class PostingEditor;
class ReviewWorkflow;
struct EditorSettings;

/// File › Export and Print: the posting as it stands, or its review report, as PDF or on
/// paper, with the page size and author of the settings.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(const EditorSettings &settings, PostingEditor *editor,
                     PostingDocument *document, AnalysisController *analysis,
                     ReviewWorkflow *review, QWidget *parent);

    /// Writes \a kind to \a path as PDF; returns an error message or an empty string.
    [[nodiscard]] QString exportPdfTo(PdfKind kind, const QString &path) const;
    /// Asks where to, then exports \a kind; says what happened.
    void exportPdf(PdfKind kind);
    /// Writes the posting to \a path as the document its suffix names (PDF, DOCX, ODT, HTML).
    [[nodiscard]] QString exportPostingTo(const QString &path) const;
    /// File › Export As: asks for a file and a format (Word, OpenDocument, web page, PDF).
    void exportPostingAs();
    /// Puts the selection, or the whole posting, on the clipboard as HTML (with the Markdown
    /// as its plain text), so that it pastes into an ATS form with its bullets.
    void copyAsHtml();
    void print();
    void printPreview();
    /// Before an export of the posting: when template fields ("[Company]") are still in it,
    /// says which and asks whether to export anyway. True to go on.
    [[nodiscard]] bool confirmUnfilledFields() const;

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    [[nodiscard]] PdfOptions options(PdfKind kind, const QString &text) const;

    const EditorSettings &m_settings;
    PostingEditor *m_editor;
    PostingDocument *m_document;
    AnalysisController *m_analysis;
    ReviewWorkflow *m_review;
    QWidget *m_parent;
};

} // namespace rolelens
