#include "editor/analysiscontroller.h"
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
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace rolelens;

namespace {

// The highlighter's formats of \a block as "start+length:underline-style", with the
// underline's colour as well when \a colour is set.
QStringList formatsOf(const QTextBlock &block, bool colour = false)
{
    QStringList out;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        QString mark = QStringLiteral("%1+%2:%3")
                           .arg(range.start)
                           .arg(range.length)
                           .arg(int(range.format.underlineStyle()));
        if (colour)
            mark += u':' + range.format.underlineColor().name();
        out.append(mark);
    }
    return out;
}

// Every mark the highlighter painted in \a block, with its underline colour.
QStringList marksOf(const QTextBlock &block)
{
    return formatsOf(block, true);
}

// Replaces \a removed characters at \a position with \a inserted, as typing would.
void edit(QTextDocument *document, int position, int removed, const QString &inserted)
{
    QTextCursor cursor(document);
    cursor.setPosition(position);
    cursor.setPosition(position + removed, QTextCursor::KeepAnchor);
    cursor.insertText(inserted);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Prompts that record every question and warning, answer questions with \a answer and
// requests for text with \a texts in turn (then as if cancelled).
PostingDocument::Prompts recordingPrompts(QStringList *asked, bool answer, QStringList texts = {})
{
    auto queue = std::make_shared<QStringList>(std::move(texts));
    return {[asked](const QString &, const QString &text) { asked->append(text); },
            [asked, answer](const QString &, const QString &text) {
                asked->append(text);
                return answer;
            },
            [asked, queue](const QString &, const QString &label,
                           const QString &) -> std::optional<QString> {
                asked->append(label);
                if (queue->isEmpty())
                    return std::nullopt;
                return queue->takeFirst();
            }};
}

// A posting with findings in several lines, a lead-in and prose, for the highlighter tests.
const QString kHighlightText = QStringLiteral("# Technical Project Manager\n"
                                              "Must have:\n"
                                              "- Expertise in Java and AWS\n"
                                              "- Write production code\n"
                                              "\n"
                                              "We want a rockstar. Expertise in Go.\n"
                                              "Nice to have:\n"
                                              "- Proficiency in Python\n");

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;

    // A fresh window with no debounce and \a text analysed.
    MainWindow &windowWith(const QString &text)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->analysis()->setDebounceMs(0);
        m_window->newFromText(text);
        waitForAnalysis();
        return *m_window;
    }

    void waitForAnalysis() { QTRY_VERIFY(m_window->analysis()->isCurrent()); }

    // The marks of every block of the window's editor.
    static QList<QStringList> paintedMarks(MainWindow &w)
    {
        QList<QStringList> marks;
        for (QTextBlock b = w.editor()->document()->firstBlock(); b.isValid(); b = b.next())
            marks.append(marksOf(b));
        return marks;
    }

    // The marks of the editor's findings painted from scratch on a copy of its text.
    static QList<QStringList> freshMarks(MainWindow &w)
    {
        QTextDocument fresh;
        fresh.setPlainText(w.editor()->toPlainText());
        FindingHighlighter highlighter(&fresh);
        highlighter.setFindings(w.editor()->findings());
        QList<QStringList> marks;
        for (QTextBlock b = fresh.firstBlock(); b.isValid(); b = b.next())
            marks.append(marksOf(b));
        return marks;
    }

private Q_SLOTS:
    void scoreGauge_showsNoNumberUntilThePostingCanBeJudged()
    {
        ScoreGauge gauge;
        gauge.setScore(79, Verdict::None);
        QCOMPARE(gauge.accessibleDescription(), QStringLiteral("not judged yet"));
        gauge.setScore(79, Verdict::Ok);
        QCOMPARE(gauge.accessibleDescription(), QStringLiteral("79 out of 100, ok"));
    }

    void initTestCase()
    {
        // Settings go to a scratch folder, never the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RoleLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_editor"));
        QStandardPaths::setTestModeEnabled(true); // the personal dictionary too
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/personal-dictionary.txt"));
    }

    void cleanup() { m_window.reset(); }

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

    void typingADemand_highlightsExactlyItsSpan()
    {
        MainWindow &w = windowWith(QStringLiteral("# Technical Project Manager\n"));
        QTextCursor cursor = w.editor()->textCursor();
        cursor.movePosition(QTextCursor::End);
        w.editor()->setTextCursor(cursor);
        QTest::keyClicks(w.editor(), QStringLiteral("We need expertise in Java and AWS."));
        waitForAnalysis();
        QTRY_COMPARE(w.currentAnalysis().findings.size(), qsizetype(1));
        const QTextBlock block = w.editor()->document()->findBlockByNumber(1);
        // "expertise in Java and AWS" starts at column 8 and is 25 characters long.
        QTRY_COMPARE(formatsOf(block), QStringList{QStringLiteral("8+25:%1").arg(
                                           int(QTextCharFormat::WaveUnderline))});
        QCOMPARE(block.layout()->formats().first().format.underlineColor(),
                 FindingHighlighter::severityColor(Severity::Error,
                                                   w.editor()->palette().color(QPalette::Base)));
        QCOMPARE(formatsOf(w.editor()->document()->firstBlock()), QStringList{});
    }

    void editedBlock_losesItsStaleHighlightAtOnce()
    {
        MainWindow &w = windowWith(QStringLiteral("Expertise in Java."));
        QTRY_COMPARE(formatsOf(w.editor()->document()->firstBlock()).size(), qsizetype(1));
        w.analysis()->setDebounceMs(60000); // no new analysis during this test
        QTextCursor cursor(w.editor()->document());
        cursor.insertText(QStringLiteral("Deep "));
        QCOMPARE(formatsOf(w.editor()->document()->firstBlock()), QStringList{});
    }

    void highlighter_afterEditsEqualsAFreshHighlight_data()
    {
        // Each row: one or two edits (position, removed, inserted) of kHighlightText made
        // before the next analysis. The second one has position -1 when there is none.
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("removed");
        QTest::addColumn<QString>("inserted");
        QTest::addColumn<int>("position2");
        QTest::addColumn<int>("removed2");
        QTest::addColumn<QString>("inserted2");
        const QString text = kHighlightText;
        const auto at = [&](const char *what) { return int(text.indexOf(QLatin1String(what))); };
        QTest::newRow("typing before a finding in its line")
            << at("Expertise in Go") << 0 << QStringLiteral("Deep ") << -1 << 0 << QString();
        QTest::newRow("a new demand on a new line")
            << int(text.size()) << 0 << QStringLiteral("Hands-on coding in Rust.\n") << -1 << 0
            << QString();
        QTest::newRow("a lead-in removed")
            << at("Must have:") << 11 << QString() << -1 << 0 << QString();
        QTest::newRow("a line split inside a finding")
            << at("in Java") << 0 << QStringLiteral("\n") << -1 << 0 << QString();
        QTest::newRow("two lines joined")
            << at("\n- Write") << 1 << QString() << -1 << 0 << QString();
        QTest::newRow("a finding deleted")
            << at("Expertise in Java") << 17 << QStringLiteral("Jira") << -1 << 0 << QString();
        QTest::newRow("the title turned into a developer's")
            << at("Technical Project Manager") << 25 << QStringLiteral("Backend Developer") << -1
            << 0 << QString();
        QTest::newRow("two edits far apart") << at("Proficiency") << 0 << QStringLiteral("Strong ")
                                             << at("rockstar") << 8 << QStringLiteral("leader");
        QTest::newRow("everything replaced")
            << 0 << int(text.size()) << QStringLiteral("Expertise in C++.") << -1 << 0 << QString();
    }

    void highlighter_afterEditsEqualsAFreshHighlight()
    {
        QFETCH(int, position);
        QFETCH(int, removed);
        QFETCH(QString, inserted);
        QFETCH(int, position2);
        QFETCH(int, removed2);
        QFETCH(QString, inserted2);
        MainWindow &w = windowWith(kHighlightText);
        QTextDocument *document = w.editor()->document();
        w.analysis()->setDebounceMs(60000); // both edits go into one analysis
        edit(document, position, removed, inserted);
        if (position2 >= 0) {
            // The second position is in the original text: move it past the first edit.
            const int moved =
                position2 > position ? position2 + int(inserted.size()) - removed : position2;
            edit(document, moved, removed2, inserted2);
        }
        w.analysis()->scheduleNow();
        waitForAnalysis();
        QVERIFY(!w.editor()->findings().isEmpty());
        QCOMPARE(paintedMarks(w), freshMarks(w));
    }

    void highlighter_ignoringOneOfTwoFindingsInALineKeepsTheOther()
    {
        MainWindow &w = windowWith(kHighlightText);
        const QTextBlock line = w.editor()->document()->findBlockByNumber(5);
        QCOMPARE(marksOf(line).size(), qsizetype(2)); // "rockstar" and "Expertise in Go"
        const QList<Finding> findings = w.editor()->findings();
        const auto go = std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return kHighlightText.mid(f.start, f.length) == QStringLiteral("Expertise in Go");
        });
        QVERIFY(go != findings.cend());
        Q_EMIT w.editor()->ignoreRequested(*go);
        QCOMPARE(marksOf(line).size(), qsizetype(1));
        QCOMPARE(paintedMarks(w), freshMarks(w));
    }

    void findingsList_updatesItsRowsInPlace()
    {
        MainWindow &w =
            windowWith(QStringLiteral("# TPM\n- Expertise in Java\n- Expertise in Go\n"));
        QTreeWidget *tree = w.findingsPanel()->findingsTree();
        QTreeWidgetItem *group = tree->topLevelItem(0);
        QCOMPARE(group->text(0), QStringLiteral("Coding demand (2)"));
        QTreeWidgetItem *first = group->child(0);
        QTextDocument *document = w.editor()->document();

        edit(document, document->characterCount() - 1, 0, QStringLiteral("- Expertise in Rust\n"));
        waitForAnalysis();
        QCOMPARE(tree->topLevelItem(0), group); // updated, not rebuilt
        QCOMPARE(group->child(0), first);
        QCOMPARE(group->text(0), QStringLiteral("Coding demand (3)"));
        QCOMPARE(group->childCount(), 3);
        QCOMPARE(group->child(2)->text(1), QStringLiteral("\u201cExpertise in Rust\u201d"));
        QCOMPARE(group->child(2)->data(0, Qt::UserRole).toInt(), 2);

        // Deleting the first demand moves the others up a row and down an index.
        edit(document, 6, 20, QString());
        waitForAnalysis();
        QCOMPARE(group->childCount(), 2);
        QCOMPARE(group->child(0)->text(1), QStringLiteral("\u201cExpertise in Go\u201d"));
        QCOMPARE(group->child(0)->data(0, Qt::UserRole).toInt(), 0);
        QCOMPARE(group->child(1)->text(1), QStringLiteral("\u201cExpertise in Rust\u201d"));
        QCOMPARE(group->child(1)->data(0, Qt::UserRole).toInt(), 1);
    }

    void findingsList_listsTheFirstRowsAndCountsTheRest()
    {
        MainWindow &w = windowWith(QStringLiteral("# TPM\n") +
                                   QStringLiteral("- Expertise in Java\n").repeated(203));
        QTreeWidgetItem *group = w.findingsPanel()->findingsTree()->topLevelItem(0);
        QCOMPARE(group->childCount(), 201);
        QCOMPARE(group->child(200)->text(1),
                 QStringLiteral("\u2026 and 3 more (F8 steps through every finding)"));
        QTextDocument *document = w.editor()->document();
        edit(document, 6, 20 * 3, QString()); // three fewer: exactly the 200 rows remain
        waitForAnalysis();
        QCOMPARE(group->childCount(), 200);
        QVERIFY(group->child(199)->data(0, Qt::UserRole).isValid());
        edit(document, 6, 0, QStringLiteral("- Expertise in Go\n"));
        waitForAnalysis();
        QCOMPARE(group->childCount(), 201);
        QCOMPARE(group->child(0)->text(1), QStringLiteral("\u201cExpertise in Go\u201d"));
        QCOMPARE(group->child(200)->text(1),
                 QStringLiteral("\u2026 and 1 more (F8 steps through every finding)"));
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
        QCOMPARE(actions.size(), qsizetype(21)); // Compare With has no shortcut
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

    void translations_giveTheEnglishPluralForms()
    {
        installTranslations(QCoreApplication::instance());
        const auto words = [](int n) {
            return QCoreApplication::translate("rolelens::MainWindow", "%n word(s)", nullptr, n);
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

    void review_commentFollowsEditsAndSurvivesSaveAndOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("posting.md"));
        writeBytes(path, "# Technical Project Manager\n- Expertise in Java\n");
        m_window = std::make_unique<MainWindow>();
        MainWindow &w = *m_window;
        QStringList asked;
        w.setPrompts(recordingPrompts(&asked, true, {QStringLiteral("Ask about the SQL reports")}));
        QVERIFY(w.openFile(path));
        QTextCursor cursor(w.editor()->document());
        cursor.setPosition(30);
        cursor.setPosition(47, QTextCursor::KeepAnchor);
        QCOMPARE(cursor.selectedText(), QStringLiteral("Expertise in Java"));
        w.editor()->setTextCursor(cursor);
        w.review()->addComment();
        QCOMPARE(asked.last(), QStringLiteral("Comment on \u201cExpertise in Java\u201d:"));
        QCOMPARE(w.review()->session()->review().comments().size(), qsizetype(1));
        QCOMPARE(w.editor()->extraSelections().size(), qsizetype(1));
        QVERIFY(w.isWindowModified() || w.editor()->document()->isModified());

        edit(w.editor()->document(), 30, 0, QStringLiteral("Deep "));
        const TextAnchor moved = w.review()->session()->review().comments().first().anchor;
        QCOMPARE(moved.start, qsizetype(35));
        QCOMPARE(moved.length, qsizetype(17));
        QCOMPARE(w.editor()->extraSelections().first().cursor.selectedText(),
                 QStringLiteral("Expertise in Java"));

        QVERIFY(w.document()->save());
        QVERIFY(QFile::exists(path + QStringLiteral(".review.json")));
        QCOMPARE(readBytes(path),
                 QByteArray("# Technical Project Manager\n- Deep Expertise in Java\n"));

        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(path));
        const QList<ReviewComment> loaded = m_window->review()->session()->review().comments();
        QCOMPARE(loaded.size(), qsizetype(1));
        QCOMPARE(loaded.first().anchor.start, qsizetype(35));
        QCOMPARE(loaded.first().anchor.quote, QStringLiteral("Expertise in Java"));
        QCOMPARE(loaded.first().body, QStringLiteral("Ask about the SQL reports"));
        QCOMPARE(m_window->review()->panel()->commentList()->item(0)->text(),
                 QStringLiteral("Line 2 \u00b7 \u201cExpertise in Java\u201d\nAsk about the SQL "
                                "reports"));
        QVERIFY(!m_window->editor()->document()->isModified());
    }

    void review_deletedCommentTextComesBackWithUndo()
    {
        MainWindow &w = windowWith(QStringLiteral("# TPM\nRun the weekly sync.\n"));
        QStringList asked;
        w.setPrompts(recordingPrompts(&asked, true, {QStringLiteral("Which day?")}));
        QTextCursor cursor(w.editor()->document());
        cursor.setPosition(14);
        cursor.setPosition(20, QTextCursor::KeepAnchor);
        w.editor()->setTextCursor(cursor);
        w.review()->addComment();
        QCOMPARE(w.review()->session()->review().comments().first().anchor.quote,
                 QStringLiteral("weekly"));
        edit(w.editor()->document(), 10, 11, QString()); // "the weekly " goes
        QVERIFY(w.review()->session()->review().comments().first().anchor.orphaned);
        w.editor()->undo();
        const TextAnchor back = w.review()->session()->review().comments().first().anchor;
        QVERIFY(!back.orphaned);
        QCOMPARE(back.start, qsizetype(14));
        QCOMPARE(back.length, qsizetype(6));
    }

    void review_keptFindingNeedsAReasonStopsShowingAndExportsAsAnException()
    {
        const QString text = QStringLiteral("# Technical Project Manager\n- Expertise in SQL\n");
        MainWindow &w = windowWith(text);
        QCOMPARE(w.editor()->findings().size(), qsizetype(1));
        QStringList asked;
        w.setPrompts(recordingPrompts(&asked, false,
                                      {QString(), QStringLiteral("this role really "
                                                                 "owns the SQL reports")}));
        w.editor()->decide(0, DecisionKind::Kept); // an empty reason keeps nothing
        QVERIFY(w.review()->session()->review().decisions().isEmpty());
        w.editor()->decide(0, DecisionKind::Kept);
        QCOMPARE(w.review()->session()->review().decisions().size(), qsizetype(1));
        QVERIFY(w.editor()->findings().isEmpty()); // no longer open
        QCOMPARE(formatsOf(w.editor()->document()->findBlockByNumber(1)), QStringList{});
        QCOMPARE(w.review()->panel()->decisionList()->item(0)->text(),
                 QStringLiteral("Kept \u00b7 Line 2 \u00b7 \u201cExpertise in SQL\u201d\nthis "
                                "role really owns the SQL reports"));

        QTemporaryDir dir;
        const QString packPath = dir.filePath(QStringLiteral("exceptions.json"));
        QCOMPARE(w.review()->exportExceptionsTo(packPath), QString());
        const auto pack = parseRulePack(readBytes(packPath), packPath);
        QVERIFY2(pack.pack.has_value(), qPrintable(pack.error.toString()));
        QList<RulePack> packs = RuleSet::builtinPacks();
        packs.append(*pack.pack);
        const auto rules = RuleSet::build(packs);
        QVERIFY(rules.rules);
        QVERIFY(Analyzer(rules.rules).analyze(text).findings.isEmpty());
        QCOMPARE(Analyzer(rules.rules)
                     .analyze(QStringLiteral("# TPM\n- Expertise in Java\n"))
                     .findings.size(),
                 qsizetype(1));
    }

    void review_acceptSuggestionAppliesItAndRecordsIt()
    {
        MainWindow &w = windowWith(QStringLiteral("# TPM\n- Expertise in Go\n"));
        QCOMPARE(w.editor()->findings().size(), qsizetype(1));
        QVERIFY(w.editor()->decide(0, DecisionKind::Accepted));
        QVERIFY(w.editor()->toPlainText().startsWith(
            QStringLiteral("# TPM\n- Working understanding of software concepts (such as Go)")));
        QCOMPARE(w.review()->session()->review().decisions().size(), qsizetype(1));
        const ReviewDecision decision = w.review()->session()->review().decisions().first();
        QCOMPARE(decision.kind, DecisionKind::Accepted);
        QCOMPARE(decision.ruleId, QStringLiteral("coding-demand/expertise"));
        QCOMPARE(decision.anchor.quote, QStringLiteral("Expertise in Go"));
        QCOMPARE(w.review()->panel()->decisionList()->item(0)->text(),
                 QStringLiteral("Accepted \u00b7 \u201cExpertise in Go\u201d"));
    }

    void review_unreadableSidecarIsKeptBesideTheNewOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("posting.md"));
        writeBytes(path, "# TPM\nRun the weekly sync.\n");
        writeBytes(path + QStringLiteral(".review.json"), "{ not json");
        m_window = std::make_unique<MainWindow>();
        QStringList asked;
        m_window->setPrompts(recordingPrompts(&asked, true, {QStringLiteral("Which day?")}));
        QVERIFY(m_window->openFile(path));
        QCOMPARE(asked.size(), qsizetype(1));
        QVERIFY2(asked.first().startsWith(QStringLiteral(
                     "The comments and decisions of this posting could not be read: ")),
                 qPrintable(asked.first()));
        m_window->editor()->selectAll();
        m_window->review()->addComment();
        QVERIFY(m_window->document()->save());
        QCOMPARE(readBytes(path + QStringLiteral(".review.json.broken")), QByteArray("{ not json"));
        QVERIFY(readBytes(path + QStringLiteral(".review.json")).contains("Which day?"));
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
        Q_EMIT w.editor()->ignoreRequested(w.editor()->findings().at(1));
        QCOMPARE(w.editor()->findings().size(), qsizetype(1));
        QCOMPARE(w.editor()->findings().first().ruleId, QStringLiteral("tone/hashtags"));
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

    void insertingAMissingTopic_removesItFromTheChecklist()
    {
        MainWindow &w = windowWith(QStringLiteral(
            "# TPM\n\n## What you bring\n- Scrum experience\n\n## About us\nWe make games."));
        QVERIFY(w.findingsPanel()->missingTopicIds().contains(QStringLiteral("certifications")));
        w.insertTopic(QStringLiteral("certifications"));
        QCOMPARE(
            w.editor()->toPlainText(),
            QStringLiteral(
                "# TPM\n\n## What you bring\n- Scrum experience\n- A project management "
                "certification "
                "such as PMP, PMI-ACP, CSM or PRINCE2 is a plus.\n\n## About us\nWe make games."));
        waitForAnalysis();
        QTRY_VERIFY(
            !w.findingsPanel()->missingTopicIds().contains(QStringLiteral("certifications")));
    }

    void clickingAFinding_selectsItsSpan()
    {
        MainWindow &w =
            windowWith(QStringLiteral("# TPM\nWe want a rockstar with expertise in Java."));
        QTreeWidget *tree = w.findingsPanel()->findingsTree();
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < tree->topLevelItemCount() && !item; ++i) {
            QTreeWidgetItem *category = tree->topLevelItem(i);
            for (int j = 0; j < category->childCount(); ++j) {
                if (category->child(j)->data(0, Qt::UserRole).toInt() == 1)
                    item = category->child(j);
            }
        }
        QVERIFY(item);
        Q_EMIT tree->itemActivated(item, 0);
        QCOMPARE(w.editor()->textCursor().selectedText(), QStringLiteral("expertise in Java"));
        w.editor()->nextFinding(); // wraps around to the first
        QCOMPARE(w.editor()->textCursor().selectedText(), QStringLiteral("rockstar"));
    }

    void openAndSave_keepTheBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF and non-ASCII")
            << QByteArray("# Z\xc3\xbcrich TPM \xf0\x9f\x9a\x80\n- Scrum\n");
        QTest::newRow("CRLF") << QByteArray("# TPM\r\n\r\n- Jira\r\n- Kanban\r\n");
        QTest::newRow("no final newline") << QByteArray("Plain text");
    }

    void openAndSave_keepTheBytes()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in.md"));
        writeBytes(in, bytes);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(in));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("RoleLens \u2014 in.md[*]"));
        const QString out = dir.filePath(QStringLiteral("out.md"));
        QCOMPARE(m_window->document()->writeTo(out), QString());
        QCOMPARE(readBytes(out), bytes);
    }

    void misspelling_getsTheSpellCheckUnderlineUntilAddedToTheDictionary()
    {
        {
            QSettings settings;
            settings.setValue(QStringLiteral("spelling/language"), QStringLiteral("xx_TEST"));
            settings.setValue(QStringLiteral("spelling/dictionaryFolder"),
                              QStringLiteral(ROLELENS_TEST_DATA "/dict"));
        }
        MainWindow &w = windowWith(QStringLiteral("we need teh team"));
        QSettings().remove(QStringLiteral("spelling"));
        QCOMPARE(w.editor()->findings().size(), qsizetype(1));
        QCOMPARE(w.editor()->findings().first().category, Category::Spelling);
        QTRY_COMPARE(
            formatsOf(w.editor()->document()->firstBlock()),
            QStringList{QStringLiteral("8+3:%1").arg(int(QTextCharFormat::SpellCheckUnderline))});
        QMenu menu;
        w.editor()->addFindingActions(0, &menu);
        QAction *add = nullptr;
        QStringList suggestions;
        for (QAction *action : menu.actions()) {
            if (action->text() == QStringLiteral("Add \u201cteh\u201d to Dictionary"))
                add = action;
            if (!action->data().toString().isEmpty())
                suggestions.append(action->data().toString());
        }
        QVERIFY(suggestions.contains(QStringLiteral("the")));
        QVERIFY(suggestions.size() <= 6);
        QVERIFY(add);
        add->trigger();
        waitForAnalysis();
        QTRY_VERIFY(w.editor()->findings().isEmpty());
        QCOMPARE(formatsOf(w.editor()->document()->firstBlock()), QStringList{});
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

    void compareWith_showsWhatTheRewriteFixedAndTheReportCarriesTheReview()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("draft-1.md"));
        writeBytes(before,
                   "# Technical Project Manager\n- Expertise in Java\n- Expertise in SQL\n");
        MainWindow &w = windowWith(QStringLiteral(
            "# Technical Project Manager\n- Run sprint planning with Jira\n- Expertise in SQL\n"));
        CompareDialog *dialog = w.review()->compareWith(before);
        QVERIFY(dialog);
        QCOMPARE(dialog->comparison().fixed.size(), qsizetype(1));
        QCOMPARE(dialog->comparison().added.size(), qsizetype(0));
        QVERIFY(dialog->diffText().contains(QStringLiteral("+ - Run sprint planning with Jira")));

        QStringList asked;
        w.setPrompts(recordingPrompts(&asked, false,
                                      {QStringLiteral("this role really owns the "
                                                      "SQL reports"),
                                       QStringLiteral("Which reports?")}));
        QCOMPARE(w.editor()->findings().size(), qsizetype(1));
        w.editor()->decide(0, DecisionKind::Kept);
        w.editor()->selectAll();
        w.review()->addComment();

        const QString report = dir.filePath(QStringLiteral("review.pdf"));
        QCOMPARE(w.exportPdfTo(MainWindow::ExportKind::Report, report), QString());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(printed.contains(QStringLiteral("Changes since draft-1.md")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("this role really owns the SQL reports")));
        QVERIFY(printed.contains(QStringLiteral("Which reports?")));
        QVERIFY(!w.review()->compareWith(dir.filePath(QStringLiteral("missing.md"))));
        QVERIFY(asked.last().startsWith(QStringLiteral("RoleLens cannot read")));
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

    void openingBadFiles_saysWhyAndKeepsTheText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("isDirectory");
        QTest::addColumn<QString>("reason");
        QTest::newRow("binary") << QByteArray("a\0b", 3) << false
                                << QStringLiteral("binary file, not text");
        QTest::newRow("too large") << QByteArray(10 * 1024 * 1024 + 1, 'a') << false
                                   << QStringLiteral("larger than the 10 MB limit");
        QTest::newRow("directory") << QByteArray() << true << QStringLiteral("is a directory");
    }

    void openingBadFiles_saysWhyAndKeepsTheText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, isDirectory);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.md"));
        if (isDirectory) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bad.md")));
        } else {
            writeBytes(path, bytes);
        }
        MainWindow &w = windowWith(QStringLiteral("Keep me."));
        QStringList warnings;
        w.setPrompts(recordingPrompts(&warnings, false));
        QVERIFY(!w.openFile(path));
        QCOMPARE(warnings,
                 QStringList{
                     QStringLiteral("RoleLens cannot open \u201c%1\u201d: %2.").arg(path, reason)});
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("Keep me."));
    }

    void invalidUtf8_isOfferedAsWindows1252()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin.md"));
        writeBytes(path, "caf\xe9\n");
        MainWindow &w = windowWith(QString());
        QStringList questions;
        w.setPrompts(recordingPrompts(&questions, true));
        QVERIFY(w.openFile(path));
        QCOMPARE(questions.size(), qsizetype(1));
        QVERIFY(questions.first().startsWith(
            QStringLiteral("\u201c%1\u201d is not valid UTF-8 text.").arg(path)));
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("caf\u00e9\n"));
    }

    void fileChangedOnDisk_asksToReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("watched.md"));
        writeBytes(path, "first\n");
        m_window = std::make_unique<MainWindow>();
        QStringList questions;
        m_window->setPrompts(recordingPrompts(&questions, true));
        QVERIFY(m_window->openFile(path));
        writeBytes(path, "second version\n");
        QTRY_COMPARE(questions,
                     QStringList{QStringLiteral(
                         "\u201cwatched.md\u201d was changed by another program. Reload it?")});
        QCOMPARE(m_window->editor()->toPlainText(), QStringLiteral("second version\n"));
    }

    void savingToAMissingFolder_failsAndKeepsTheText()
    {
        MainWindow &w = windowWith(QStringLiteral("# TPM\nKeep me."));
        const QString error =
            w.document()->writeTo(QStringLiteral("/nonexistent-folder/posting.md"));
        QVERIFY(!error.isEmpty());
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("# TPM\nKeep me."));
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
