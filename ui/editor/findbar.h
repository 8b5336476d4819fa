#pragma once

#include "edits/textsearch.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rolelens {

class PostingEditor;

/// The Find and Replace bar under the editor, as in Qt Creator: Ctrl+F finds, Ctrl+H also
/// replaces, F3 and Shift+F3 go to the next and previous match, Esc closes it. Typing in the
/// find field selects the first match from where the search started; the bar says which
/// match of how many is selected. Replace All is one undo step.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    FindBar(PostingEditor *editor, QWidget *parent);

    /// Shows the bar for finding, with the selected text (one line of it) to look for.
    void showFind();
    /// Shows the bar with its replace row too.
    void showReplace();
    /// Selects the next (previous) match after (before) the selection, wrapping around;
    /// false if there is none.
    bool findNext();
    bool findPrevious();
    /// Replaces the selected match and selects the next one.
    void replaceCurrent();
    /// Replaces every match as one undo step; returns how many.
    int replaceAll();

    [[nodiscard]] QLineEdit *findField() const { return m_find; }
    [[nodiscard]] QLineEdit *replaceField() const { return m_replace; }
    [[nodiscard]] QCheckBox *matchCaseBox() const { return m_matchCase; }
    [[nodiscard]] QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    /// "2 of 5", "No matches", "Replaced 5".
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    [[nodiscard]] SearchOptions options() const;
    [[nodiscard]] QList<qsizetype> matches() const;
    /// Whether the editor's selection is a match of what the find field holds.
    [[nodiscard]] bool selectionIsMatch() const;
    /// Selects the first match at or after \a position (backwards: before it), wrapping.
    bool selectFrom(qsizetype position, bool backwards);
    void select(qsizetype start, qsizetype length);
    void showCount(const QList<qsizetype> &found, qsizetype selected);
    void open(bool withReplace);

    PostingEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QLabel *m_replaceLabel;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QLabel *m_status;
    qsizetype m_searchStart = 0; // where typing in the find field searches from
};

} // namespace rolelens
