// PostingDocument: opening, saving and reloading files.
#include "editor/analysiscontroller.h"
#include "editor/findinghighlighter.h"
#include "editor/postingdocument.h"
#include "editor/postingeditor.h"
#include "editor/textprompt.h"
#include "engine/analyzer.h"
#include "export/displaynames.h"
#include "export/reporthtml.h"
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
#include "window/disabledrulesdialog.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
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

class TestPostingDocument : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(QStringLiteral("tst_postingdocument")); }
    void cleanup() { m_window.reset(); }

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
        QVERIFY(writeBytes(in, bytes));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(in));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("RoleLens \u2014 in.md[*]"));
        const QString out = dir.filePath(QStringLiteral("out.md"));
        QCOMPARE(m_window->document()->writeTo(out), QString());
        QCOMPARE(readBytes(out), bytes);
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
            QVERIFY(writeBytes(path, bytes));
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
        QVERIFY(writeBytes(path, "caf\xe9\n"));
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
        QVERIFY(writeBytes(path, "first\n"));
        m_window = std::make_unique<MainWindow>();
        QStringList questions;
        m_window->setPrompts(recordingPrompts(&questions, true));
        QVERIFY(m_window->openFile(path));
        QVERIFY(writeBytes(path, "second version\n"));
        QTRY_COMPARE(questions,
                     QStringList{QStringLiteral(
                         "\u201cwatched.md\u201d was changed by another program. Reload it?")});
        QCOMPARE(m_window->editor()->toPlainText(), QStringLiteral("second version\n"));
    }

    void replaced_isSaidForNewOpenAndTemplatesButNotForAReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("posting.md"));
        QVERIFY(writeBytes(path, "# TPM\nfirst\n"));
        m_window = std::make_unique<MainWindow>();
        QStringList questions;
        m_window->setPrompts(recordingPrompts(&questions, true));
        QSignalSpy replaced(m_window->document(), &PostingDocument::replaced);
        m_window->newFromText(QStringLiteral("# TPM\n"));
        QCOMPARE(replaced.size(), 1);
        QVERIFY(m_window->openFile(path));
        QCOMPARE(replaced.size(), 2);
        QVERIFY(writeBytes(path, "# TPM\nsecond\n"));
        QTRY_COMPARE(m_window->editor()->toPlainText(), QStringLiteral("# TPM\nsecond\n"));
        QCOMPARE(replaced.size(), 2);
        QVERIFY(!m_window->openFile(dir.filePath(QStringLiteral("missing.md"))));
        QCOMPARE(replaced.size(), 2);
    }

    void ignoreHere_isADecisionSavedWithThePosting()
    {
        const QString text = QStringLiteral("# Technical Project Manager\n- Expertise in Java\n");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("draft.md"));
        QVERIFY(writeBytes(path, text.toUtf8()));
        MainWindow &w = windowWith(QString());
        QVERIFY(w.openFile(path));
        waitForAnalysis();
        QTRY_COMPARE(w.editor()->findings().size(), 1);
        QVERIFY(w.editor()->decide(0, DecisionKind::Ignored));
        QCOMPARE(w.editor()->findings().size(), 0);
        const Review &review = w.review()->session()->review();
        QCOMPARE(review.decisions().size(), qsizetype(1));
        QCOMPARE(review.decisions().first().kind, DecisionKind::Ignored);
        QCOMPARE(review.decisions().first().reason, QString());
        QCOMPARE(review.decisions().first().author, QStringLiteral("Test Reviewer"));
        QCOMPARE(w.review()->panel()->decisionList()->item(0)->text(),
                 QStringLiteral("Ignored \u00b7 Line 2 \u00b7 \u201cExpertise in Java\u201d"));
        QVERIFY(w.document()->save());
        QVERIFY(readBytes(path + QStringLiteral(".review.json")).contains("\"ignored\""));

        // Reopened, it is still set aside; a new document of the same text is not.
        QVERIFY(w.openFile(path));
        waitForAnalysis();
        QTRY_VERIFY(w.analysis()->isCurrent());
        QCOMPARE(w.editor()->findings().size(), 0);
        w.newFromText(text);
        waitForAnalysis();
        QTRY_COMPARE(w.editor()->findings().size(), 1);
    }

    void disableRule_isVisibleListedAndReversible()
    {
        installTranslations(QCoreApplication::instance()); // "1 rule", not "1 rule(s)"
        MainWindow &w = windowWith(QStringLiteral("# TPM\n#Hiring now. Expertise in Rust."));
        QCOMPARE(w.editor()->findings().size(), qsizetype(2));
        auto *status = w.statusBar()->findChild<QLabel *>(QStringLiteral("disabledRules"));
        QLabel *dock = w.findingsPanel()->disabledRulesLabel();
        QVERIFY(status && status->isHidden());
        QVERIFY(dock->isHidden());
        Q_EMIT w.editor()->disableRuleRequested(QStringLiteral("coding-demand/expertise"));
        waitForAnalysis();
        QTRY_COMPARE(w.editor()->findings().size(), qsizetype(1));
        QVERIFY(!status->isHidden());
        QCOMPARE(status->text(), QStringLiteral("1 rule off"));
        QCOMPARE(dock->text(), QStringLiteral("1 rule off"));
        QVERIFY(dock->toolTip().contains(QStringLiteral("coding-demand/expertise")));
        const Analyzer analyzer(w.analysis()->rulesPointer());
        const FileReport report =
            w.review()->report(QStringLiteral("p.md"), w.editor()->toPlainText(), analyzer);
        QCOMPARE(report.disabledRules, QStringList{QStringLiteral("coding-demand/expertise")});
        QVERIFY(reportHtml(report).contains(
            QStringLiteral("1 rule turned off when this report was made, so its findings are "
                           "not listed: coding-demand/expertise.")));

        DisabledRulesDialog dialog(
            QStringList{QStringLiteral("coding-demand/expertise"), QStringLiteral("tone/hashtags")},
            nullptr);
        QCOMPARE(dialog.list()->count(), 2);
        QCOMPARE(dialog.stillDisabled().size(), qsizetype(2));
        dialog.list()->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog.stillDisabled(), QStringList{QStringLiteral("tone/hashtags")});
    }

    void closingAModifiedNewDocument_asksAndCancelKeepsTheWindow()
    {
        MainWindow &w = windowWith(QStringLiteral("# Sample\n"));
        QStringList asked;
        w.setPrompts(recordingPrompts(&asked, false));
        w.newFromText({}); // File > New: unmodified, nothing to ask
        QCOMPARE(asked.size(), qsizetype(0));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClicks(w.editor(), QStringLiteral("Draft"));
        QCOMPARE(w.windowTitle(), QStringLiteral("RoleLens \u2014 Untitled[*]"));
        QVERIFY(w.isWindowModified());
        QVERIFY(!w.close()); // cancelled: the window and the text stay
        QCOMPARE(asked, QStringList{QStringLiteral(
                            "\u201cUntitled\u201d has changes that are not saved. Save them?")});
        QVERIFY(w.isVisible());
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("Draft"));
        w.setPrompts(recordingPrompts(&asked, true)); // discard
        QVERIFY(w.close());
        QCOMPARE(asked.size(), qsizetype(2));
    }

    void textPrompt_wrapsItsLinesAndCtrlEnterSubmits()
    {
        TextPrompt prompt(QStringLiteral("Add Comment"),
                          QStringLiteral("Comment on \u201cx\u201d:"), QString());
        prompt.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt));
        QCOMPARE(prompt.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        QTest::keyClicks(prompt.editor(), QStringLiteral("Who reads"));
        QTest::keyClick(prompt.editor(), Qt::Key_Return);
        QTest::keyClicks(prompt.editor(), QStringLiteral("these?"));
        QVERIFY(prompt.isVisible()); // Enter is a new line
        QTest::keyClick(prompt.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(prompt.result(), int(QDialog::Accepted));
        QCOMPARE(prompt.text(), QStringLiteral("Who reads\nthese?"));
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

QTEST_MAIN(TestPostingDocument)
#include "tst_postingdocument.moc"
