#pragma once

#include <QPlainTextDocumentLayout>

namespace rolelens {

/// The editor's plain-text layout with Markdown list items indented: an item's marker sits in
/// from the margin and its wrapped lines line up under the text after the marker (a hanging
/// indent); an indented line that continues an item lines up with it. Only the layout changes,
/// never the text or its block formats, so indenting puts nothing on the undo stack and does not
/// mark the posting modified.
class ListIndentLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT

public:
    explicit ListIndentLayout(QTextDocument *document);

    [[nodiscard]] QRectF blockBoundingRect(const QTextBlock &block) const override;
    /// How far list items sit in from the margin.
    [[nodiscard]] qreal indent() const;

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    void indentListItem(const QTextBlock &block);
};

} // namespace rolelens
