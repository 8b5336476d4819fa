#include "review/reviewworkflow.h"

#include "editor/analysiscontroller.h"
#include "editor/editorsettings.h"
#include "editor/postingdocument.h"
#include "editor/postingeditor.h"
#include "engine/analyzer.h"
#include "export/displaynames.h"
#include "io/textfile.h"
#include "review/comparedialog.h"
#include "review/reviewfile.h"
#include "review/reviewpanel.h"
#include "review/reviewsession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QTextBlock>

namespace rolelens {

ReviewWorkflow::ReviewWorkflow(PostingEditor *editor, PostingDocument *document,
                               AnalysisController *analysis, EditorSettings &settings,
                               QWidget *window)
    : QObject(window), m_editor(editor), m_document(document), m_settings(settings),
      m_analysis(analysis), m_window(window),
      m_session(new ReviewSession(editor->document(), this)), m_panel(new ReviewPanel)
{
    m_session->setAuthor(m_settings.reviewerName);
    connect(m_session, &ReviewSession::changed, this, [this] {
        m_panel->setReview(m_session->review(), m_editor->document());
        m_editor->setReviewMarks(m_session->review());
        Q_EMIT changed();
    });
    connect(m_document, &PostingDocument::replaced, this, &ReviewWorkflow::clear);
    connect(m_document, &PostingDocument::opened, this, [this](const QString &path) {
        if (const QString error = m_session->load(path); !error.isEmpty())
            m_document->prompts().warn(
                tr("Cannot Read Review"),
                tr("The comments and decisions of this posting could not be read: %1. The file "
                   "is kept as it is until you save; then a copy stays beside it as "
                   "\u201c.broken\u201d.")
                    .arg(error));
    });
    connect(m_document, &PostingDocument::saved, this, [this](const QString &path) {
        if (const QString error = m_session->save(path); !error.isEmpty()) {
            m_editor->document()->setModified(true); // the review is not safe yet
            m_document->prompts().warn(tr("Cannot Save Review"),
                                       tr("The posting was saved, but its review could not be: "
                                          "%1.")
                                           .arg(error));
        }
    });
    connect(m_editor, &PostingEditor::decisionRequested, this, &ReviewWorkflow::recordDecision);
    connect(m_panel, &ReviewPanel::addCommentRequested, this, &ReviewWorkflow::addComment);
    connect(m_panel, &ReviewPanel::editCommentRequested, this, &ReviewWorkflow::editComment);
    connect(m_panel, &ReviewPanel::removeCommentRequested, this, [this](const QString &id) {
        if (m_document->prompts().ask(tr("Delete Comment"), tr("Delete this comment?")))
            m_session->removeComment(id);
    });
    connect(m_panel, &ReviewPanel::commentActivated, this, &ReviewWorkflow::showComment);
    connect(m_panel, &ReviewPanel::withdrawDecisionRequested, this, [this](int index) {
        if (index >= 0 && index < m_session->review().decisions().size())
            m_session->withdrawDecision(m_session->review().decisions().at(index));
    });
    connect(m_panel, &ReviewPanel::exportExceptionsRequested, this,
            &ReviewWorkflow::exportExceptions);
}

void ReviewWorkflow::fillMenu(QMenu *menu)
{
    menu->addAction(tr("Add &Comment\u2026"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M), this,
                    &ReviewWorkflow::addComment);
    menu->addAction(tr("&Accept Suggestion"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A), this,
                    [this] { decideAtCursor(DecisionKind::Accepted); });
    menu->addAction(tr("&Keep as Is\u2026"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K), this,
                    [this] { decideAtCursor(DecisionKind::Kept); });
    menu->addSeparator();
    menu->addAction(tr("&Export Exceptions as Rule Pack\u2026"), this,
                    &ReviewWorkflow::exportExceptions);
}

void ReviewWorkflow::clear()
{
    m_session->clear();
    m_baseline.reset();
}

void ReviewWorkflow::refreshLines()
{
    if (!m_session->review().isEmpty())
        m_panel->setReview(m_session->review(), m_editor->document());
}

FileReport ReviewWorkflow::report(const QString &name, const QString &text,
                                  const Analyzer &analyzer) const
{
    FileReport report{name, text, analyzer.analyze(text)};
    if (m_baseline)
        addBaseline(&report, m_baseline->path, m_baseline->text, analyzer);
    addReview(&report, m_session->review());
    report.disabledRules = m_settings.disabledRules;
    report.reviewer = m_settings.reviewerName;
    return report;
}

CompareDialog *ReviewWorkflow::compareWith(const QString &path)
{
    const TextFile file = loadTextFile(path);
    if (!file.error.isEmpty()) {
        m_document->prompts().warn(tr("Cannot Compare"),
                                   tr("RoleLens cannot read \u201c%1\u201d: %2.")
                                       .arg(QDir::toNativeSeparators(path), file.error));
        return nullptr;
    }
    // The earlier version stays the baseline of this document's review report.
    m_baseline = BaselineReport{path, file.text, {}};
    auto *dialog =
        new CompareDialog(QFileInfo(path).fileName(), file.text, m_document->displayName(),
                          m_editor->toPlainText(), m_analysis->rulesPointer(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: the reviewer may keep it open while editing
    return dialog;
}

bool ReviewWorkflow::askReviewerName()
{
    const QString current = !m_settings.reviewerName.isEmpty()
                                ? m_settings.reviewerName
                                : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const auto name = m_document->prompts().askText(
        tr("Reviewer Name"), tr("Your name, written with each comment and decision:"), current);
    if (!name || name->trimmed().isEmpty())
        return false;
    m_settings.reviewerName = name->trimmed();
    m_session->setAuthor(m_settings.reviewerName);
    return true;
}

bool ReviewWorkflow::ensureReviewer()
{
    return !m_settings.reviewerName.isEmpty() || askReviewerName();
}

void ReviewWorkflow::addComment()
{
    const QTextCursor cursor = m_editor->textCursor();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    if (!cursor.hasSelection()) { // the line the cursor is on
        start = cursor.block().position();
        end = start + cursor.block().length() - 1;
    }
    if (end <= start) {
        Q_EMIT statusMessage(tr("Select the text to comment on first."));
        return;
    }
    if (!ensureReviewer())
        return;
    const QString quote = m_editor->toPlainText().mid(start, end - start).simplified();
    const auto body = m_document->prompts().askText(
        tr("Add Comment"), tr("Comment on %1:").arg(quoted(quote, 60)), QString());
    if (!body || body->trimmed().isEmpty())
        return;
    m_session->addComment(start, end - start, body->trimmed());
}

void ReviewWorkflow::editComment(const QString &id)
{
    const QList<ReviewComment> &comments = m_session->review().comments();
    const auto it = std::find_if(comments.cbegin(), comments.cend(),
                                 [&](const ReviewComment &c) { return c.id == id; });
    if (it == comments.cend())
        return;
    const auto body = m_document->prompts().askText(tr("Edit Comment"), tr("Comment:"), it->body);
    if (body && !body->trimmed().isEmpty())
        m_session->updateComment(id, body->trimmed());
}

void ReviewWorkflow::showComment(const QString &id)
{
    for (const ReviewComment &comment : m_session->review().comments()) {
        if (comment.id != id || comment.anchor.orphaned)
            continue;
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(int(comment.anchor.start));
        cursor.setPosition(int(comment.anchor.end()), QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
    }
}

void ReviewWorkflow::decideAtCursor(DecisionKind kind)
{
    const int index = m_editor->findingAt(m_editor->textCursor().position());
    if (index < 0 || !m_editor->decide(index, kind))
        Q_EMIT statusMessage(tr("Put the cursor on a finding first."));
}

void ReviewWorkflow::recordDecision(const Finding &finding, DecisionKind kind)
{
    if (!ensureReviewer())
        return;
    QString reason;
    if (kind == DecisionKind::Kept) {
        const QString quote = m_editor->toPlainText().mid(finding.start, finding.length);
        const auto answer = m_document->prompts().askText(
            tr("Keep as Is"),
            tr("Why does %1 stay as it is? The reason goes into the review report.")
                .arg(quoted(quote, 60)),
            QString());
        if (!answer || answer->trimmed().isEmpty())
            return; // a kept finding needs its reason
        reason = answer->trimmed();
    }
    m_session->decide(finding, m_editor->toPlainText(), kind, reason);
}

QString ReviewWorkflow::exportExceptionsTo(const QString &path) const
{
    QList<ReviewDecision> kept;
    for (const ReviewDecision &decision : m_session->review().decisions()) {
        if (decision.kind == DecisionKind::Kept)
            kept.append(decision);
    }
    const QByteArray pack = exceptionsRulePack(kept, QFileInfo(path).completeBaseName());
    return saveTextFile(path, QString::fromUtf8(pack), false, TextEncoding::Utf8);
}

void ReviewWorkflow::exportExceptions()
{
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export Exceptions as Rule Pack"),
                                     tr("exceptions.json"), tr("Rule packs (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportExceptionsTo(path); !error.isEmpty()) {
        m_document->prompts().warn(tr("Cannot Export Exceptions"),
                                   tr("The rule pack could not be saved: %1.").arg(error));
        return;
    }
    if (m_document->prompts().ask(
            tr("Use the Exceptions"),
            tr("The kept findings were saved as a rule pack. Use it as a team pack from now "
               "on, so these findings are not reported again?"))) {
        Q_EMIT usePackRequested(path);
    }
}

} // namespace rolelens
