#include "window/mainwindow.h"

#include "editor/analysiscontroller.h"
#include "editor/findinghighlighter.h"
#include "editor/postingdocument.h"
#include "editor/postingeditor.h"
#include "edits/topicinsertion.h"
#include "export/pdfexporter.h"
#include "help/ruleguide.h"
#include "io/textfile.h"
#include "panels/findingspanel.h"
#include "report/reports.h"
#include "review/reviewpanel.h"
#include "review/reviewsession.h"
#include "review/reviewworkflow.h"
#include "rules/rulesetloader.h"
#include "window/exportcontroller.h"
#include "window/settingsmenu.h"
#include "window/spellingcontroller.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>

namespace rolelens {

namespace {

QString ignoreKey(const QString &ruleId, const QString &text)
{
    return ruleId + QChar(0x1f) + text;
}

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_settings(EditorSettings::load())
{
    m_editor = new PostingEditor(this);
    setCentralWidget(m_editor);
    m_highlighter = new FindingHighlighter(m_editor->document());
    m_document = new PostingDocument(m_editor, m_settings, this);
    m_controller = new AnalysisController(m_editor->document(), RuleSet::builtin(), this);
    m_controller->setDebounceMs(m_settings.debounceMs);

    m_panel = new FindingsPanel;
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(340); // room for the coverage titles and their Insert buttons
    auto *dock = new QDockWidget(tr("Findings"), this);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    m_review = new ReviewWorkflow(m_editor, m_document, m_controller, this);
    m_review->session()->setAuthor(
        !m_settings.pdfAuthor.isEmpty()
            ? m_settings.pdfAuthor
            : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    auto *reviewDock = new QDockWidget(tr("Review"), this);
    reviewDock->setObjectName(QStringLiteral("reviewDock"));
    reviewDock->setWidget(m_review->panel());
    addDockWidget(Qt::RightDockWidgetArea, reviewDock);
    tabifyDockWidget(dock, reviewDock);
    dock->raise();

    m_spelling = new SpellingController(m_settings, m_editor, m_controller, this);
    m_export = new ExportController(m_settings, m_editor, m_document, m_controller, m_review, this);
    m_recovery = new RecoveryController(m_editor, m_document, this);
    m_wordsLabel = new QLabel;
    m_countsLabel = new QLabel;
    statusBar()->addWidget(m_wordsLabel);
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_spelling->label());

    connect(m_controller, &AnalysisController::analysisReady, this, &MainWindow::onAnalysisReady);
    connect(m_review, &ReviewWorkflow::changed, this, &MainWindow::showAnalysis);
    connect(m_review, &ReviewWorkflow::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_review, &ReviewWorkflow::usePackRequested, this, [this](const QString &path) {
        m_settings.teamPacks.append(path);
        m_settings.teamPacksEnabled = true;
        rebuildRules();
    });
    connect(m_panel, &FindingsPanel::findingActivated, this, [this](int index) {
        m_editor->selectFinding(m_visiblePosition.value(index, -1));
        m_editor->setFocus();
    });
    connect(m_panel, &FindingsPanel::insertTopicRequested, this, &MainWindow::insertTopic);
    connect(m_panel, &FindingsPanel::fixAllRequested, this, &MainWindow::fixAll);
    connect(m_editor, &PostingEditor::ignoreRequested, this, &MainWindow::ignoreFinding);
    connect(m_editor, &PostingEditor::disableRuleRequested, this, &MainWindow::disableRule);
    connect(m_document, &PostingDocument::pathChanged, this, [this] {
        updateTitle();
        fillRecentMenu();
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &QWidget::setWindowModified);

    connect(m_export, &ExportController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_recovery, &RecoveryController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_document, &PostingDocument::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    createMenus();
    m_editor->zoomIn(m_settings.zoom); // as the user left it
    setAcceptDrops(true);
    rebuildRules();
    m_spelling->setLanguage(m_settings.spellLanguage);
    if (!restoreGeometry(m_settings.geometry))
        resize(1200, 800);
    restoreState(m_settings.windowState);
    updateTitle();
    m_editor->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the modified marker.
    setWindowTitle(tr("RoleLens \u2014 %1[*]").arg(m_document->displayName()));
}

bool MainWindow::openFile(const QString &path)
{
    if (!m_document->maybeSave())
        return false;
    m_ignored.clear();
    if (!m_document->open(path))
        return false;
    m_review->forgetBaseline();
    m_controller->scheduleNow();
    return true;
}

void MainWindow::newFromText(const QString &text)
{
    m_ignored.clear();
    m_document->newDocument(text);
    m_review->clear();
    m_controller->scheduleNow();
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    auto *settings = new SettingsMenu(m_settings, m_controller, this);
    settings->fill(menuBar()->addMenu(tr("&Settings")));
    connect(settings, &SettingsMenu::rulesChanged, this, &MainWindow::rebuildRules);
    connect(settings, &SettingsMenu::filterChanged, this, &MainWindow::showAnalysis);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_spelling->attachLanguageMenu(tools->addMenu(tr("&Spelling Language")));
    m_review->fillMenu(menuBar()->addMenu(tr("&Review")));
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [this] {
        if (m_document->maybeSave())
            newFromText({});
    });
    fillTemplateMenu(file->addMenu(tr("New from &Template")));
    file->addAction(tr("&Open\u2026"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Posting"), {}, tr("Postings (*.md *.txt);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    fillRecentMenu();
    file->addAction(tr("Compare &With\u2026"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Compare With an Earlier Version"), {},
                                         tr("Postings (*.md *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_review->compareWith(path);
    });
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, m_document, &PostingDocument::save);
    // Save As and Quit have no standard keys on every platform; these are the common ones.
    file->addAction(tr("Save &As\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                    m_document, &PostingDocument::saveAs);
    file->addSeparator();
    file->addAction(tr("&Export PDF\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    [this] { m_export->exportPdf(PdfKind::Posting); });
    file->addAction(tr("Export Review &Report\u2026"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    [this] { m_export->exportPdf(PdfKind::Report); });
    file->addAction(tr("&Print\u2026"), QKeySequence::Print, m_export, &ExportController::print);
    file->addAction(tr("Print Pre&view\u2026"), m_export, &ExportController::printPreview);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo =
        edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QPlainTextEdit::undo);
    QAction *redo =
        edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QPlainTextEdit::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    edit->addAction(tr("Show &Fixes"), QKeySequence(Qt::CTRL | Qt::Key_Period), m_editor,
                    &PostingEditor::showFixesAtCursor);
    edit->addAction(tr("Fix &All"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period), this,
                    &MainWindow::fixAll);
    edit->addAction(tr("&Next Finding"), QKeySequence(Qt::Key_F8), m_editor,
                    &PostingEditor::nextFinding);
    edit->addAction(tr("&Previous Finding"), QKeySequence(Qt::SHIFT | Qt::Key_F8), m_editor,
                    &PostingEditor::previousFinding);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dockWidget : findChildren<QDockWidget *>())
        view->addAction(dockWidget->toggleViewAction());
    view->addSeparator();
    // Ctrl+= as well as the standard Ctrl++, which needs Shift on most keyboards.
    view->addAction(tr("Zoom &In"), this, [this] { setZoom(m_settings.zoom + 1); })
        ->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this,
                    [this] { setZoom(m_settings.zoom - 1); });
    view->addAction(tr("&Reset Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    [this] { setZoom(0); });
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&What RoleLens Checks"), QKeySequence::HelpContents, this, [this] {
        RuleGuideDialog guide(m_controller->rulesPointer(), this);
        guide.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About RoleLens"), this,
                    [this] { QMessageBox::about(this, tr("About RoleLens"), aboutText()); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString MainWindow::aboutText()
{
    return tr("<h3>RoleLens %1</h3>"
              "<p>An editor for Technical Project Manager job postings. It marks demands "
              "that belong in a developer's posting, explains each one and offers a rewrite "
              "toward the work a TPM leads: risk, stakeholders, delivery and the team.</p>"
              "<p>Released under the MIT licence. Built with Qt %2 and Hunspell.</p>")
        .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()));
}

void MainWindow::setZoom(int steps)
{
    // Kept within sizes that stay readable and fit a line of the posting on screen.
    steps = qBound(-6, steps, 24);
    m_editor->zoomIn(steps - m_settings.zoom);
    m_settings.zoom = steps;
}

QString MainWindow::exportPdfTo(ExportKind kind, const QString &path)
{
    return m_export->exportPdfTo(kind, path);
}

void MainWindow::fillTemplateMenu(QMenu *menu)
{
    const QStringList names = QDir(QStringLiteral(":/templates"))
                                  .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QString title =
            QFileInfo(name).completeBaseName().replace(QLatin1Char('-'), QLatin1Char(' '));
        title[0] = title[0].toUpper();
        menu->addAction(title, this, [this, name] {
            if (m_document->maybeSave())
                newFromText(readResource(QStringLiteral(":/templates/") + name));
        });
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_settings.recentFiles))
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openFile(path); });
    m_recentMenu->setEnabled(!m_settings.recentFiles.isEmpty());
}

bool MainWindow::isShown(const Finding &finding) const
{
    // The emptiness test saves a string per finding on every analysis.
    if (m_review->session()->review().isKept(finding, m_analysedText))
        return false; // the reviewer decided to keep it: no longer open
    return finding.severity >= m_settings.minimumSeverity &&
           (m_ignored.isEmpty() ||
            !m_ignored.contains(
                ignoreKey(finding.ruleId, m_analysedText.mid(finding.start, finding.length))));
}

void MainWindow::onAnalysisReady(const Analysis &analysis, const QString &text)
{
    m_analysis = analysis;
    m_analysedText = text;
    showAnalysis();
    m_review->refreshLines();
}

void MainWindow::showAnalysis()
{
    QList<bool> shown;
    QList<Finding> visible;
    std::array<int, 3> counts{};
    int misspellings = 0;
    m_visiblePosition.clear();
    for (const Finding &finding : std::as_const(m_analysis.findings)) {
        shown.append(isShown(finding));
        m_visiblePosition.append(shown.last() ? int(visible.size()) : -1);
        if (shown.last()) {
            visible.append(finding);
            if (finding.category == Category::Spelling)
                ++misspellings;
            else
                ++counts[std::size_t(finding.severity)];
        }
    }
    // The editor and the highlighter know only the visible findings; the panel indexes all
    // of them, so its clicks go through m_visiblePosition. Offsets are only good for the
    // text they were found in: after an edit, the next analysis brings new ones.
    if (m_controller->isCurrent()) {
        m_highlighter->setFindings(visible);
        m_editor->setFindings(visible, m_analysedText);
    }
    m_panel->setAnalysis(m_analysis, m_analysedText, shown);
    m_wordsLabel->setText(tr("%n word(s)", nullptr, m_controller->wordCount()));
    m_countsLabel->setText(tr("%1 errors \u00b7 %2 warnings \u00b7 %3 info \u00b7 %4 spelling")
                               .arg(counts[std::size_t(Severity::Error)])
                               .arg(counts[std::size_t(Severity::Warning)])
                               .arg(counts[std::size_t(Severity::Info)])
                               .arg(misspellings));
}

void MainWindow::fixAll()
{
    if (!m_controller->isCurrent())
        return; // offsets would not match what is on screen
    m_editor->applyEdits(firstSuggestionEdits(m_analysedText, m_editor->findings()));
}

void MainWindow::insertTopic(const QString &topicId)
{
    for (const TopicCoverage &topic : std::as_const(m_analysis.coverage)) {
        if (topic.id != topicId || topic.present)
            continue;
        m_editor->applyEdits(
            {topicInsertion(m_editor->toPlainText(), topic.section, topic.snippet)});
        return;
    }
}

void MainWindow::ignoreFinding(const Finding &finding)
{
    m_ignored.insert(ignoreKey(finding.ruleId, m_analysedText.mid(finding.start, finding.length)));
    showAnalysis();
}

void MainWindow::disableRule(const QString &ruleId)
{
    if (!m_settings.disabledRules.contains(ruleId))
        m_settings.disabledRules.append(ruleId);
    rebuildRules();
    statusBar()->showMessage(tr("Rule %1 disabled. Settings \u203a Rule Packs \u203a Enable "
                                "Disabled Rules brings it back.")
                                 .arg(ruleId),
                             8000);
}

void MainWindow::rebuildRules()
{
    QStringList files;
    if (m_settings.teamPacksEnabled) {
        files = m_settings.teamPacks;
        // Packs dropped into the app data folder count as team packs too.
        const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QStringLiteral("/rules"));
        for (const QString &name :
             folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(folder.filePath(name));
    }
    const RuleSetLoad loaded = loadRuleSet(files, m_settings.disabledRules, PackFailure::SkipPack);
    if (!loaded.problems.isEmpty()) {
        QMessageBox::warning(this, tr("Rule Pack Problem"),
                             tr("Some team rule packs were not loaded:\n\n%1")
                                 .arg(loaded.problems.join(QLatin1Char('\n'))));
    }
    m_controller->setRules(loaded.rules);
}

void MainWindow::setPrompts(const PostingDocument::Prompts &prompts)
{
    m_document->setPrompts(prompts); // the window asks through its document's prompts
}

void MainWindow::offerRecovery()
{
    m_recovery->offer([this](const RecoveryStore::Entry &entry) {
        MainWindow *target = this;
        if (m_editor->document()->isModified() || !m_document->path().isEmpty()) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        target->restore(entry);
    });
}

void MainWindow::restore(const RecoveryStore::Entry &entry)
{
    m_document->newDocument(entry.text);
    m_editor->document()->setModified(true); // restored work still needs saving
    m_controller->scheduleNow();
    m_recovery->saveNow(); // its copy now belongs to the window that shows it
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery->forgetOwnCopy();
    m_settings.geometry = saveGeometry();
    m_settings.windowState = saveState();
    m_settings.save();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace rolelens
