#pragma once

#include "finding.h"

#include <QColor>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace rolelens {

/// Paints findings as severity-coloured wave underlines (errors also get a light background).
/// Each block keeps the marks computed for it together with the text they were computed
/// for; highlightBlock() paints them only while the block still has exactly that text, so
/// a result that the user has typed past is never painted.
class FindingHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit FindingHighlighter(QTextDocument *document);

    /// \a findings have offsets into the document's current text. Re-highlights only the
    /// blocks whose marks changed.
    void setFindings(const QList<Finding> &findings);

    /// The underline colour of \a severity for \a base, the editor's background colour.
    [[nodiscard]] static QColor severityColor(Severity severity, const QColor &base);

    /// The underline colour of misspellings (distinct from every severity colour).
    [[nodiscard]] static QColor spellingColor(const QColor &base);

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<QTextBlock> m_markedBlocks; // blocks that got marks last time
    void mergeFormat(int start, int length, const QTextCharFormat &format);
};

} // namespace rolelens
