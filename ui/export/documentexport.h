#pragma once

#include "export/pdfexporter.h"

#include <QByteArray>
#include <QString>
#include <optional>

class QTextDocument;

namespace rolelens {

/// The formats a clean posting (no analysis marks) is exported to.
enum class ExportFormat
{
    Pdf,
    Docx,
    Odt,
    Html
};

/// The format \a path asks for by its suffix, or none.
[[nodiscard]] std::optional<ExportFormat> exportFormatOf(const QString &path);

/// \a text with the bullets postings pasted from Word use ("•<TAB>", "· ", "– ", emoji) and
/// "3) " numbers rewritten as Markdown's "- " and "3. ", so that every export shows them as
/// lists; indentation is kept, nothing else changes.
[[nodiscard]] QString markdownForExport(const QString &text);

/// The posting as a clean HTML page: headings, lists, bold, italics, links (web and mail only)
/// and tables, with a language and a title; for ATS forms and "Copy as HTML".
[[nodiscard]] QString postingHtml(const QString &markdown, const QString &title);
/// The body of postingHtml(), for the clipboard.
[[nodiscard]] QString postingHtmlFragment(const QString &markdown);

/// The posting as a Word document (.docx): real headings, bullet and numbered lists, bold,
/// links and tables, written with libzip.
[[nodiscard]] QByteArray postingDocx(const QString &markdown, const QString &title);

/// Writes the posting \a markdown to \a path in \a format, atomically (an existing file stays
/// as it was on any failure). \a options give the PDF's page size, title and author.
/// Returns an error message or an empty string.
[[nodiscard]] QString exportPosting(const QString &markdown, const QString &path,
                                    ExportFormat format, const PdfOptions &options);

} // namespace rolelens
