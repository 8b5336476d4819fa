// MainWindow: focus and title, menus and shortcuts, zoom, help, translations, fixes, export and
// recovery.
#include "editor/analysiscontroller.h"
#include "editor/findbar.h"
#include "editor/findinghighlighter.h"
#include "editor/postingdocument.h"
#include "editor/postingeditor.h"
#include "engine/analyzer.h"
#include "export/displaynames.h"
#include "help/ruleguide.h"
#include "io/recoverystore.h"
#include "panels/findingspanel.h"
#include "panels/scoregauge.h"
#include "review/comparedialog.h"
#include "review/reviewpanel.h"
#include "review/reviewsession.h"
#include "review/reviewworkflow.h"
#include "rules/rulepack.h"
#include "rules/ruleset.h"
#include "support/files.h"
#include "support/windowfixture.h"
#include "window/exportcontroller.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace rolelens;

class TestMainWindow : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(QStringLiteral("tst_mainwindow")); }
    void cleanup() { m_window.reset(); }

    // Settings › Pay Transparency Law: under New York City's law vague pay wording is an
    // error; the score does not move. The Inclusive group counts coded words per 100.
    void jurisdiction_fromTheSettingsMenu()
    {
        MainWindow &w = windowWith(QStringLiteral("# Project Manager\n\nWe offer a competitive "
                                                  "salary to an aggressive lead.\n"));
        const auto paySeverity = [&] {
            for (const Finding &f : w.currentAnalysis().findings) {
                if (f.ruleId == QLatin1String("pay/vague"))
                    return severityName(f.severity);
            }
            return QString();
        };
        QCOMPARE(paySeverity(), QStringLiteral("info"));
        const int score = w.currentAnalysis().score;
        auto *menu = w.findChild<QMenu *>(QStringLiteral("jurisdictions"));
        QVERIFY(menu);
        QAction *nyc = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == QLatin1String("NYC"))
                nyc = action;
        }
        QVERIFY(nyc);
        QCOMPARE(nyc->text(), QStringLiteral("New York City (NYC)"));
        nyc->trigger();
        QTRY_COMPARE(paySeverity(), QStringLiteral("error"));
        QCOMPARE(w.currentAnalysis().score, score);
        QCOMPARE(w.analysis()->jurisdiction(), QStringLiteral("NYC"));

        auto *tree = w.findingsPanel()->findChild<QTreeWidget *>();
        QVERIFY(tree);
        QStringList groups;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            groups.append(tree->topLevelItem(i)->text(0));
        QVERIFY2(groups.contains(QStringLiteral(
                     "Inclusive wording (1) \u00b7 coded words per 100: 18.2 masculine, 0.0 "
                     "feminine")),
                 qPrintable(groups.join(QLatin1Char('|'))));
        QVERIFY(groups.contains(QStringLiteral("Pay transparency (1)")));
    }

    // A posting with template fields left in asks before it is exported; Cancel stops the
    // export, Export Anyway goes on, and without fields nothing is asked.
    void export_asksAboutUnfilledTemplateFields()
    {
        MainWindow &w = windowWith(
            QStringLiteral("# Project Manager at [Company]\n\nLead delivery in [City].\n"));
        QString asked;
        const auto answer = [&](const QString &button) {
            QTimer::singleShot(0, &w, [&, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                asked = box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == button)
                        b->click();
                }
            });
        };
        answer(QStringLiteral("Cancel"));
        QVERIFY(!w.exporter()->confirmUnfilledFields());
        QCOMPARE(asked, QStringLiteral("The posting still has template fields that were not "
                                       "filled in: [Company], [City]."));
        answer(QStringLiteral("Export Anyway"));
        QVERIFY(w.exporter()->confirmUnfilledFields());

        w.editor()->setPlainText(QStringLiteral("# Project Manager at Acme\n\nLead delivery.\n"));
        waitForAnalysis();
        asked.clear();
        QVERIFY(w.exporter()->confirmUnfilledFields());
        QVERIFY(asked.isEmpty());
    }

    void window_startsWithFocusInTheEditorAndATitle()
    {
        MainWindow &w = windowWith(QString());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY(w.editor()->hasFocus());
        QCOMPARE(w.windowTitle(), QStringLiteral("RoleLens \u2014 Untitled[*]"));
        QTest::keyClicks(w.editor(), QStringLiteral("x"));
        QVERIFY(w.isWindowModified());
    }

    void unsavedDocument_carriesTheNameItWasMadeWith()
    {
        MainWindow &w = windowWith(QString());
        QCOMPARE(w.windowTitle(), QStringLiteral("RoleLens \u2014 Untitled[*]"));
        w.newFromText(QStringLiteral("# TPM\n"), QStringLiteral("Sample posting"));
        QCOMPARE(w.windowTitle(), QStringLiteral("RoleLens \u2014 Sample posting[*]"));
        QCOMPARE(w.document()->displayName(), QStringLiteral("Sample posting"));
        w.newFromText(QString());
        QCOMPARE(w.document()->displayName(), QStringLiteral("Untitled"));
    }

    // A web page opens as a new Markdown posting named after it; the page itself is never
    // the document's path, so Save cannot overwrite it with Markdown.
    void openingAWebPage_convertsItIntoANewPosting()
    {
        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("role.html"));
        QVERIFY(writeBytes(
            page, "<h1>Technical Program Manager</h1><ul><li>Lead Agile delivery</li></ul>"));
        MainWindow &w = windowWith(QString());
        QVERIFY(w.openFile(page));
        QCOMPARE(w.editor()->toPlainText(),
                 QStringLiteral("# Technical Program Manager\n\n- Lead Agile delivery\n"));
        QCOMPARE(w.document()->displayName(), QStringLiteral("role.md"));
        QCOMPARE(w.document()->path(), QString());
        QTRY_COMPARE(w.statusBar()->currentMessage(),
                     QStringLiteral("Converted from role.html; Save writes a new Markdown file, "
                                    "the original stays as it is."));
    }

    // Edit › Copy as HTML puts the posting (or the selection) on the clipboard with its
    // bullets as a list, and the Markdown as the plain text.
    void copyAsHtml_putsListsOnTheClipboard()
    {
        MainWindow &w =
            windowWith(QStringLiteral("## Duties\n\u2022\tLead delivery\n\u2022\tOwn risks\n"));
        QAction *copy = nullptr;
        for (QAction *top : w.menuBar()->actions()) {
            for (QAction *action : top->menu()->actions()) {
                if (action->text() == QLatin1String("Copy as &HTML"))
                    copy = action;
            }
        }
        QVERIFY(copy);
        copy->trigger();
        const QMimeData *clipboard = QApplication::clipboard()->mimeData();
        QCOMPARE(clipboard->html(),
                 QStringLiteral("<h2>Duties</h2>\n<ul>\n<li>Lead delivery</li>\n<li>Own risks</li>"
                                "</ul>\n"));
        QCOMPARE(clipboard->text(), w.editor()->toPlainText());
        QTextCursor selection = w.editor()->textCursor();
        selection.setPosition(0);
        selection.setPosition(9, QTextCursor::KeepAnchor); // "## Duties"
        w.editor()->setTextCursor(selection);
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->mimeData()->html(),
                 QStringLiteral("<h2>Duties</h2>\n"));
    }

    void menus_everyShortcutTriggersItsActionAndNoneIsShared()
    {
        MainWindow &w = windowWith(kHighlightText);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // Whatever an action opens (file dialogs, message boxes, menus) is closed at once.
        QTimer closer;
        connect(&closer, &QTimer::timeout, [] {
            if (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(20);

        QList<QAction *> actions;
        QList<QMenu *> menus;
        for (QAction *top : w.menuBar()->actions())
            menus.append(top->menu());
        while (!menus.isEmpty()) {
            for (QAction *action : menus.takeFirst()->actions()) {
                if (action->menu())
                    menus.append(action->menu());
                else if (!action->shortcuts().isEmpty())
                    actions.append(action);
            }
        }
        // Compare With and Export Posting As have no shortcut; Copy as HTML has one.
        QCOMPARE(actions.size(), qsizetype(30));
        // Something to undo, so Undo (and after it Redo) is enabled when its turn comes.
        QTest::keyClicks(w.editor(), QStringLiteral("x"));
        QSet<QString> seen;
        for (QAction *action : std::as_const(actions)) {
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
            for (const QKeySequence &shortcut : action->shortcuts()) {
                const QString keys = shortcut.toString();
                QVERIFY2(!seen.contains(keys), qPrintable(keys + QStringLiteral(" is used twice")));
                seen.insert(keys);
                // Quit closes the window and dialogs take the focus: start from the editor.
                w.show();
                w.activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(&w));
                w.editor()->setFocus();
                QSignalSpy triggered(action, &QAction::triggered);
                QTest::keySequence(&w, shortcut);
                QVERIFY2(triggered.count() == 1,
                         qPrintable(action->text() + QStringLiteral(": ") + keys));
            }
        }
        QVERIFY(seen.contains(QKeySequence(QKeySequence::ZoomIn).toString()));
        QVERIFY(seen.contains(QStringLiteral("Ctrl+=")));
        QVERIFY(seen.contains(QStringLiteral("Ctrl+-")));
    }

    void zoom_changesTheEditorFontAndIsKept()
    {
        MainWindow &w = windowWith(QString());
        const qreal normal = w.editor()->font().pointSizeF();
        QVERIFY(normal > 0);
        const auto trigger = [&](const QString &text) {
            const QList<QAction *> all = w.findChildren<QAction *>();
            const auto it = std::find_if(all.cbegin(), all.cend(),
                                         [&](QAction *a) { return a->text() == text; });
            QVERIFY2(it != all.cend(), qPrintable(text));
            (*it)->trigger();
        };
        trigger(QStringLiteral("Zoom &In"));
        trigger(QStringLiteral("Zoom &In"));
        QCOMPARE(w.editor()->font().pointSizeF(), normal + 2);
        trigger(QStringLiteral("Zoom &Out"));
        QCOMPARE(w.editor()->font().pointSizeF(), normal + 1);
        QVERIFY(w.close()); // saves the settings
        MainWindow &again = windowWith(QString());
        QCOMPARE(again.editor()->font().pointSizeF(), normal + 1);
        const QList<QAction *> all = again.findChildren<QAction *>();
        for (QAction *action : all) {
            if (action->text() == QStringLiteral("&Reset Zoom"))
                action->trigger();
        }
        QCOMPARE(again.editor()->font().pointSizeF(), normal);
    }

    void ruleGuide_showsEveryFamilyWithAnExampleFromTheRules()
    {
        const auto rules = RuleSet::builtin();
        QTextDocument guide;
        guide.setHtml(RuleGuideDialog::html(rules));
        const QString text = guide.toPlainText();
        for (const Category category :
             {Category::CodingDemand, Category::ExecutionDuty, Category::Credential,
              Category::CombinedRole, Category::Tone, Category::Spelling}) {
            QVERIFY2(text.contains(categoryTitle(category) + u'\n'),
                     qPrintable(categoryTitle(category)));
        }
        // The first example of a family, what RoleLens says about it and its rewrite.
        QVERIFY(text.contains(QStringLiteral(
            "For example: \u201cexpertise in Java, Python, and AWS\u201d\nError: ")));
        QVERIFY(text.contains(QStringLiteral(
            "Suggested rewrite: \u201cWorking understanding of software concepts (such as Java, "
            "Python, and AWS) to communicate with engineering teams and assess technical "
            "risk\u201d")));
        QVERIFY(text.contains(QStringLiteral("For example: \u201crockstar\u201d\nInfo: ")));
        for (const CompiledTopic &topic : rules->topics())
            QVERIFY2(text.contains(topic.spec.title), qPrintable(topic.spec.title));
        // Rules that are switched off are not counted.
        const qsizetype coding = std::count_if(
            rules->rules().cbegin(), rules->rules().cend(),
            [](const CompiledRule &r) { return r.spec.category == Category::CodingDemand; });
        QVERIFY(text.contains(QStringLiteral("%1 rules.").arg(coding)) ||
                text.contains(QStringLiteral("%1 rule(s).").arg(coding)));
        const auto fewer =
            RuleSet::build(RuleSet::builtinPacks(), {QStringLiteral("coding-demand/expertise")});
        QTextDocument smaller;
        smaller.setHtml(RuleGuideDialog::html(fewer.rules));
        QVERIFY(!smaller.toPlainText().contains(QStringLiteral("expertise in Java, Python")));
    }

    void statusBar_countsInTheRightNumber()
    {
        installTranslations(QCoreApplication::instance());
        MainWindow &w =
            windowWith(QStringLiteral("# Technical Project Manager\n- Expertise in Java\n"));
        QStringList labels;
        for (const QLabel *label : w.statusBar()->findChildren<QLabel *>())
            labels.append(label->text());
        QVERIFY2(labels.contains(
                     QStringLiteral("1 error \u00b7 0 warnings \u00b7 0 info \u00b7 0 spelling")),
                 qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("6 words")), qPrintable(labels.join(u'|')));
        for (QTranslator *translator :
             QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void translations_giveTheEnglishPluralForms()
    {
        installTranslations(QCoreApplication::instance());
        const auto words = [](int n) {
            return QCoreApplication::translate("rolelens::FindingsPresenter", "%n word(s)", nullptr,
                                               n);
        };
        QCOMPARE(words(1), QStringLiteral("1 word"));
        QCOMPARE(words(2), QStringLiteral("2 words"));
        for (QTranslator *translator :
             QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QCOMPARE(words(1), QStringLiteral("1 word(s)"));
    }

    void suggestionAction_replacesTheSpanAndOneUndoRestores()
    {
        const QString text = QStringLiteral("# TPM\nProficiency in Go and Kubernetes.");
        MainWindow &w = windowWith(text);
        QCOMPARE(w.editor()->findings().size(), qsizetype(1));
        QMenu menu;
        w.editor()->addFindingActions(0, &menu);
        QAction *suggestion = nullptr;
        for (QAction *action : menu.actions()) {
            if (action->data().toString().startsWith(QStringLiteral("Working understanding")))
                suggestion = action;
        }
        QVERIFY(suggestion);
        suggestion->trigger();
        QCOMPARE(
            w.editor()->toPlainText(),
            QStringLiteral(
                "# TPM\nWorking understanding of software concepts (such as Go and Kubernetes) to "
                "communicate with engineering teams and assess technical risk."));
        w.editor()->undo();
        QCOMPARE(w.editor()->toPlainText(), text);
    }

    void undoAfterAFix_putsTheCaretBackWhereItWas()
    {
        MainWindow &w = windowWith(kHighlightText);
        QTextCursor caret(w.editor()->document());
        caret.setPosition(40);
        w.editor()->setTextCursor(caret);
        w.fixAll();
        QVERIFY(w.editor()->toPlainText() != kHighlightText);
        w.editor()->undo();
        QCOMPARE(w.editor()->toPlainText(), kHighlightText);
        QCOMPARE(w.editor()->textCursor().position(), 40);
    }

    void findingMenu_offersIgnoreAndDisable()
    {
        MainWindow &w = windowWith(QStringLiteral("# TPM\n#Hiring now. Expertise in Rust."));
        QCOMPARE(w.editor()->findings().size(), qsizetype(2));
        QMenu menu;
        w.editor()->addFindingActions(1, &menu);
        QStringList labels;
        for (QAction *action : menu.actions())
            labels.append(action->text());
        QVERIFY(labels.contains(QStringLiteral("Ignore Here")));
        QVERIFY(
            labels.contains(QStringLiteral("Disable Rule \u201ccoding-demand/expertise\u201d")));
        // Ignore here hides this finding only.
        QVERIFY(w.editor()->decide(1, DecisionKind::Ignored));
        QCOMPARE(w.editor()->findings().size(), qsizetype(1));
        QCOMPARE(w.editor()->findings().first().ruleId, QStringLiteral("tone/hashtags"));
    }

    void findBar_findsStepsAndReplacesAllAsOneUndoStep()
    {
        installTranslations(QCoreApplication::instance()); // "4 matches"
        const QString text =
            QStringLiteral("# TPM\nUse Jira daily.\nJIRA boards, Jiralike tools.\nJira again.");
        MainWindow &w = windowWith(text);
        QMenu *edit = nullptr;
        for (QAction *action : w.menuBar()->actions()) {
            if (action->text() == QStringLiteral("&Edit"))
                edit = action->menu();
        }
        QVERIFY(edit);
        QMap<QString, QKeySequence> shortcuts;
        for (QAction *action : edit->actions())
            shortcuts.insert(action->text(), action->shortcut());
        QCOMPARE(shortcuts.value(QStringLiteral("&Find\u2026")), QKeySequence(QKeySequence::Find));
        QCOMPARE(shortcuts.value(QStringLiteral("&Replace\u2026")),
                 QKeySequence(QStringLiteral("Ctrl+H")));
        QCOMPARE(shortcuts.value(QStringLiteral("Find Ne&xt")),
                 QKeySequence(QKeySequence::FindNext));

        FindBar *bar = w.findBar();
        QVERIFY(bar->isHidden());
        QTextCursor cursor = w.editor()->textCursor();
        cursor.setPosition(10); // "Jira" of line 2 selected: it is what to look for
        cursor.setPosition(14, QTextCursor::KeepAnchor);
        w.editor()->setTextCursor(cursor);
        bar->showFind();
        QVERIFY(!bar->isHidden());
        QVERIFY(bar->replaceField()->isHidden());
        QCOMPARE(bar->findField()->text(), QStringLiteral("Jira"));
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("4 matches"));
        bar->findField()->clear();
        QTest::keyClicks(bar->findField(), QStringLiteral("jira"));
        QCOMPARE(w.editor()->textCursor().selectionStart(), 10); // from where the search began
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("1 of 4"));
        QTest::keyClick(bar->findField(), Qt::Key_Return);
        QCOMPARE(w.editor()->textCursor().selectionStart(), 22);
        QCOMPARE(w.editor()->textCursor().selectedText(), QStringLiteral("JIRA"));
        QTest::keyClick(bar->findField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(w.editor()->textCursor().selectionStart(), 10);
        QTest::keyClick(bar->findField(), Qt::Key_Return, Qt::ShiftModifier); // wraps around
        QCOMPARE(w.editor()->textCursor().selectionStart(), 51);
        bar->wholeWordsBox()->setChecked(true);
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("1 of 3"));
        bar->matchCaseBox()->setChecked(true);
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("No matches"));
        bar->findField()->selectAll();
        QTest::keyClicks(bar->findField(), QStringLiteral("Jira"));
        QTest::keyClick(bar->findField(), Qt::Key_Return);
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("2 of 2"));
        QCOMPARE(w.editor()->textCursor().selectionStart(), 51);

        bar->showReplace();
        QVERIFY(!bar->replaceField()->isHidden());
        bar->matchCaseBox()->setChecked(false);
        QTest::keyClicks(bar->replaceField(), QStringLiteral("Linear"));
        QCOMPARE(bar->replaceAll(), 3);
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("Replaced 3"));
        QCOMPARE(w.editor()->toPlainText(),
                 QStringLiteral(
                     "# TPM\nUse Linear daily.\nLinear boards, Jiralike tools.\nLinear again."));
        w.editor()->undo(); // one step takes all three back
        QCOMPARE(w.editor()->toPlainText(), text);

        QTest::keyClick(bar->findField(), Qt::Key_Escape);
        QVERIFY(bar->isHidden());
    }

    void fixAll_isASingleUndoStep()
    {
        const QString text = QStringLiteral(
            "# TPM\n#Urgent #Hiring\n- Expertise in Java\n- Write and deploy production code");
        MainWindow &w = windowWith(text);
        QCOMPARE(w.editor()->findings().size(), qsizetype(3));
        w.fixAll();
        QCOMPARE(
            w.editor()->toPlainText(),
            QStringLiteral(
                "# TPM\n\n- Working understanding of software concepts (such as Java) to "
                "communicate "
                "with engineering teams and assess technical risk\n- Coordinate the delivery of "
                "production code with the engineering team"));
        w.editor()->undo();
        QCOMPARE(w.editor()->toPlainText(), text);
    }

    void exportPdf_writesTheTextWithoutAnalysisMarks()
    {
        MainWindow &w =
            windowWith(QStringLiteral("# Technical Project Manager\n- Expertise in Java\n"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        QCOMPARE(w.exportPdfTo(MainWindow::ExportKind::Posting, pdf), QString());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        QCOMPARE(QString::fromUtf8(text.readAllStandardOutput()).simplified(),
                 QStringLiteral("Technical Project Manager Expertise in Java 1"));
        const QString report = dir.filePath(QStringLiteral("review.pdf"));
        QCOMPARE(w.exportPdfTo(MainWindow::ExportKind::Report, report), QString());
        QVERIFY(QFileInfo(report).size() > 1000);
    }

    void recovery_offersUnsavedWorkAfterACrash()
    {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/recovery");
        QDir(folder).removeRecursively();
        m_window = std::make_unique<MainWindow>();
        m_window->setAutosaveMs(10);
        m_window->newFromText(QString());
        QTest::keyClicks(m_window->editor(), QStringLiteral("Half-written posting"));
        QTRY_COMPARE(RecoveryStore(folder).entries().size(), qsizetype(1));
        m_window.reset(); // destroyed without closing, as a crash or kill -9 would leave it

        MainWindow second;
        QStringList questions;
        second.setPrompts(recordingPrompts(&questions, true));
        const QList<RecoveryStore::Entry> entries = second.recoverableDocuments();
        QCOMPARE(entries.size(), qsizetype(1));
        second.offerRecovery();
        QCOMPARE(
            questions,
            QStringList{QStringLiteral("RoleLens found unsaved work from an earlier session: "
                                       "\u201cUntitled\u201d, copied %1. "
                                       "Restore it? If you do not, the copy is discarded.")
                            .arg(QLocale().toString(entries.first().saved, QLocale::ShortFormat))});
        QCOMPARE(second.editor()->toPlainText(), QStringLiteral("Half-written posting"));
        QVERIFY(second.isWindowModified() || second.editor()->document()->isModified());
        // The old copy is gone; the restored text is now the second window's own copy.
        const QList<RecoveryStore::Entry> after = RecoveryStore(folder).entries();
        QCOMPARE(after.size(), qsizetype(1));
        QVERIFY(after.first().id != entries.first().id);
        QVERIFY(second.recoverableDocuments().isEmpty());
    }

    void recovery_bringsBackTheFileAndItsReview_andSavingKeepsTheComments()
    {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/recovery");
        QDir(folder).removeRecursively();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("draft.md"));
        const QString sidecar = path + QStringLiteral(".review.json");
        QVERIFY(writeBytes(path, "# Technical Project Manager\n- Expertise in Java\n"));
        QVERIFY(writeBytes(sidecar, R"({"format": "rolelens-review", "version": 1,
            "comments": [{"id": "c1", "start": 30, "length": 17, "quote": "Expertise in Java",
                          "author": "Dana", "created": "2026-03-01T09:30:00Z",
                          "body": "Why Java?"}],
            "decisions": [{"rule": "coding-demand/expertise", "start": 30, "length": 17,
                           "quote": "Expertise in Java", "decision": "kept",
                           "reason": "the platform team asked for it", "author": "Dana",
                           "decided": "2026-03-01T09:31:00Z"}]})"));

        m_window = std::make_unique<MainWindow>();
        m_window->setAutosaveMs(10);
        QVERIFY(m_window->openFile(path));
        QCOMPARE(m_window->review()->session()->review().comments().size(), qsizetype(1));
        QTextCursor end(m_window->editor()->document());
        end.movePosition(QTextCursor::End);
        m_window->editor()->setTextCursor(end);
        QTest::keyClicks(m_window->editor(), QStringLiteral("- Run sprints"));
        QTRY_COMPARE(RecoveryStore(folder).entries().size(), qsizetype(1));
        m_window.reset(); // killed while typing: no close, no save

        MainWindow second;
        QStringList questions;
        second.setPrompts(recordingPrompts(&questions, true));
        second.offerRecovery();
        QCOMPARE(questions.size(), qsizetype(1));
        QCOMPARE(second.document()->path(), path);
        QCOMPARE(second.windowTitle(), QStringLiteral("RoleLens \u2014 draft.md[*]"));
        QVERIFY(second.editor()->document()->isModified());
        QCOMPARE(second.editor()->toPlainText(),
                 QStringLiteral("# Technical Project Manager\n- Expertise in Java\n- Run sprints"));
        const Review &review = second.review()->session()->review();
        QCOMPARE(review.comments().size(), qsizetype(1));
        QCOMPARE(review.comments().first().body, QStringLiteral("Why Java?"));
        QCOMPARE(review.decisions().size(), qsizetype(1));
        QCOMPARE(second.review()->panel()->commentList()->count(), 1);

        QVERIFY(second.document()->save());
        const QByteArray saved = readBytes(sidecar);
        QVERIFY2(saved.contains("Why Java?"), saved.constData());
        QVERIFY(saved.contains("the platform team asked for it"));
    }

    void recovery_copyIsRemovedByACleanClose()
    {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/recovery");
        QDir(folder).removeRecursively();
        MainWindow &w = windowWith(QString());
        w.setAutosaveMs(10);
        QStringList asked;
        w.setPrompts(recordingPrompts(&asked, false));
        QTest::keyClicks(w.editor(), QStringLiteral("x"));
        QTRY_COMPARE(RecoveryStore(folder).entries().size(), qsizetype(1));
        w.editor()->document()->setModified(false); // as after a save
        QCOMPARE(RecoveryStore(folder).entries().size(), qsizetype(0));
        QTest::keyClicks(w.editor(), QStringLiteral("y"));
        QTRY_COMPARE(RecoveryStore(folder).entries().size(), qsizetype(1));
        w.editor()->document()->setModified(false);
        QVERIFY(w.close());
        QCOMPARE(RecoveryStore(folder).entries().size(), qsizetype(0));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
