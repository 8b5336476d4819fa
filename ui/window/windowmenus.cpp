#include "window/windowmenus.h"

#include "editor/analysiscontroller.h"
#include "editor/editorsettings.h"
#include "editor/findbar.h"
#include "editor/postingdocument.h"
#include "editor/postingeditor.h"
#include "help/ruleguide.h"
#include "review/reviewworkflow.h"
#include "window/exportcontroller.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>

namespace rolelens {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

WindowMenus::WindowMenus(MainWindow *window, EditorSettings &settings, ExportController *exporter)
    : QObject(window), m_window(window), m_settings(settings), m_export(exporter)
{
    m_window->editor()->zoomIn(m_settings.zoom);
    m_window->editor()->setTextColumn(m_settings.textColumn);
}

void WindowMenus::createFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [this] {
        if (m_window->document()->maybeSave())
            m_window->newFromText({});
    });
    fillTemplateMenu(file->addMenu(tr("New from &Template")));
    file->addAction(tr("&Open\u2026"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Posting"), {},
                                                          PostingDocument::openFilter());
        if (!path.isEmpty())
            m_window->openFile(path);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    fillRecentMenu();
    file->addAction(tr("Compare &With\u2026"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(m_window, tr("Compare With an Earlier Version"), {},
                                         tr("Postings (*.md *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_window->review()->compareWith(path);
    });
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, m_window->document(), &PostingDocument::save);
    // Save As and Quit have no standard keys on every platform; these are the common ones.
    file->addAction(tr("Save &As\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                    m_window->document(), &PostingDocument::saveAs);
    file->addSeparator();
    file->addAction(tr("&Export PDF\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    [this] { m_export->exportPdf(PdfKind::Posting); });
    file->addAction(tr("Export Posting &As\u2026"), this, [this] { m_export->exportPostingAs(); });
    file->addAction(tr("Export Review &Report\u2026"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    [this] { m_export->exportPdf(PdfKind::Report); });
    file->addAction(tr("&Print\u2026"), QKeySequence::Print, m_export, &ExportController::print);
    file->addAction(tr("Print Pre&view\u2026"), m_export, &ExportController::printPreview);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), m_window, &QWidget::close);
}

void WindowMenus::createEditMenu()
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    QAction *undo =
        edit->addAction(tr("&Undo"), QKeySequence::Undo, m_window->editor(), &QPlainTextEdit::undo);
    QAction *redo =
        edit->addAction(tr("&Redo"), QKeySequence::Redo, m_window->editor(), &QPlainTextEdit::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_window->editor(), &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_window->editor(), &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    // Cut and Copy do nothing without a selection, as in the editor's own context menu.
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, m_window->editor(), &QPlainTextEdit::cut);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_window->editor(), &QPlainTextEdit::copy);
    edit->addAction(tr("Copy as &HTML"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), m_export,
                    &ExportController::copyAsHtml);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, m_window->editor(), &QPlainTextEdit::paste);
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, m_window->editor(),
                    &QPlainTextEdit::selectAll);
    edit->addSeparator();
    FindBar *find = m_window->findBar();
    edit->addAction(tr("&Find\u2026"), QKeySequence::Find, find, &FindBar::showFind);
    edit->addAction(tr("&Replace\u2026"), QKeySequence(Qt::CTRL | Qt::Key_H), find,
                    &FindBar::showReplace);
    // F3 with nothing to look for yet opens the bar instead.
    const auto step = [find](bool backwards) {
        if (find->findField()->text().isEmpty())
            find->showFind();
        else if (backwards)
            find->findPrevious();
        else
            find->findNext();
    };
    edit->addAction(tr("Find Ne&xt"), QKeySequence::FindNext, find, [step] { step(false); });
    edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, find, [step] { step(true); });
    edit->addSeparator();
    edit->addAction(tr("Show &Fixes"), QKeySequence(Qt::CTRL | Qt::Key_Period), m_window->editor(),
                    &PostingEditor::showFixesAtCursor);
    edit->addAction(tr("Fix &All"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period), this,
                    [this] { m_window->fixAll(); });
    edit->addAction(tr("&Next Finding"), QKeySequence(Qt::Key_F8), m_window->editor(),
                    &PostingEditor::nextFinding);
    edit->addAction(tr("&Previous Finding"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
                    m_window->editor(), &PostingEditor::previousFinding);
}

void WindowMenus::createViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dockWidget : m_window->findChildren<QDockWidget *>())
        view->addAction(dockWidget->toggleViewAction());
    view->addSeparator();
    // Ctrl+= as well as the standard Ctrl++, which needs Shift on most keyboards.
    view->addAction(tr("Zoom &In"), this, [this] { setZoom(m_settings.zoom + 1); })
        ->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this,
                    [this] { setZoom(m_settings.zoom - 1); });
    view->addAction(tr("&Reset Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    [this] { setZoom(0); });
    view->addSeparator();
    // The text column: 50 to 140 characters in steps of 10, or the full width.
    view->addAction(tr("&Narrower Text Column"), this, [this] {
        setTextColumn(m_settings.textColumn == 0 ? 130 : qMax(50, m_settings.textColumn - 10));
    });
    view->addAction(tr("&Wider Text Column"), this, [this] {
        setTextColumn(m_settings.textColumn == 0 ? 0 : qMin(140, m_settings.textColumn + 10));
    });
    QAction *full = view->addAction(tr("&Full-Width Text"));
    full->setCheckable(true);
    full->setChecked(m_settings.textColumn == 0);
    connect(full, &QAction::toggled, this, [this](bool on) { setTextColumn(on ? 0 : 80); });
    m_fullWidth = full;
}

void WindowMenus::setTextColumn(int characters)
{
    m_settings.textColumn = characters;
    m_window->editor()->setTextColumn(characters);
    const QSignalBlocker quiet(m_fullWidth);
    m_fullWidth->setChecked(characters == 0);
}

void WindowMenus::createHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&What RoleLens Checks"), QKeySequence::HelpContents, this, [this] {
        RuleGuideDialog guide(m_window->analysis()->rulesPointer(), m_window);
        guide.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About RoleLens"), this,
                    [this] { QMessageBox::about(m_window, tr("About RoleLens"), aboutText()); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString WindowMenus::aboutText()
{
    return tr("<h3>RoleLens %1</h3>"
              "<p>An editor for Technical Project Manager job postings. It marks demands "
              "that belong in a developer's posting, explains each one and offers a rewrite "
              "toward the work a TPM leads: risk, stakeholders, delivery and the team.</p>"
              "<p>Released under the MIT licence. Built with Qt %2 and Hunspell.</p>")
        .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()));
}

void WindowMenus::setZoom(int steps)
{
    // Kept within sizes that stay readable and fit a line of the posting on screen.
    steps = qBound(-6, steps, 24);
    m_window->editor()->zoomIn(steps - m_settings.zoom);
    m_settings.zoom = steps;
}

void WindowMenus::fillTemplateMenu(QMenu *menu)
{
    const QStringList names = QDir(QStringLiteral(":/templates"))
                                  .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QString title =
            QFileInfo(name).completeBaseName().replace(QLatin1Char('-'), QLatin1Char(' '));
        title[0] = title[0].toUpper();
        menu->addAction(title, this, [this, name, title] {
            if (m_window->document()->maybeSave())
                m_window->newFromText(readResource(QStringLiteral(":/templates/") + name), title);
        });
    }
}

void WindowMenus::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_settings.recentFiles))
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { m_window->openFile(path); });
    m_recentMenu->setEnabled(!m_settings.recentFiles.isEmpty());
}

} // namespace rolelens
