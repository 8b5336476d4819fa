// FindingHighlighter: what the editor underlines, and that edits keep it exact.
#include "editor/analysiscontroller.h"
#include "editor/findinghighlighter.h"
#include "editor/listindentlayout.h"
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

// The next window spell-checks with the tiny xx_TEST dictionary of tests/data/dict.
void useTestDictionary()
{
    QSettings settings;
    settings.setValue(QStringLiteral("spelling/language"), QStringLiteral("xx_TEST"));
    settings.setValue(QStringLiteral("spelling/dictionaryFolder"),
                      QStringLiteral(ROLELENS_TEST_DATA "/dict"));
}

} // namespace

class TestHighlighter : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(QStringLiteral("tst_highlighter")); }
    void cleanup() { m_window.reset(); }

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

    // Markdown is shown styled while the text stays Markdown: headings larger and bold with
    // their '#'s dimmed, list markers dimmed, **bold** bold with its asterisks dimmed.
    void markdown_isStyledWhileItStaysText()
    {
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("Sans Serif"), 10));
        document.setPlainText(QStringLiteral("## Requirements\n- Lead **Agile** delivery\nPlain"));
        FindingHighlighter highlighter(&document);
        highlighter.rehighlight();
        const auto styles = [&](int blockNumber) {
            QStringList out;
            for (const QTextLayout::FormatRange &range :
                 document.findBlockByNumber(blockNumber).layout()->formats()) {
                out.append(QStringLiteral("%1+%2:%3:%4:%5")
                               .arg(range.start)
                               .arg(range.length)
                               .arg(range.format.fontWeight())
                               .arg(range.format.hasProperty(QTextFormat::FontPointSize)
                                        ? range.format.fontPointSize()
                                        : 0.0)
                               .arg(range.format.foreground().color().alpha()));
            }
            return out;
        };
        const int bold = QFont::Bold;
        QCOMPARE(styles(0), (QStringList{QStringLiteral("0+3:%1:13:102").arg(bold),
                                         QStringLiteral("3+12:%1:13:255").arg(bold)}));
        QCOMPARE(styles(1),
                 (QStringList{QStringLiteral("0+2:400:0:102"), QStringLiteral("7+2:400:0:102"),
                              QStringLiteral("9+5:%1:0:255").arg(bold),
                              QStringLiteral("14+2:400:0:102")}));
        QCOMPARE(styles(2), QStringList{});
        QCOMPARE(document.toPlainText(),
                 QStringLiteral("## Requirements\n- Lead **Agile** delivery\nPlain"));
    }

    // List items sit in from the margin and their wrapped lines line up under the item's text;
    // only the layout changes: no undo step, the posting not modified, the text as typed.
    void listItems_areIndentedWithAHangingIndent()
    {
        PostingEditor editor;
        editor.resize(300, 400);
        const QString text = QStringLiteral(
            "Intro\n- Keep stakeholders aligned through weekly updates and risk reviews\n"
            "  and clear escalation paths\n12. Run the quarterly planning with every squad and its "
            "product owner\nEnd");
        editor.setPlainText(text);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const auto *layout = qobject_cast<ListIndentLayout *>(editor.document()->documentLayout());
        QVERIFY(layout);
        const qreal margin = editor.document()->documentMargin();
        const auto line = [&](int block, int number) {
            const QTextBlock found = editor.document()->findBlockByNumber(block);
            layout->blockBoundingRect(found); // laid out as for painting
            return found.layout()->lineAt(number);
        };
        QCOMPARE(line(0, 0).x(), margin);
        QCOMPARE(line(4, 0).x(), margin);
        QCOMPARE(line(2, 0).x(), margin + layout->indent()); // continues the item above
        // Where the text after the marker starts on an item's first line.
        const auto textStart = [&](int block, int markerLength) {
            return line(block, 0).x() + line(block, 0).cursorToX(markerLength) -
                   line(block, 0).cursorToX(0);
        };
        for (const auto &[block, markerLength] : {std::pair{1, 2}, std::pair{3, 4}}) {
            const QTextLayout *item = editor.document()->findBlockByNumber(block).layout();
            QCOMPARE(line(block, 0).x(), margin + layout->indent());
            QVERIFY(textStart(block, markerLength) > line(block, 0).x() + 1);
            QVERIFY2(item->lineCount() >= 2, qPrintable(QString::number(item->lineCount())));
            QCOMPARE(editor.document()->findBlockByNumber(block).lineCount(), item->lineCount());
            for (int wrapped = 1; wrapped < item->lineCount(); ++wrapped)
                QCOMPARE(line(block, wrapped).x(), textStart(block, markerLength));
        }
        QCOMPARE(editor.document()->availableUndoSteps(), 0);
        QVERIFY(!editor.document()->isModified());
        QCOMPARE(editor.toPlainText(), text);

        // Typed into, the item is laid out again and stays indented.
        QTextCursor cursor(editor.document()->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(cursor);
        QTest::keyClicks(&editor, QStringLiteral(" daily"));
        QCOMPARE(line(1, 0).x(), margin + layout->indent());
        QCOMPARE(line(1, 1).x(), textStart(1, 2));
        QVERIFY(editor.cursorRect().left() > margin + layout->indent());

        // No longer an item: it and the line that continued it go back to the margin.
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.deleteChar();
        QCOMPARE(line(1, 0).x(), margin);
        QCOMPARE(line(2, 0).x(), margin);
    }

    // The text keeps to a centred column of about 80 characters on a wide window; the comment
    // markers stay beside it; 0 gives the text the whole width.
    void textColumn_centresTheText()
    {
        MainWindow &w = windowWith(kHighlightText);
        w.resize(1800, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PostingEditor *editor = w.editor();
        editor->setTextColumn(80);
        const int perChar = QFontMetrics(editor->font()).horizontalAdvance(QLatin1Char('n'));
        const int width = editor->viewport()->width();
        QVERIFY2(width >= 80 * perChar && width <= 84 * perChar + 40,
                 qPrintable(QString::number(width)));
        const int left = editor->viewport()->geometry().left();
        const int right = editor->contentsRect().right() - editor->viewport()->geometry().right();
        QVERIFY(qAbs(left - 16 - right) <= 2); // centred, the comment strip aside
        QCOMPARE(editor->commentMargin()->geometry().right() + 1, left);
        // The text wraps inside the column: no line is wider than the viewport.
        editor->setPlainText(QStringLiteral("word ").repeated(200));
        const QTextLayout *layout = editor->document()->firstBlock().layout();
        QVERIFY(layout->lineCount() > 1);
        QVERIFY2(layout->lineAt(0).naturalTextWidth() <= width,
                 qPrintable(QString::number(layout->lineAt(0).naturalTextWidth())));
        editor->setTextColumn(0);
        QCOMPARE(editor->viewport()->geometry().left(), editor->contentsRect().left() + 16);
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
        QVERIFY(w.editor()->decide(int(go - findings.cbegin()), DecisionKind::Ignored));
        QCOMPARE(marksOf(line).size(), qsizetype(1));
        QCOMPARE(paintedMarks(w), freshMarks(w));
    }

    void misspelling_getsTheSpellCheckUnderlineUntilAddedToTheDictionary()
    {
        useTestDictionary();
        MainWindow &w = windowWith(QStringLiteral("we need teh team"));
        QSettings().remove(QStringLiteral("spelling"));
        // Waited for, not assumed: under the sanitizers on a busy machine it once came later.
        QTRY_COMPARE(w.editor()->findings().size(), qsizetype(1));
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

    void wordBeingTyped_isNotFlaggedUntilTheCaretLeavesIt()
    {
        useTestDictionary();
        MainWindow &w = windowWith(QStringLiteral("wrok team"));
        QSettings().remove(QStringLiteral("spelling"));
        QTRY_COMPARE(w.editor()->findings().size(), qsizetype(1)); // opened: flagged at once
        w.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(w.editor(), QStringLiteral(" wiht"));
        waitForAnalysis();
        QTRY_VERIFY(w.analysis()->isCurrent());
        QCOMPARE(w.editor()->findings().size(), qsizetype(1)); // "wrok" only: "wiht" is typed
        QCOMPARE(w.editor()->findings().first().start, 0);
        QTest::keyClick(w.editor(), Qt::Key_Left); // still inside the word
        QCOMPARE(w.editor()->findings().size(), qsizetype(1));
        // Left it (for the document's start: in a window never shown the line may wrap before
        // the word): flagged without a new analysis.
        QTest::keyClick(w.editor(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(w.editor()->findings().size(), qsizetype(2));
        QCOMPARE(w.editor()->findings().at(1).start, 10);
        QCOMPARE(w.editor()->findings().at(1).length, 4);
    }
};

QTEST_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
