#pragma once

#include "io/inputreader.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

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
    /// How the document talks to the user; dialogs by default, replaceable in tests.
    /// What to do with unsaved changes before they would be lost.
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel
    };

    struct Prompts
    {
        std::function<void(const QString &title, const QString &text)> warn;
        /// A yes/no question; true for yes.
        std::function<bool(const QString &title, const QString &text)> ask;
        /// Asks for a text (a comment, a reason), starting from \a initial; nothing if the
        /// user cancelled.
        std::function<std::optional<QString>(const QString &title, const QString &label,
                                             const QString &initial)>
            askText;
        /// Save, discard or keep editing the unsaved changes (closing, New, Open).
        std::function<SaveChoice(const QString &title, const QString &text)> askSave;
    };

    PostingDocument(QPlainTextEdit *editor, EditorSettings &settings, QWidget *dialogParent);

    /// "Untitled" or the file name.
    [[nodiscard]] QString displayName() const;
    /// The Open dialog's filter: postings as text, and documents RoleLens converts.
    [[nodiscard]] static QString openFilter();
    [[nodiscard]] const QString &path() const { return m_path; }

    /// Replaces the text with \a text as a new, unsaved, unmodified document.
    /// \a name is what the window calls it until it is saved ("Sample posting", a template's
    /// name); empty: "Untitled".
    void newDocument(const QString &text = {}, const QString &name = {});
    /// Shows \a text, recovered after a crash, as the unsaved work on \a path (empty: a
    /// document never saved): modified, and saved to \a path by Save.
    void restore(const QString &text, const QString &path);
    /// Opens \a path; false (after telling the user why) if it cannot be read.
    bool open(const QString &path);
    bool save();
    bool saveAs();
    /// Asks whether to save unsaved changes; false if the user cancelled.
    [[nodiscard]] bool maybeSave();
    /// Writes to \a path without asking; for tests and Save As. Returns an error or empty.
    [[nodiscard]] QString writeTo(const QString &path);

    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }
    [[nodiscard]] const Prompts &prompts() const { return m_prompts; }
    [[nodiscard]] TextEncoding encoding() const { return m_encoding; }

Q_SIGNALS:
    void pathChanged();
    /// The document holds another posting now (New, Open, a template, a recovered copy):
    /// what belonged to the one before (ignores, review, baseline) no longer applies. A
    /// reload of the same file after another program changed it is no replacement.
    void replaced();
    /// The document now holds the file at \a path (opened or reloaded).
    void opened(const QString &path);
    /// The document was written to \a path.
    void saved(const QString &path);
    /// Something the user should notice but need not answer ("opened as Windows-1252").
    void notice(const QString &text);

private:
    /// Reads \a path into the editor; \a replacing: it is another posting, not a reload.
    bool load(const QString &path, bool replacing);
    /// Opens a .docx, .odt or .html file as a new Markdown posting named after it; the
    /// original is never written to.
    bool importDocument(const QString &path);
    void setPath(const QString &path);
    void watch(const QString &path);
    void onFileChanged(const QString &path);

    QPlainTextEdit *m_editor;
    EditorSettings &m_settings;
    QWidget *m_dialogParent;
    QString m_path;
    QString m_unsavedName;  // the name of a document not saved yet; empty: "Untitled"
    QString m_importedFrom; // the document an unsaved posting was converted from
    bool m_crlf = false;
    TextEncoding m_encoding = TextEncoding::Utf8;
    Prompts m_prompts;
    QFileSystemWatcher m_watcher;
    struct Stamp
    {
        QDateTime modified;
        qint64 size = -1;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };
    [[nodiscard]] static Stamp stampOf(const QString &path);
    Stamp m_stamp; // the file as we last read or wrote it
};

} // namespace rolelens
