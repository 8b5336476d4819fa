#pragma once

#include "edits/textedits.h"
#include "model/finding.h"
#include "review/review.h"
#include "spelling/spellchecker.h"

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
    /// Finding \a index's Accept Suggestion (record it, then apply the first suggestion),
    /// Keep as Is and Ignore Here (record it); false if the finding is gone from the text.
    bool decide(int index, DecisionKind kind);

    /// Marks the text of \a review's comments with a tint and a marker in the left margin,
    /// and the findings it kept or ignored with a dotted underline; their tooltips say who
    /// and why. The marks follow the text as it is edited.
    void setReviewMarks(const Review &review);
    /// Whether \a finding is on the word the user is typing: the caret is in it and the last
    /// key typed changed it. Misspellings there wait until the caret leaves the word.
    [[nodiscard]] bool isBeingTyped(const Finding &finding) const;
    /// The tooltips of the comments and decided findings at \a position, one a line.
    [[nodiscard]] QString reviewNoteAt(int position) const;

    /// The margin that shows where comments are.
    [[nodiscard]] QWidget *commentMargin() const { return m_margin; }

    /// Keeps the text in a centred column about \a characters wide, as writing apps do, so
    /// lines stay readable on a wide window; 0 lets the text use the whole width.
    void setTextColumn(int characters);
    [[nodiscard]] int textColumn() const { return m_textColumn; }

Q_SIGNALS:
    void addToDictionaryRequested(const QString &word);
    void ignoreAllRequested(const QString &word);
    void disableRuleRequested(const QString &ruleId);
    /// The reviewer decided about \a finding; for Accepted, its suggestion follows at once.
    void decisionRequested(const rolelens::Finding &finding, rolelens::DecisionKind kind);
    /// The caret left the word being typed (isBeingTyped() holds for nothing now).
    void typingWordLeft();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    /// Rich text from a browser or Word is pasted as Markdown-flavoured text, keeping its
    /// headings, bullets, bold and links; an HTML-only clipboard pastes too.
    [[nodiscard]] bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    bool viewportEvent(QEvent *event) override; // tooltips arrive at the viewport
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class CommentMargin;
    friend class CommentMargin;
    void paintCommentMargin(QPaintEvent *event);
    /// The comment whose marker is at \a y in the margin, or null.
    [[nodiscard]] const QTextEdit::ExtraSelection *commentAt(int y) const;

    QWidget *m_margin = nullptr;
    int m_textColumn = 0;
    void updateColumn();
    void changeEvent(QEvent *event) override;
    QList<QTextEdit::ExtraSelection> m_commentMarks;  // tooltip text in the format's tooltip
    QList<QTextEdit::ExtraSelection> m_decisionMarks; // kept and ignored findings

    /// Whether the document still has \a quotedText where \a finding points.
    [[nodiscard]] bool isValid(const Finding &finding, const QString &quotedText) const;
    /// What finding number \a index covered in the text it was found in.
    [[nodiscard]] QString quotedText(int index) const;
    [[nodiscard]] bool isValid(int index) const;

    /// Sets the word being typed after a key changed the text.
    void noteTyping(int revisionBefore);
    void onCursorMoved();

    std::shared_ptr<const SpellChecker> m_spelling;
    // The word around the caret after the last key that changed the text: [start, end), or
    // empty. Set by keys only, so opening, pasting or undoing never hides a misspelling.
    std::pair<int, int> m_typingWord{0, 0};
    bool m_inKey = false; // a key is being handled: its caret moves are the typing
    QList<Finding> m_findings;
    QString m_findingsText; // the text the findings were made for, to detect stale offsets
};

} // namespace rolelens
