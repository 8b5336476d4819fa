#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rolelens {

/// Copies of unsaved work, one JSON file per document in a folder of the app data
/// directory, written atomically: the text with the file it belongs to and its review
/// state, so that nothing typed or noted is lost in a crash. Each open document has its own id, so
/// several windows never overwrite each other's copies.
class RecoveryStore
{
public:
    struct Entry
    {
        QString id;
        QString name;         ///< what the window called the document ("Untitled", "a.md")
        QString originalPath; ///< the file it belongs to; empty for a never-saved document
        QDateTime saved;
        QString text;
        QByteArray review; ///< the review file's JSON of the text (Ignore Here too); empty: none
    };

    explicit RecoveryStore(QString folder);

    [[nodiscard]] static QString newId();
    /// Writes (or replaces) the copy of document \a id. Returns an error message or empty.
    QString save(const Entry &entry) const;
    void remove(const QString &id) const;
    /// Every readable copy in the folder, oldest first; unreadable files are skipped.
    [[nodiscard]] QList<Entry> entries() const;
    [[nodiscard]] const QString &folder() const { return m_folder; }

private:
    [[nodiscard]] QString fileOf(const QString &id) const;
    QString m_folder;
};

} // namespace rolelens
