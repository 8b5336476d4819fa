#pragma once

#include "model/finding.h"

#include <QColor>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace rolelens {

/// Styles the Markdown of each line (headings, list markers, bold) and paints findings on top
/// as severity-coloured wave underlines (errors also get a light background).
/// Each block keeps the marks computed for it together with the block revision they were
/// computed for; highlightBlock() paints them only while the block is unchanged, so a result
/// that the user has typed past is never painted.
///
/// setFindings() costs what changed, not the size of the document: findings before and after
/// the edited blocks that are the same as last time (shifted by the edit) are skipped, and
/// only the blocks of the remaining ones are marked again.
class FindingHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit FindingHighlighter(QTextDocument *document);

    /// \a findings are sorted by start and have offsets into the document's current text.
    void setFindings(const QList<Finding> &findings);

    /// The underline colour of \a severity for \a base, the editor's background colour.
    [[nodiscard]] static QColor severityColor(Severity severity, const QColor &base);

    /// The underline colour of misspellings (distinct from every severity colour).
    [[nodiscard]] static QColor spellingColor(const QColor &base);

protected:
    void highlightBlock(const QString &text) override;

private:
    /// Markdown shown styled while it stays plain text: headings larger and bold with their
    /// '#'s dimmed, list markers dimmed, **bold** bold with its asterisks dimmed.
    void styleMarkdown(const QString &text);
    void noteEdit(int position, int removed, int added);
    void mergeFormat(int start, int length, const QTextCharFormat &format);

    QList<Finding> m_marked;    // what the last setFindings() marked (shared, not copied)
    int m_markedCharacters = 0; // the length of the text m_marked was made for
    // The span of every edit since the last setFindings(), in today's offsets.
    bool m_edited = false;
    int m_editFrom = 0;
    int m_editTo = 0;
};

} // namespace rolelens
