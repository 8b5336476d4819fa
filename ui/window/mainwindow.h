#pragma once

#include "editor/editorsettings.h"
#include "editor/postingdocument.h"
#include "export/pdfexporter.h"
#include "model/analysis.h"
#include "window/recoverycontroller.h"

#include <QMainWindow>
#include <memory>

class QLabel;

namespace rolelens {

class AnalysisController;
class ExportController;
class FindBar;
class FindingsPresenter;
class FindingsPanel;
class PostingDocument;
class PostingEditor;
class ReviewWorkflow;
class RuleSet;
class SpellingController;
class WindowMenus;

/// The editor window: the posting in the middle, the Findings dock on the right, counts in
/// the status bar. It wires the analysis to the highlighter, the editor and the panel, and
/// turns the user's choices (fix, ignore, disable, insert) into edits and settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path (after asking about unsaved changes); false if it was not opened.
    bool openFile(const QString &path);
    /// Shows \a text as a new unsaved document ("New from template", the sample), called
    /// \a name until it is saved (empty: "Untitled").
    void newFromText(const QString &text, const QString &name = {});

    [[nodiscard]] PostingEditor *editor() const { return m_editor; }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }
    [[nodiscard]] FindingsPanel *findingsPanel() const { return m_panel; }
    [[nodiscard]] PostingDocument *document() const { return m_document; }
    [[nodiscard]] AnalysisController *analysis() const { return m_controller; }
    [[nodiscard]] ReviewWorkflow *review() const { return m_review; }
    [[nodiscard]] ExportController *exporter() const { return m_export; }
    /// The last analysis delivered for the current text.
    [[nodiscard]] const Analysis &currentAnalysis() const;

    /// Applies every shown finding's first suggestion as one undo step.
    void fixAll();
    /// Inserts the snippet of missing topic \a topicId where it belongs.
    void insertTopic(const QString &topicId);

    /// Offers to restore each document an earlier session left unsaved (after a crash); the
    /// first goes into this window if it is empty, the others into new windows.
    void offerRecovery();
    /// The copies of unsaved work this window does not own.
    [[nodiscard]] QList<RecoveryStore::Entry> recoverableDocuments() const
    {
        return m_recovery->recoverableDocuments();
    }
    /// Milliseconds after the last edit before unsaved work is copied (default 3000).
    void setAutosaveMs(int ms) { m_recovery->setAutosaveMs(ms); }
    /// Dialogs, replaceable in tests.
    void setPrompts(const PostingDocument::Prompts &prompts);

    using ExportKind = PdfKind;
    /// Writes the posting as it stands, or its review report, to \a path as PDF; returns
    /// an error message or an empty string.
    [[nodiscard]] QString exportPdfTo(ExportKind kind, const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void restore(const RecoveryStore::Entry &entry);
    void updateTitle();
    void rebuildRules();
    void disableRule(const QString &ruleId);

    EditorSettings m_settings;
    PostingEditor *m_editor = nullptr;
    FindBar *m_findBar = nullptr;
    FindingsPresenter *m_findings = nullptr;
    AnalysisController *m_controller = nullptr;
    FindingsPanel *m_panel = nullptr;
    PostingDocument *m_document = nullptr;
    ReviewWorkflow *m_review = nullptr;
    SpellingController *m_spelling = nullptr;
    QLabel *m_rulesOff = nullptr; // "2 rules off" in the status bar
    ExportController *m_export = nullptr;
    RecoveryController *m_recovery = nullptr;
    WindowMenus *m_menus = nullptr;
};

} // namespace rolelens
