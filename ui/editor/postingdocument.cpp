#include "editor/postingdocument.h"

#include "editor/editorsettings.h"
#include "editor/textprompt.h"
#include "import/documentimport.h"
#include "io/textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardPaths>

namespace rolelens {

namespace {
QString fileFilter()
{
    return QObject::tr("Postings (*.md *.txt);;Markdown (*.md);;Text (*.txt);;All files (*)");
}
} // namespace

QString PostingDocument::openFilter()
{
    return tr("Postings (*.md *.txt *.docx *.odt *.html *.htm);;Markdown and text (*.md *.txt);;"
              "Word and OpenDocument (*.docx *.odt);;Web pages (*.html *.htm);;All files (*)");
}

namespace {} // namespace

PostingDocument::PostingDocument(QPlainTextEdit *editor, EditorSettings &settings,
                                 QWidget *dialogParent)
    : QObject(editor), m_editor(editor), m_settings(settings), m_dialogParent(dialogParent)
{
    m_prompts.warn = [this](const QString &title, const QString &text) {
        QMessageBox::warning(m_dialogParent, title, text);
    };
    m_prompts.ask = [this](const QString &title, const QString &text) {
        return QMessageBox::question(m_dialogParent, title, text) == QMessageBox::Yes;
    };
    m_prompts.askText = [this](const QString &title, const QString &label,
                               const QString &initial) -> std::optional<QString> {
        TextPrompt prompt(title, label, initial, m_dialogParent);
        return prompt.exec() == QDialog::Accepted ? std::optional(prompt.text()) : std::nullopt;
    };
    m_prompts.askSave = [this](const QString &title, const QString &text) {
        const auto answer = QMessageBox::warning(
            m_dialogParent, title, text,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save      ? SaveChoice::Save
               : answer == QMessageBox::Discard ? SaveChoice::Discard
                                                : SaveChoice::Cancel;
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &PostingDocument::onFileChanged);
}

QString PostingDocument::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    return m_unsavedName.isEmpty() ? tr("Untitled") : m_unsavedName;
}

void PostingDocument::setPath(const QString &path)
{
    m_path = path;
    watch(path);
    if (!path.isEmpty())
        m_settings.addRecentFile(QFileInfo(path).absoluteFilePath());
    Q_EMIT pathChanged();
}

PostingDocument::Stamp PostingDocument::stampOf(const QString &path)
{
    const QFileInfo info(path);
    return {info.exists() ? info.lastModified() : QDateTime(), info.exists() ? info.size() : -1};
}

void PostingDocument::watch(const QString &path)
{
    m_stamp = stampOf(path);
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!path.isEmpty())
        m_watcher.addPath(path);
}

void PostingDocument::onFileChanged(const QString &path)
{
    // Our own saves change the file too; a file that is as we last wrote or read it is no
    // outside change.
    if (path != m_path || stampOf(path) == m_stamp)
        return;
    watch(path); // programs that replace the file drop it from the watcher
    if (!QFileInfo::exists(path)) {
        m_editor->document()->setModified(true); // the text now lives only here
        m_prompts.warn(tr("File Removed"),
                       tr("\u201c%1\u201d was removed or renamed by another program. Saving keeps "
                          "your text.")
                           .arg(displayName()));
        return;
    }
    const QString question =
        m_editor->document()->isModified()
            ? tr("\u201c%1\u201d was changed by another program. Reload it and lose your unsaved "
                 "changes?")
            : tr("\u201c%1\u201d was changed by another program. Reload it?");
    if (m_prompts.ask(tr("File Changed on Disk"), question.arg(displayName())))
        load(path, false);
}

void PostingDocument::newDocument(const QString &text, const QString &name)
{
    m_unsavedName = name;
    m_importedFrom.clear();
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_crlf = false;
    m_encoding = TextEncoding::Utf8;
    setPath({});
    Q_EMIT replaced();
}

void PostingDocument::restore(const QString &text, const QString &path)
{
    newDocument(text);
    setPath(path);
    m_editor->document()->setModified(true); // restored work still needs saving
}

bool PostingDocument::open(const QString &path)
{
    return load(path, true);
}

bool PostingDocument::importDocument(const QString &path)
{
    const ImportedDocument document = rolelens::importDocumentFile(path, documentFormatOf(path));
    if (!document.error.isEmpty()) {
        m_prompts.warn(tr("Cannot Open Posting"),
                       tr("RoleLens cannot open \u201c%1\u201d: %2.")
                           .arg(QDir::toNativeSeparators(path), document.error));
        return false;
    }
    const QFileInfo info(path);
    newDocument(document.markdown, info.completeBaseName() + QStringLiteral(".md"));
    m_importedFrom = info.absoluteFilePath();
    Q_EMIT opened(path);
    Q_EMIT notice(tr("Converted from %1; Save writes a new Markdown file, the original stays as "
                     "it is.")
                      .arg(info.fileName()));
    return true;
}

bool PostingDocument::load(const QString &path, bool replacing)
{
    if (documentFormatOf(path) != DocumentFormat::Text)
        return importDocument(path);
    TextFile file = loadTextFile(path);
    if (file.invalidUtf8 &&
        m_prompts.ask(tr("Not UTF-8 Text"),
                      tr("\u201c%1\u201d is not valid UTF-8 text. Open it as Windows-1252 "
                         "(Latin-1)? It will be saved as UTF-8.")
                          .arg(QDir::toNativeSeparators(path)))) {
        file = loadTextFile(path, true);
    }
    if (!file.error.isEmpty()) {
        m_prompts.warn(tr("Cannot Open Posting"),
                       tr("RoleLens cannot open \u201c%1\u201d: %2.")
                           .arg(QDir::toNativeSeparators(path), file.error));
        return false;
    }
    m_editor->setPlainText(file.text);
    m_editor->document()->setModified(false);
    m_crlf = file.crlf;
    m_encoding = file.encoding;
    setPath(path);
    if (replacing)
        Q_EMIT replaced();
    Q_EMIT opened(path);
    if (m_encoding == TextEncoding::Windows1252)
        Q_EMIT notice(tr("Opened as Windows-1252; saving will write UTF-8."));
    return true;
}

QString PostingDocument::writeTo(const QString &path)
{
    return saveTextFile(path, m_editor->toPlainText(), m_crlf, m_encoding);
}

bool PostingDocument::save()
{
    if (m_path.isEmpty())
        return saveAs();
    if (const QString error = writeTo(m_path); !error.isEmpty()) {
        // The document stays modified, so nothing is lost and the user can try elsewhere.
        m_prompts.warn(tr("Cannot Save Posting"),
                       tr("\u201c%1\u201d could not be saved: %2.")
                           .arg(QDir::toNativeSeparators(m_path), error));
        return false;
    }
    if (m_encoding == TextEncoding::Windows1252)
        m_encoding = TextEncoding::Utf8; // what was just written
    m_editor->document()->setModified(false);
    setPath(m_path);
    Q_EMIT saved(m_path);
    return true;
}

bool PostingDocument::saveAs()
{
    // Beside the document; a new one beside the file worked on last, else in Documents, never
    // in whatever folder the program was started from.
    const QString folder =
        !m_settings.recentFiles.isEmpty()
            ? QFileInfo(m_settings.recentFiles.constFirst()).absolutePath()
            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Save Posting As"),
        !m_path.isEmpty()           ? m_path
        : !m_importedFrom.isEmpty() ? QFileInfo(m_importedFrom).dir().filePath(m_unsavedName)
                                    : QDir(folder).filePath(tr("posting.md")),
        fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    const QString previous = m_path;
    m_path = path;
    if (save())
        return true;
    m_path = previous;
    return false;
}

bool PostingDocument::maybeSave()
{
    if (!m_editor->document()->isModified())
        return true;
    const SaveChoice answer = m_prompts.askSave(
        tr("Unsaved Changes"),
        tr("\u201c%1\u201d has changes that are not saved. Save them?").arg(displayName()));
    if (answer == SaveChoice::Save)
        return save();
    return answer == SaveChoice::Discard;
}

} // namespace rolelens
