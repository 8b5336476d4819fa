#include "review/reviewsession.h"

#include "editor/textchange.h"
#include "review/reviewfile.h"

#include <QFile>
#include <QTextDocument>

namespace rolelens {

ReviewSession::ReviewSession(QTextDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    connect(m_document, &QTextDocument::contentsChange, this, &ReviewSession::onContentsChange);
}

void ReviewSession::onContentsChange(int position, int removed, int added)
{
    if (!changesText(removed, added) || m_review.isEmpty())
        return;
    m_review.applyEdit(position, removed, added);
    // Undo can bring back the text of an orphaned anchor; only then is the text needed.
    if (m_review.hasOrphans())
        m_review.restoreOrphans(m_document->toPlainText());
}

void ReviewSession::clear()
{
    m_review = Review();
    m_unreadablePath.clear();
    m_ownPath.clear();
    Q_EMIT changed();
}

QString ReviewSession::load(const QString &postingPath)
{
    const QString path = reviewSidecarPath(postingPath);
    ReviewLoadResult loaded = loadReview(path, m_document->toPlainText());
    m_review = loaded.review.value_or(Review());
    m_unreadablePath = loaded.review ? QString() : path;
    m_ownPath = loaded.review ? path : QString();
    Q_EMIT changed();
    return loaded.review ? QString() : loaded.error.toString();
}

QString ReviewSession::save(const QString &postingPath)
{
    const QString path = reviewSidecarPath(postingPath);
    if (path == m_unreadablePath && QFile::exists(path)) {
        const QString keep = path + QStringLiteral(".broken");
        QFile::remove(keep);
        if (!QFile::copy(path, keep))
            return tr("the unreadable review file could not be kept as %1").arg(keep);
    }
    if (m_review.isEmpty() && path != m_ownPath)
        return {}; // nothing to write, and the sidecar there (if any) is not ours to delete
    const QString error = saveReview(path, m_review, m_document->toPlainText());
    if (error.isEmpty()) {
        m_unreadablePath.clear();
        m_ownPath = path;
    }
    return error;
}

QByteArray ReviewSession::snapshot() const
{
    return m_review.isEmpty() ? QByteArray() : reviewFileJson(m_review, m_document->toPlainText());
}

QString ReviewSession::restore(const QByteArray &json)
{
    if (json.isEmpty())
        return {};
    ReviewLoadResult loaded = parseReview(json, tr("the recovery copy"), m_document->toPlainText());
    if (!loaded.review)
        return loaded.error.toString();
    m_review = *loaded.review;
    Q_EMIT changed();
    return {};
}

void ReviewSession::touch()
{
    m_document->setModified(true);
    Q_EMIT changed();
}

QString ReviewSession::addComment(qsizetype start, qsizetype length, const QString &body)
{
    ReviewComment comment;
    comment.anchor = {start, length, m_document->toPlainText().mid(start, length)};
    comment.author = m_author;
    comment.body = body;
    const QString id = m_review.addComment(std::move(comment));
    touch();
    return id;
}

void ReviewSession::updateComment(const QString &id, const QString &body)
{
    if (m_review.updateComment(id, body))
        touch();
}

void ReviewSession::removeComment(const QString &id)
{
    if (m_review.removeComment(id))
        touch();
}

void ReviewSession::decide(const Finding &finding, const QString &text, DecisionKind kind,
                           const QString &reason)
{
    ReviewDecision decision;
    decision.ruleId = finding.ruleId;
    decision.anchor = {finding.start, finding.length, text.mid(finding.start, finding.length)};
    decision.kind = kind;
    decision.reason = reason;
    decision.author = m_author;
    m_review.decide(std::move(decision));
    touch();
}

void ReviewSession::withdrawDecision(const ReviewDecision &decision)
{
    if (m_review.removeDecision(decision))
        touch();
}

} // namespace rolelens
