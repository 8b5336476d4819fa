#include "postingdocument.h"

#include "editorsettings.h"
#include "textfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace rolelens {

namespace {
QString fileFilter()
{
    return QObject::tr("Postings (*.md *.txt);;Markdown (*.md);;Text (*.txt);;All files (*)");
}
} // namespace

PostingDocument::PostingDocument(QPlainTextEdit *editor, EditorSettings &settings,
                                 QWidget *dialogParent)
    : QObject(editor), m_editor(editor), m_settings(settings), m_dialogParent(dialogParent)
{}

QString PostingDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void PostingDocument::setPath(const QString &path)
{
    m_path = path;
    if (!path.isEmpty())
        m_settings.addRecentFile(QFileInfo(path).absoluteFilePath());
    Q_EMIT pathChanged();
}

void PostingDocument::newDocument(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_crlf = false;
    setPath({});
}

bool PostingDocument::open(const QString &path)
{
    const TextFile file = loadTextFile(path);
    if (!file.error.isEmpty()) {
        QMessageBox::warning(m_dialogParent, tr("Cannot Open Posting"),
                             tr("RoleLens cannot open \u201c%1\u201d: %2.")
                                 .arg(QDir::toNativeSeparators(path), file.error));
        return false;
    }
    m_editor->setPlainText(file.text);
    m_editor->document()->setModified(false);
    m_crlf = file.crlf;
    setPath(path);
    return true;
}

QString PostingDocument::writeTo(const QString &path)
{
    return saveTextFile(path, m_editor->toPlainText(), m_crlf);
}

bool PostingDocument::save()
{
    if (m_path.isEmpty())
        return saveAs();
    if (const QString error = writeTo(m_path); !error.isEmpty()) {
        // The document stays modified, so nothing is lost and the user can try elsewhere.
        QMessageBox::warning(m_dialogParent, tr("Cannot Save Posting"),
                             tr("\u201c%1\u201d could not be saved: %2.")
                                 .arg(QDir::toNativeSeparators(m_path), error));
        return false;
    }
    m_editor->document()->setModified(false);
    setPath(m_path);
    return true;
}

bool PostingDocument::saveAs()
{
    QString path =
        QFileDialog::getSaveFileName(m_dialogParent, tr("Save Posting As"),
                                     m_path.isEmpty() ? tr("posting.md") : m_path, fileFilter());
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
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved Changes"),
        tr("\u201c%1\u201d has changes that are not saved. Save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

} // namespace rolelens
