#pragma once

#include "review/review.h"

#include <QObject>

class QTextDocument;

namespace rolelens {

/// The review of the posting in the editor: its comments and decisions, kept anchored while
/// the text is edited, read from and written to the sidecar file beside the posting
/// (`posting.md.review.json`). Any change to the review marks the document modified, so the
/// "save your changes?" question protects comments as it protects the text.
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    explicit ReviewSession(QTextDocument *document, QObject *parent = nullptr);

    [[nodiscard]] const Review &review() const { return m_review; }
    /// Who is reviewing, written with each comment and decision.
    void setAuthor(const QString &author) { m_author = author; }

    /// Starts an empty review (a new document).
    void clear();
    /// Reads the sidecar of \a postingPath for the text now in the document. A missing
    /// sidecar is an empty review. Returns an error message, or empty.
    QString load(const QString &postingPath);
    /// Writes the review beside \a postingPath, replacing the sidecar by a complete new one.
    /// An empty review removes the sidecar only if this session read or wrote it: saving
    /// never deletes a review it did not write. A sidecar that could not be read is first kept
    /// as `….broken`, so writing never destroys a file the user may want to repair. Returns an
    /// error message, or empty.
    QString save(const QString &postingPath);
    /// The review as a review file's JSON of the text now in the document (empty when there
    /// is no review), for a recovery copy.
    [[nodiscard]] QByteArray snapshot() const;
    /// Takes back the review of a recovery copy (\a json, as snapshot() made it). Returns an
    /// error message, or empty.
    QString restore(const QByteArray &json);

    /// Comments the text from \a start to \a start + \a length; returns the comment's id.
    QString addComment(qsizetype start, qsizetype length, const QString &body);
    void updateComment(const QString &id, const QString &body);
    void removeComment(const QString &id);
    /// Records \a kind for \a finding of \a text (the analysed text, which is the document's).
    void decide(const Finding &finding, const QString &text, DecisionKind kind,
                const QString &reason);
    void withdrawDecision(const ReviewDecision &decision);

Q_SIGNALS:
    /// A comment or decision was added, changed or removed (not merely moved by an edit).
    void changed();

private:
    void onContentsChange(int position, int removed, int added);
    void touch();

    QTextDocument *m_document;
    Review m_review;
    QString m_author;
    QString m_unreadablePath; // a sidecar that failed to load, to keep before overwriting
    QString m_ownPath;        // the sidecar this session read or wrote, which it may remove
};

} // namespace rolelens
