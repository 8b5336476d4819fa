#pragma once

#include "model/analysis.h"

#include <QObject>
#include <QSet>

class QLabel;

namespace rolelens {

class AnalysisController;
class FindingHighlighter;
class FindingsPanel;
class PostingEditor;
class ReviewWorkflow;
struct EditorSettings;

/// Shows each analysis: one filter decides which findings are visible (severity, ignored
/// here, kept by the reviewer), and the highlighter, the editor, the panel and the status
/// bar all show that list. It also carries out what is asked of the findings on screen: fix
/// all, insert a missing topic, ignore here.
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
    /// A new document: nothing in it is ignored yet.
    void forgetIgnored() { m_ignored.clear(); }
    /// The findingKey()s ignored in this document, for a recovery copy, and taking them back.
    [[nodiscard]] QStringList ignored() const { return {m_ignored.cbegin(), m_ignored.cend()}; }
    void setIgnored(const QStringList &keys)
    {
        m_ignored = {keys.cbegin(), keys.cend()};
        show();
    }

    /// Applies every visible finding's first suggestion as one undo step.
    void fixAll();
    /// Inserts the snippet of missing topic \a topicId where it belongs.
    void insertTopic(const QString &topicId);
    /// Hides \a finding, and every finding that is the same (findingKey()), in this document.
    void ignore(const Finding &finding);

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
    QSet<QString> m_ignored; // findingKey()s ignored in this document
};

} // namespace rolelens
