#pragma once

#include <QObject>
#include <QString>

class QPlainTextEdit;
class QWidget;

namespace rolelens {

struct EditorSettings;

/// The file behind the editor: its path, its line-end style, opening, saving (atomically,
/// through QSaveFile) and the "save your changes?" question. Errors are shown as dialogs
/// on \a dialogParent and never lose the text in the editor.
class PostingDocument : public QObject
{
    Q_OBJECT

public:
    PostingDocument(QPlainTextEdit *editor, EditorSettings &settings, QWidget *dialogParent);

    /// "Untitled" or the file name.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] const QString &path() const { return m_path; }

    /// Replaces the text with \a text as a new, unsaved, unmodified document.
    void newDocument(const QString &text = {});
    /// Opens \a path; false (after telling the user why) if it cannot be read.
    bool open(const QString &path);
    bool save();
    bool saveAs();
    /// Asks whether to save unsaved changes; false if the user cancelled.
    [[nodiscard]] bool maybeSave();
    /// Writes to \a path without asking; for tests and Save As. Returns an error or empty.
    [[nodiscard]] QString writeTo(const QString &path);

Q_SIGNALS:
    void pathChanged();

private:
    void setPath(const QString &path);

    QPlainTextEdit *m_editor;
    EditorSettings &m_settings;
    QWidget *m_dialogParent;
    QString m_path;
    bool m_crlf = false;
};

} // namespace rolelens
