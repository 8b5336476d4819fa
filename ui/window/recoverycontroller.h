#pragma once

#include "io/recoverystore.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace rolelens {

class PostingDocument;
class PostingEditor;
class ReviewSession;

/// Crash recovery for one window: a copy of unsaved work (text, file, review, ignores) a few
/// seconds after the last edit or review change,
/// dropped once the document is saved or closed cleanly, and the offer to restore what an
/// earlier session left behind.
class RecoveryController : public QObject
{
    Q_OBJECT

public:
    /// The copy holds the text, the file it belongs to and the \a review, whose decisions
    /// include what Ignore Here set aside.
    RecoveryController(PostingEditor *editor, PostingDocument *document, ReviewSession *review,
                       QObject *parent);

    /// Milliseconds after the last edit before unsaved work is copied (default 3000).
    void setAutosaveMs(int ms) { m_autosave.setInterval(ms); }
    /// Copies the unsaved work now (nothing when the document is unmodified).
    void saveNow();
    /// Drops this window's copy: its work was saved or deliberately closed.
    void forgetOwnCopy();

    /// The copies of unsaved work this window does not own.
    [[nodiscard]] QList<RecoveryStore::Entry> recoverableDocuments() const;
    /// The question asked for \a entry.
    [[nodiscard]] static QString question(const RecoveryStore::Entry &entry);
    /// Asks about each copy an earlier session left; \a restore gets those the user wants
    /// back. Every copy asked about is then removed.
    void offer(const std::function<void(const RecoveryStore::Entry &)> &restore);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    PostingEditor *m_editor;
    PostingDocument *m_document;
    ReviewSession *m_review;
    RecoveryStore m_store;
    QString m_id = RecoveryStore::newId();
    QTimer m_autosave;
};

} // namespace rolelens
