#pragma once

#include <QByteArray>
#include <QString>

namespace rolelens {

/// The formats a posting may arrive in besides plain text.
enum class DocumentFormat
{
    Text, ///< Markdown-flavoured plain text, read as it is
    Html, ///< a saved web page or an ATS export (.html, .htm)
    Docx, ///< Word (.docx)
    Odt   ///< LibreOffice / OpenDocument text (.odt)
};

/// The format \a path holds, by its suffix.
[[nodiscard]] DocumentFormat documentFormatOf(const QString &path);

/// A document turned into Markdown-flavoured text, or why it could not be.
struct ImportedDocument
{
    QString markdown;
    QString error; ///< one line that says what to do; empty on success
};

/// Converts the bytes of a .docx, .odt or .html file into Markdown-flavoured text: headings,
/// bullets, numbered lists, bold and links are kept; styles, images, scripts, comments and
/// tracked deletions are dropped. Documents are read with libzip and QXmlStreamReader; HTML
/// goes through Qt's own HTML import and Markdown writer, so it needs a QGuiApplication.
[[nodiscard]] ImportedDocument importDocument(const QByteArray &bytes, DocumentFormat format);

/// Reads \a path (size-limited like any posting) and converts it with importDocument().
[[nodiscard]] ImportedDocument importDocumentFile(const QString &path, DocumentFormat format);

/// HTML (a web page, the clipboard of a browser or Word) as Markdown-flavoured text.
[[nodiscard]] QString markdownFromHtml(const QString &html);

} // namespace rolelens
