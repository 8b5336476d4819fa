#pragma once

#include "finding.h"
#include "spellchecker.h"
#include "textedits.h"

#include <QPlainTextEdit>

class QMenu;

namespace rolelens {

/// The text editor: knows the findings shown for the current text, explains them on hover,
/// offers their suggestions in the context menu (also on Ctrl+.) and applies edits as single
/// undo steps.
class PostingEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PostingEditor(QWidget *parent = nullptr);

    /// The checker that suggests corrections for misspellings (null: none).
    void setSpellChecker(std::shared_ptr<const SpellChecker> spelling)
    {
        m_spelling = std::move(spelling);
    }

    /// \a findings index into \a text, which must be the editor's text right now.
    void setFindings(const QList<Finding> &findings, const QString &text);
    [[nodiscard]] const QList<Finding> &findings() const { return m_findings; }

    /// The finding under \a position (a document offset), if it is still valid, or -1.
    [[nodiscard]] int findingAt(int position) const;
    /// Selects finding number \a index.
    void selectFinding(int index);
    /// Selects the next (previous) finding after (before) the cursor, wrapping around.
    void nextFinding();
    void previousFinding();

    /// Replaces finding \a index's span with \a suggestion as one undo step.
    void applySuggestion(int index, const QString &suggestion);
    /// Applies \a edits (sorted, not overlapping) as one undo step.
    void applyEdits(const QList<TextEdit> &edits);

    /// Puts finding \a index's suggestions, "Ignore Here" and "Disable Rule" at the top of \a menu.
    void addFindingActions(int index, QMenu *menu);
    /// Opens the suggestions menu for the finding at the cursor (Ctrl+.).
    void showFixesAtCursor();

Q_SIGNALS:
    void ignoreRequested(const rolelens::Finding &finding);
    void addToDictionaryRequested(const QString &word);
    void ignoreAllRequested(const QString &word);
    void disableRuleRequested(const QString &ruleId);

protected:
    bool viewportEvent(QEvent *event) override; // tooltips arrive at the viewport
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    /// Whether the document still has \a quotedText where \a finding points.
    [[nodiscard]] bool isValid(const Finding &finding, const QString &quotedText) const;
    /// What finding number \a index covered in the text it was found in.
    [[nodiscard]] QString quotedText(int index) const;
    [[nodiscard]] bool isValid(int index) const;

    std::shared_ptr<const SpellChecker> m_spelling;
    QList<Finding> m_findings;
    QString m_findingsText; // the text the findings were made for, to detect stale offsets
};

} // namespace rolelens
