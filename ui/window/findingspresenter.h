#pragma once

#include "model/analysis.h"

#include <QObject>

class QLabel;

namespace rolelens {

class AnalysisController;
class FindingHighlighter;
class FindingsPanel;
class PostingEditor;
class ReviewWorkflow;
struct EditorSettings;

/// Shows each analysis: one filter decides which findings are visible (severity, kept or
/// ignored by the reviewer), and the highlighter, the editor, the panel and the status bar
/// all show that list. It also carries out what is asked of the findings on screen: fix all
/// and insert a missing topic.
class FindingsPresenter : public QObject
{
    Q_OBJECT

public:
    FindingsPresenter(const EditorSettings &settings, PostingEditor *editor,
                      AnalysisController *analysis, ReviewWorkflow *review, FindingsPanel *panel,
                      QObject *parent);

    [[nodiscard]] QLabel *wordsLabel() const { return m_wordsLabel; }
    [[nodiscard]] QLabel *countsLabel() const { return m_countsLabel; }
    /// The last analysis delivered for the current text.
    [[nodiscard]] const Analysis &current() const { return m_analysis; }

    /// Shows the last analysis again, through the filter as it now stands.
    void show();

    /// Applies every visible finding's first suggestion as one undo step.
    void fixAll();
    /// Inserts the snippet of missing topic \a topicId where it belongs.
    void insertTopic(const QString &topicId);

private:
    void onAnalysisReady(const Analysis &analysis, const QString &text);
    [[nodiscard]] bool isShown(const Finding &finding) const;
    /// The one filter: the findings of the last analysis that the user sees, everywhere.
    [[nodiscard]] QList<Finding> visibleFindings() const;

    const EditorSettings &m_settings;
    PostingEditor *m_editor;
    AnalysisController *m_controller;
    ReviewWorkflow *m_review;
    FindingsPanel *m_panel;
    FindingHighlighter *m_highlighter;
    QLabel *m_wordsLabel;
    QLabel *m_countsLabel;
    Analysis m_analysis;
    QString m_analysedText;
};

} // namespace rolelens
