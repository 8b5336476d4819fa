#pragma once

#include "model/analysis.h"
#include "report/reports.h"

#include <QPageSize>
#include <QString>
#include <QTextDocument>
#include <memory>

namespace rolelens {

/// A text document that never loads anything a posting refers to: postings are untrusted
/// input, so "![x](/home/me/secret.png)" or a remote image stays a broken reference.
class SealedTextDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

struct PdfOptions
{
    QString title;  ///< PDF title; empty: the posting's first heading, else the file name
    QString author; ///< written into the PDF's XMP metadata
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString fileName; ///< the posting's file name, shown in the report and used as a title
};

/// What is exported: the posting as it stands, or its review report.
enum class PdfKind
{
    Posting,
    Report
};

/// Turns postings and review reports into PDF. Renders a fresh document built from the
/// text, never the editor's (whose highlighter formats would print as underlines).
class PdfExporter
{
public:
    /// Letter where the locale measures in inches (US), A4 elsewhere.
    [[nodiscard]] static QPageSize::PageSizeId defaultPageSize();
    /// The first Markdown heading of \a markdown without its '#'s, or an empty string.
    [[nodiscard]] static QString firstHeading(const QString &markdown);

    /// The options for a PDF of \a kind for the posting \a markdown of file \a fileName: its
    /// title is the posting's first heading, or "RoleLens review: NAME" for the report. The
    /// editor and rolelens-check both export with these.
    [[nodiscard]] static PdfOptions options(PdfKind kind, const QString &markdown,
                                            const QString &fileName, const QString &author = {},
                                            QPageSize::PageSizeId pageSize = defaultPageSize());

    /// The posting rendered from Markdown: headings, bullets and bold, no analysis marks.
    [[nodiscard]] static std::unique_ptr<QTextDocument> postingDocument(const QString &markdown);
    /// The review report of \a report: score, verdict, balance, coverage and every open
    /// finding; with a review, its comments and decisions (the findings it keeps are not
    /// listed as open); with a baseline, the changes since it. The posting is named by the
    /// file name of its path.
    [[nodiscard]] static std::unique_ptr<QTextDocument> reportDocument(const FileReport &report);
    /// The review report of \a analysis of \a text, without review or baseline.
    [[nodiscard]] static std::unique_ptr<QTextDocument>
    reportDocument(const Analysis &analysis, const QString &text, const QString &fileName);

    /// Writes \a document to \a path as PDF, atomically: on any failure nothing is left at
    /// \a path (an existing file stays as it was). Returns an error message or empty.
    [[nodiscard]] static QString writePdf(QTextDocument &document, const QString &path,
                                          const PdfOptions &options);
};

} // namespace rolelens
