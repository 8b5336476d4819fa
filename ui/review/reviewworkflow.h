#pragma once

#include "report/reports.h"
#include "review/review.h"

#include <QObject>
#include <optional>

class QMenu;
class QWidget;

namespace rolelens {

class AnalysisController;
class Analyzer;
class CompareDialog;
class PostingDocument;
class PostingEditor;
struct EditorSettings;
class ReviewPanel;
class ReviewSession;

/// The senior reviewer's side of the editor window: comments, decisions, exceptions and the
/// comparison with an earlier version. It owns the review of the open posting (read on open,
/// written on save) and the Review dock's panel, and asks through the document's prompts.
class ReviewWorkflow : public QObject
{
    Q_OBJECT

public:
    ReviewWorkflow(PostingEditor *editor, PostingDocument *document, AnalysisController *analysis,
                   EditorSettings &settings, QWidget *window);

    /// Asks for the reviewer's name (prefilled with the login name) and keeps it in the
    /// settings; false if the user gave none. The first comment or decision asks this.
    bool askReviewerName();

    [[nodiscard]] ReviewSession *session() const { return m_session; }
    /// The Review dock's contents; the window puts it in a dock.
    [[nodiscard]] ReviewPanel *panel() const { return m_panel; }
    /// Adds the Review menu's actions to \a menu.
    void fillMenu(QMenu *menu);

    /// A new document: no review and no earlier version.
    void clear();
    /// Shows the comments' lines again after the text changed.
    void refreshLines();

    /// Comments the selected text (or the cursor's line), asking for the comment.
    void addComment();
    /// Opens the Compare dialog between the earlier version at \a path and the text now,
    /// which also becomes the baseline of the review report; null if \a path cannot be read.
    CompareDialog *compareWith(const QString &path);
    /// Writes the kept findings as a rule pack of exceptions to \a path; returns an error
    /// message or empty.
    [[nodiscard]] QString exportExceptionsTo(const QString &path) const;
    /// The report of \a text, named \a name, with the review, its open findings only and the
    /// changes since the earlier version, if there is one.
    [[nodiscard]] FileReport report(const QString &name, const QString &text,
                                    const Analyzer &analyzer) const;

Q_SIGNALS:
    /// Comments or decisions changed: kept findings are shown differently.
    void changed();
    /// The user chose to use the exceptions pack at \a path as a team pack.
    void usePackRequested(const QString &path);
    void statusMessage(const QString &text);

private:
    /// The reviewer's name, asked for if it is not known yet; false if there is none.
    bool ensureReviewer();
    void editComment(const QString &id);
    void showComment(const QString &id);
    void decideAtCursor(DecisionKind kind);
    void recordDecision(const Finding &finding, DecisionKind kind);
    void exportExceptions();

    PostingEditor *m_editor;
    PostingDocument *m_document;
    EditorSettings &m_settings;
    AnalysisController *m_analysis;
    QWidget *m_window;
    ReviewSession *m_session;
    ReviewPanel *m_panel;
    std::optional<BaselineReport> m_baseline; // the version last compared with
};

} // namespace rolelens
