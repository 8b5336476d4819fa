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
#include "rules/ruleset.h"
#include "spelling/dictionaries.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBlock>

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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_settings(EditorSettings::load()),
      m_recovery(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/recovery"))
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

    m_wordsLabel = new QLabel;
    m_countsLabel = new QLabel;
    m_spellLabel = new QLabel;
    statusBar()->addWidget(m_wordsLabel);
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_spellLabel);

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
    connect(m_editor, &PostingEditor::addToDictionaryRequested, this, [this](const QString &word) {
        if (!m_spelling)
            return; // spelling was turned off while the menu was open
        if (const QString error = m_spelling->addToPersonalDictionary(word); !error.isEmpty())
            QMessageBox::warning(this, tr("Personal Dictionary"),
                                 tr("The word could not be saved: %1.").arg(error));
        m_controller->setSpelling(m_spelling); // re-check the document at once
    });
    connect(m_editor, &PostingEditor::ignoreAllRequested, this, [this](const QString &word) {
        if (!m_spelling)
            return;
        m_spelling->ignoreAll(word);
        m_controller->setSpelling(m_spelling);
    });
    connect(m_document, &PostingDocument::pathChanged, this, [this] {
        updateTitle();
        fillRecentMenu();
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &QWidget::setWindowModified);

    // Unsaved work is copied a few seconds after the last edit, and the copy goes once the
    // document is saved or closed cleanly.
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(3000);
    connect(&m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    connect(m_editor->document(), &QTextDocument::contentsChange, this,
            [this](int, int removed, int added) {
                if (removed != 0 || added != 0)
                    m_autosave.start();
            });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!modified)
            m_recovery.remove(m_recoveryId);
    });
    connect(m_document, &PostingDocument::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    createMenus();
    m_editor->zoomIn(m_settings.zoom); // as the user left it
    setAcceptDrops(true);
    rebuildRules();
    setSpellLanguage(m_settings.spellLanguage);
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
                    [this] { exportPdf(ExportKind::Posting); });
    file->addAction(tr("Export Review &Report\u2026"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    [this] { exportPdf(ExportKind::Report); });
    file->addAction(tr("&Print\u2026"), QKeySequence::Print, this, &MainWindow::print);
    file->addAction(tr("Print Pre&view\u2026"), this, &MainWindow::printPreview);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);

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

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("Analysis &Delay\u2026"), this, &MainWindow::chooseDebounce);
    QMenu *severities = settings->addMenu(tr("&Show Findings"));
    auto *group = new QActionGroup(this);
    const std::pair<Severity, QString> levels[] = {{Severity::Info, tr("&All")},
                                                   {Severity::Warning, tr("&Warnings and Errors")},
                                                   {Severity::Error, tr("&Errors Only")}};
    for (const auto &[severity, label] : levels) {
        QAction *action =
            severities->addAction(label, this, [this, s = severity] { setMinimumSeverity(s); });
        action->setCheckable(true);
        action->setChecked(m_settings.minimumSeverity == severity);
        group->addAction(action);
    }
    QMenu *pages = settings->addMenu(tr("&Page Size"));
    auto *pageGroup = new QActionGroup(this);
    for (const auto &[label, value] :
         {std::pair{tr("From &Locale"), QString()}, std::pair{tr("&A4"), QStringLiteral("A4")},
          std::pair{tr("&Letter"), QStringLiteral("Letter")}}) {
        QAction *action =
            pages->addAction(label, this, [this, v = value] { m_settings.pageSize = v; });
        action->setCheckable(true);
        action->setChecked(m_settings.pageSize == value);
        pageGroup->addAction(action);
    }
    settings->addAction(tr("PDF &Author\u2026"), this, [this] {
        bool ok = false;
        const QString author =
            QInputDialog::getText(this, tr("PDF Author"), tr("Author written into exported PDFs:"),
                                  QLineEdit::Normal, m_settings.pdfAuthor, &ok);
        if (ok)
            m_settings.pdfAuthor = author;
    });
    QMenu *packs = settings->addMenu(tr("&Rule Packs"));
    packs->addAction(tr("&Add Team Pack\u2026"), this, &MainWindow::addTeamPack);
    QAction *enabled = packs->addAction(tr("&Use Team Packs"));
    enabled->setCheckable(true);
    enabled->setChecked(m_settings.teamPacksEnabled);
    connect(enabled, &QAction::toggled, this, [this](bool on) {
        m_settings.teamPacksEnabled = on;
        rebuildRules();
    });
    packs->addAction(tr("&Enable Disabled Rules"), this, [this] {
        m_settings.disabledRules.clear();
        rebuildRules();
    });
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_languageMenu = tools->addMenu(tr("&Spelling Language"));
    connect(m_languageMenu, &QMenu::aboutToShow, this, &MainWindow::fillLanguageMenu);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    m_review->fillMenu(review);

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

QStringList MainWindow::dictionaryFolders() const
{
    return m_settings.dictionaryFolder.isEmpty() ? QStringList()
                                                 : QStringList{m_settings.dictionaryFolder};
}

void MainWindow::fillLanguageMenu()
{
    m_languageMenu->clear();
    auto *group = new QActionGroup(m_languageMenu);
    const auto add = [&](const QString &label, const QString &language) {
        QAction *action = m_languageMenu->addAction(
            label, this, [this, language] { setSpellLanguage(language); });
        action->setCheckable(true);
        action->setChecked(m_settings.spellLanguage == language);
        group->addAction(action);
    };
    add(tr("&Off"), QString());
    for (const QString &language : Dictionaries::available(dictionaryFolders()).keys())
        add(language, language);
}

void MainWindow::setSpellLanguage(const QString &language)
{
    m_settings.spellLanguage = language;
    m_spelling = language.isEmpty()
                     ? nullptr
                     : createSpellChecker(language, RuleSet::builtin(), personalDictionaryPath(),
                                          dictionaryFolders());
    if (language.isEmpty()) {
        m_spellLabel->setText(tr("Spelling: off"));
        m_spellLabel->setToolTip(tr("Turn spelling on in Tools › Spelling Language."));
    } else if (!m_spelling) {
        m_spellLabel->setText(tr("Spelling: off (no %1 dictionary)").arg(language));
        m_spellLabel->setToolTip(
            tr("Install a Hunspell dictionary (e.g. hunspell-en-us) or choose another language."));
    } else {
        m_spellLabel->setText(tr("Spelling: %1").arg(language));
        m_spellLabel->setToolTip(tr("Words added to the dictionary are kept in %1.")
                                     .arg(QDir::toNativeSeparators(personalDictionaryPath())));
    }
    m_editor->setSpellChecker(m_spelling);
    m_controller->setSpelling(m_spelling); // the dictionary loads in the analysis thread
}

QString MainWindow::personalDictionaryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/personal-dictionary.txt");
}

PdfOptions MainWindow::pdfOptions(const QString &title) const
{
    PdfOptions options;
    options.title = title;
    options.author = m_settings.pdfAuthor;
    options.fileName = m_document->displayName();
    options.pageSize = m_settings.pageSize == QLatin1String("Letter") ? QPageSize::Letter
                       : m_settings.pageSize == QLatin1String("A4")
                           ? QPageSize::A4
                           : PdfExporter::defaultPageSize();
    return options;
}

QString MainWindow::exportPdfTo(ExportKind kind, const QString &path)
{
    const QString text = m_editor->toPlainText();
    if (kind == ExportKind::Posting) {
        const auto document = PdfExporter::postingDocument(text);
        return PdfExporter::writePdf(*document, path, pdfOptions(PdfExporter::firstHeading(text)));
    }
    // The report needs an analysis of exactly this text; a fresh one costs milliseconds.
    const Analyzer analyzer(m_controller->rulesPointer());
    const FileReport report = m_review->report(m_document->displayName(), text, analyzer);
    const auto document = PdfExporter::reportDocument(report);
    return PdfExporter::writePdf(
        *document, path, pdfOptions(tr("RoleLens review: %1").arg(m_document->displayName())));
}

void MainWindow::exportPdf(ExportKind kind)
{
    const QString base = m_document->path().isEmpty()
                             ? tr("posting")
                             : QFileInfo(m_document->path()).completeBaseName();
    const QString suggested =
        kind == ExportKind::Posting ? base + QStringLiteral(".pdf") : base + tr("-review.pdf");
    QString path = QFileDialog::getSaveFileName(
        this, kind == ExportKind::Posting ? tr("Export PDF") : tr("Export Review Report"),
        suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (const QString error = exportPdfTo(kind, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("\u201c%1\u201d could not be written: %2.")
                                 .arg(QDir::toNativeSeparators(path), error));
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        PdfExporter::postingDocument(m_editor->toPlainText())->print(&printer);
}

void MainWindow::printPreview()
{
    QPrinter printer;
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        PdfExporter::postingDocument(m_editor->toPlainText())->print(target);
    });
    preview.exec();
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
    QList<RulePack> packs = RuleSet::builtinPacks();
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
    QStringList problems;
    for (const QString &file : std::as_const(files)) {
        const PackLoadResult loaded = loadRulePack(file);
        if (loaded.pack)
            packs.append(*loaded.pack);
        else
            problems.append(loaded.error.toString());
    }
    RuleSet::BuildResult built = RuleSet::build(packs, m_settings.disabledRules);
    if (!built.rules) {
        // A team pack broke the build: keep the built-in rules working.
        problems.append(built.error.toString());
        built = RuleSet::build(RuleSet::builtinPacks(), m_settings.disabledRules);
    }
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Rule Pack Problem"),
                             tr("Some team rule packs were not loaded:\n\n%1")
                                 .arg(problems.join(QLatin1Char('\n'))));
    }
    m_controller->setRules(built.rules);
}

void MainWindow::setMinimumSeverity(Severity severity)
{
    m_settings.minimumSeverity = severity;
    showAnalysis();
}

void MainWindow::chooseDebounce()
{
    bool ok = false;
    const int ms = QInputDialog::getInt(
        this, tr("Analysis Delay"), tr("Re-analyse this many milliseconds after you stop typing:"),
        m_settings.debounceMs, 0, 5000, 50, &ok);
    if (!ok)
        return;
    m_settings.debounceMs = ms;
    m_controller->setDebounceMs(ms);
}

void MainWindow::addTeamPack()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add Team Rule Pack"), {}, tr("Rule packs (*.json)"));
    if (path.isEmpty() || m_settings.teamPacks.contains(path))
        return;
    m_settings.teamPacks.append(path);
    rebuildRules();
}

void MainWindow::setPrompts(const PostingDocument::Prompts &prompts)
{
    m_document->setPrompts(prompts); // the window asks through its document's prompts
}

void MainWindow::autosave()
{
    if (!m_editor->document()->isModified())
        return;
    const QString error =
        m_recovery.save({m_recoveryId, m_document->displayName(), m_document->path(),
                         QDateTime::currentDateTime(), m_editor->toPlainText()});
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Could not keep a recovery copy: %1").arg(error), 10000);
}

QString MainWindow::recoveryQuestion(const RecoveryStore::Entry &entry)
{
    return tr("RoleLens found unsaved work from an earlier session: \u201c%1\u201d, copied %2. "
              "Restore it? "
              "If you do not, the copy is discarded.")
        .arg(entry.name, QLocale().toString(entry.saved, QLocale::ShortFormat));
}

QList<RecoveryStore::Entry> MainWindow::recoverableDocuments() const
{
    QList<RecoveryStore::Entry> entries = m_recovery.entries();
    entries.removeIf(
        [this](const RecoveryStore::Entry &entry) { return entry.id == m_recoveryId; });
    return entries;
}

void MainWindow::offerRecovery()
{
    for (const RecoveryStore::Entry &entry : recoverableDocuments()) {
        if (m_document->prompts().ask(tr("Recover Unsaved Work"), recoveryQuestion(entry))) {
            MainWindow *target = this;
            if (m_editor->document()->isModified() || !m_document->path().isEmpty()) {
                target = new MainWindow;
                target->setAttribute(Qt::WA_DeleteOnClose);
                target->show();
            }
            target->m_document->newDocument(entry.text);
            target->m_editor->document()->setModified(true); // restored work still needs saving
            target->m_controller->scheduleNow();
            target->autosave(); // its copy now belongs to the window that shows it
        }
        m_recovery.remove(entry.id);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery.remove(m_recoveryId);
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
