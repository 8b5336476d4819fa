#include "window/recoverycontroller.h"

#include "editor/postingdocument.h"
#include "editor/postingeditor.h"
#include "editor/textchange.h"
#include "review/reviewsession.h"
#include "window/findingspresenter.h"

#include <QDateTime>
#include <QLocale>
#include <QStandardPaths>

namespace rolelens {

RecoveryController::RecoveryController(PostingEditor *editor, PostingDocument *document,
                                       ReviewSession *review, QObject *parent)
    : QObject(parent), m_editor(editor), m_document(document), m_review(review),
      m_store(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
              QStringLiteral("/recovery"))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(3000);
    connect(&m_autosave, &QTimer::timeout, this, &RecoveryController::saveNow);
    connect(m_editor->document(), &QTextDocument::contentsChange, this,
            [this](int, int removed, int added) {
                if (changesText(removed, added))
                    m_autosave.start();
            });
    // A comment or decision marks the document modified; it is copied like an edit.
    connect(m_review, &ReviewSession::changed, this, [this] {
        if (m_editor->document()->isModified())
            m_autosave.start();
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!modified)
            forgetOwnCopy();
    });
}

void RecoveryController::saveNow()
{
    if (!m_editor->document()->isModified())
        return;
    const QString error =
        m_store.save({m_id, m_document->displayName(), m_document->path(),
                      QDateTime::currentDateTime(), m_editor->toPlainText(), m_review->snapshot()});
    if (!error.isEmpty())
        Q_EMIT statusMessage(tr("Could not keep a recovery copy: %1").arg(error));
}

void RecoveryController::forgetOwnCopy()
{
    m_store.remove(m_id);
}

QList<RecoveryStore::Entry> RecoveryController::recoverableDocuments() const
{
    QList<RecoveryStore::Entry> entries = m_store.entries();
    entries.removeIf([this](const RecoveryStore::Entry &entry) { return entry.id == m_id; });
    return entries;
}

QString RecoveryController::question(const RecoveryStore::Entry &entry)
{
    return tr("RoleLens found unsaved work from an earlier session: \u201c%1\u201d, copied %2. "
              "Restore it? "
              "If you do not, the copy is discarded.")
        .arg(entry.name, QLocale().toString(entry.saved, QLocale::ShortFormat));
}

void RecoveryController::offer(const std::function<void(const RecoveryStore::Entry &)> &restore)
{
    for (const RecoveryStore::Entry &entry : recoverableDocuments()) {
        if (m_document->prompts().ask(tr("Recover Unsaved Work"), question(entry)))
            restore(entry);
        m_store.remove(entry.id);
    }
}

} // namespace rolelens
