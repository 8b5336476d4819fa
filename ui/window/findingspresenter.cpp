#include "window/findingspresenter.h"

#include "editor/analysiscontroller.h"
#include "editor/editorsettings.h"
#include "editor/findinghighlighter.h"
#include "editor/postingeditor.h"
#include "edits/topicinsertion.h"
#include "panels/findingspanel.h"
#include "review/reviewsession.h"
#include "review/reviewworkflow.h"

#include <QLabel>
#include <QTextCursor>

namespace rolelens {

FindingsPresenter::FindingsPresenter(const EditorSettings &settings, PostingEditor *editor,
                                     AnalysisController *analysis, ReviewWorkflow *review,
                                     FindingsPanel *panel, QObject *parent)
    : QObject(parent), m_settings(settings), m_editor(editor), m_controller(analysis),
      m_review(review), m_panel(panel), m_highlighter(new FindingHighlighter(editor->document())),
      m_wordsLabel(new QLabel), m_countsLabel(new QLabel)
{
    connect(m_controller, &AnalysisController::analysisReady, this,
            &FindingsPresenter::onAnalysisReady);
    connect(m_review, &ReviewWorkflow::changed, this, &FindingsPresenter::show);
    connect(m_panel, &FindingsPanel::findingActivated, this, [this](int index) {
        m_editor->selectFinding(index); // the panel lists what the editor has
        m_editor->setFocus();
    });
    connect(m_editor, &PostingEditor::typingWordLeft, this, &FindingsPresenter::show);
    connect(m_panel, &FindingsPanel::insertTopicRequested, this, &FindingsPresenter::insertTopic);
    connect(m_panel, &FindingsPanel::fixAllRequested, this, &FindingsPresenter::fixAll);
}

bool FindingsPresenter::isShown(const Finding &finding) const
{
    if (finding.category == Category::Spelling && m_editor->isBeingTyped(finding))
        return false; // flagged once the caret leaves the word, not while it is typed
    return finding.severity >= m_settings.minimumSeverity &&
           !m_review->session()->review().isClosed(finding, m_analysedText);
}

void FindingsPresenter::onAnalysisReady(const Analysis &analysis, const QString &text)
{
    m_analysis = analysis;
    m_analysedText = text;
    show();
    m_review->refreshLines();
}

QList<Finding> FindingsPresenter::visibleFindings() const
{
    QList<Finding> visible;
    for (const Finding &finding : std::as_const(m_analysis.findings)) {
        if (isShown(finding))
            visible.append(finding);
    }
    return visible;
}

void FindingsPresenter::show()
{
    const QList<Finding> visible = visibleFindings();
    std::array<int, 3> counts{};
    int misspellings = 0;
    for (const Finding &finding : visible) {
        if (finding.category == Category::Spelling)
            ++misspellings;
        else
            ++counts[std::size_t(finding.severity)];
    }
    // Offsets are only good for the text they were found in: after an edit, the next analysis
    // brings new ones, and until then the editor and the highlighter keep what they have.
    if (m_controller->isCurrent()) {
        m_highlighter->setFindings(visible);
        m_editor->setFindings(visible, m_analysedText);
    }
    m_panel->setAnalysis(m_analysis, m_analysedText, visible);
    m_wordsLabel->setText(tr("%n word(s)", nullptr, m_controller->wordCount()));
    m_countsLabel->setText(
        QStringList{tr("%n error(s)", nullptr, counts[std::size_t(Severity::Error)]),
                    tr("%n warning(s)", nullptr, counts[std::size_t(Severity::Warning)]),
                    tr("%n info", nullptr, counts[std::size_t(Severity::Info)]),
                    tr("%n spelling", nullptr, misspellings)}
            .join(QStringLiteral(" \u00b7 ")));
}

void FindingsPresenter::fixAll()
{
    if (!m_controller->isCurrent())
        return; // offsets would not match what is on screen
    m_editor->applyEdits(firstSuggestionEdits(m_analysedText, m_editor->findings()));
}

void FindingsPresenter::insertTopic(const QString &topicId)
{
    for (const TopicCoverage &topic : std::as_const(m_analysis.coverage)) {
        if (topic.id != topicId || topic.present)
            continue;
        const TextEdit edit = topicInsertion(m_editor->toPlainText(), topic.section, topic.snippet);
        m_editor->applyEdits({edit});
        // The new sentence selected and in view, so the user sees where it went.
        QTextCursor cursor = m_editor->textCursor();
        const qsizetype end = edit.start + edit.replacement.size();
        cursor.setPosition(int(end - topic.snippet.size()));
        cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->ensureCursorVisible();
        return;
    }
}

} // namespace rolelens
