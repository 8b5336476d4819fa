#include "window/mainwindow.h"

#include "editor/analysiscontroller.h"
#include "editor/findbar.h"
#include "editor/postingdocument.h"
#include "editor/postingeditor.h"
#include "help/ruleguide.h"
#include "panels/findingspanel.h"
#include "review/reviewpanel.h"
#include "review/reviewsession.h"
#include "review/reviewworkflow.h"
#include "rules/rulesetloader.h"
#include "window/exportcontroller.h"
#include "window/findingspresenter.h"
#include "window/settingsmenu.h"
#include "window/spellingcontroller.h"
#include "window/windowmenus.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace rolelens {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_settings(EditorSettings::load())
{
    m_editor = new PostingEditor(this);
    auto *central = new QWidget(this);
    m_findBar = new FindBar(m_editor, central);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_editor, 1);
    column->addWidget(m_findBar);
    setCentralWidget(central);
    m_document = new PostingDocument(m_editor, m_settings, this);
    m_controller = new AnalysisController(m_editor->document(), RuleSet::builtin(), this);
    m_controller->setDebounceMs(m_settings.debounceMs);
    m_controller->setJurisdiction(m_settings.jurisdiction);

    m_panel = new FindingsPanel;
    m_panel->setMinimumWidth(300); // room for a coverage title and its Insert button
    auto *dock = new QDockWidget(tr("Findings"), this);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    m_review = new ReviewWorkflow(m_editor, m_document, m_controller, m_settings, this);
    auto *reviewDock = new QDockWidget(tr("Review"), this);
    reviewDock->setObjectName(QStringLiteral("reviewDock"));
    reviewDock->setWidget(m_review->panel());
    addDockWidget(Qt::RightDockWidgetArea, reviewDock);
    tabifyDockWidget(dock, reviewDock);
    dock->raise();

    m_spelling = new SpellingController(m_settings, m_editor, m_controller, this);
    m_export = new ExportController(m_settings, m_editor, m_document, m_controller, m_review, this);
    m_findings = new FindingsPresenter(m_settings, m_editor, m_controller, m_review, m_panel, this);
    m_recovery = new RecoveryController(m_editor, m_document, m_review->session(), this);
    statusBar()->addWidget(m_findings->wordsLabel());
    statusBar()->addWidget(m_findings->countsLabel());
    m_rulesOff = new QLabel(this);
    m_rulesOff->setObjectName(QStringLiteral("disabledRules"));
    statusBar()->addPermanentWidget(m_rulesOff);
    statusBar()->addPermanentWidget(m_spelling->label());

    connect(m_review, &ReviewWorkflow::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_review, &ReviewWorkflow::usePackRequested, this, [this](const QString &path) {
        m_settings.teamPacks.append(path);
        m_settings.teamPacksEnabled = true;
        rebuildRules();
    });
    connect(m_editor, &PostingEditor::disableRuleRequested, this, &MainWindow::disableRule);
    connect(m_document, &PostingDocument::pathChanged, this, [this] {
        updateTitle();
        m_menus->fillRecentMenu();
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &QWidget::setWindowModified);

    connect(m_export, &ExportController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_recovery, &RecoveryController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // Queued: a file opened from the command line says its notice before the window shows,
    // and a message shown then is drawn over the word count instead of in its place.
    connect(
        m_document, &PostingDocument::notice, this,
        [this](const QString &text) { statusBar()->showMessage(text, 15000); },
        Qt::QueuedConnection);

    createMenus();
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
    if (!m_document->maybeSave() || !m_document->open(path))
        return false;
    m_controller->scheduleNow();
    return true;
}

void MainWindow::newFromText(const QString &text, const QString &name)
{
    m_document->newDocument(text, name);
    m_controller->scheduleNow();
}

void MainWindow::createMenus()
{
    m_menus = new WindowMenus(this, m_settings, m_export);
    m_menus->createFileMenu();
    m_menus->createEditMenu();
    auto *settings = new SettingsMenu(m_settings, m_controller, this);
    settings->fill(menuBar()->addMenu(tr("&Settings")));
    connect(settings, &SettingsMenu::rulesChanged, this, &MainWindow::rebuildRules);
    connect(settings, &SettingsMenu::filterChanged, m_findings, &FindingsPresenter::show);
    connect(settings, &SettingsMenu::reviewerNameRequested, m_review,
            &ReviewWorkflow::askReviewerName);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_spelling->attachLanguageMenu(tools->addMenu(tr("&Spelling Language")));
    m_review->fillMenu(menuBar()->addMenu(tr("&Review")));
    m_menus->createViewMenu();
    m_menus->createHelpMenu();
}

QString MainWindow::exportPdfTo(ExportKind kind, const QString &path)
{
    return m_export->exportPdfTo(kind, path);
}

void MainWindow::disableRule(const QString &ruleId)
{
    if (!m_settings.disabledRules.contains(ruleId))
        m_settings.disabledRules.append(ruleId);
    rebuildRules();
    statusBar()->showMessage(tr("Rule %1 is off for every posting. Settings \u203a Rule Packs "
                                "\u203a Disabled Rules turns it back on.")
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
    m_panel->setDisabledRules(m_settings.disabledRules);
    showDisabledRules(m_rulesOff, m_settings.disabledRules);
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
    // The text, the file it belongs to and its review (what was ignored too) come back together.
    m_document->restore(entry.text, entry.originalPath);
    if (const QString error = m_review->session()->restore(entry.review); !error.isEmpty())
        m_document->prompts().warn(tr("Cannot Restore the Review"),
                                   tr("The comments and decisions of the recovered copy could "
                                      "not be read: %1.")
                                       .arg(error));
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

void MainWindow::fixAll()
{
    m_findings->fixAll();
}

void MainWindow::insertTopic(const QString &topicId)
{
    m_findings->insertTopic(topicId);
}

const Analysis &MainWindow::currentAnalysis() const
{
    return m_findings->current();
}

} // namespace rolelens
