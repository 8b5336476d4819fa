// ReviewWorkflow: comments, decisions, review files and Compare.
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

class TestReviewWorkflow : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(QStringLiteral("tst_reviewworkflow")); }
    void cleanup() { m_window.reset(); }

    void review_commentFollowsEditsAndSurvivesSaveAndOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("posting.md"));
        QVERIFY(writeBytes(path, "# Technical Project Manager\n- Expertise in Java\n"));
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
        // The kept text carries a quiet mark of its own, whose tooltip says who kept it and why.
        const QList<QTextEdit::ExtraSelection> marks = w.editor()->extraSelections();
        QCOMPARE(marks.size(), qsizetype(1));
        QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("Expertise in SQL"));
        QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::DotLine);
        QCOMPARE(w.editor()->reviewNoteAt(34),
                 QStringLiteral("Kept as is by Test Reviewer: this role really owns the SQL "
                                "reports"));
        QCOMPARE(w.editor()->reviewNoteAt(28), QString()); // before it

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

    void review_firstCommentAsksForTheReviewersNameOnce()
    {
        QSettings().remove(QStringLiteral("review/name"));
        MainWindow &w = windowWith(QStringLiteral("# TPM\nRun the weekly sync.\nTrack risks.\n"));
        QStringList asked;
        w.setPrompts(recordingPrompts(
            &asked, true,
            {QStringLiteral("Dana \u00C5berg"), QStringLiteral("Who?"), QStringLiteral("When?")}));
        QTextCursor cursor(w.editor()->document()->findBlockByNumber(1));
        w.editor()->setTextCursor(cursor);
        w.review()->addComment();
        cursor = QTextCursor(w.editor()->document()->findBlockByNumber(2));
        w.editor()->setTextCursor(cursor);
        w.review()->addComment();
        QCOMPARE(asked, (QStringList{QStringLiteral("Your name, written with each comment and "
                                                    "decision:"),
                                     QStringLiteral("Comment on \u201cRun the weekly sync.\u201d:"),
                                     QStringLiteral("Comment on \u201cTrack risks.\u201d:")}));
        const QList<ReviewComment> comments = w.review()->session()->review().comments();
        QCOMPARE(comments.size(), qsizetype(2));
        QCOMPARE(comments.at(0).author, QStringLiteral("Dana \u00C5berg"));
        QCOMPARE(comments.at(1).author, QStringLiteral("Dana \u00C5berg"));
        m_window.reset();
        QSettings().setValue(QStringLiteral("review/name"), kReviewer);
    }

    void review_savingNeverDeletesAReviewFileItDidNotWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("draft.md"));
        const QString sidecar = path + QStringLiteral(".review.json");
        const QByteArray colleagues = R"({"format": "rolelens-review", "version": 1,
            "comments": [{"id": "c1", "start": 0, "length": 5, "quote": "# TPM",
                          "author": "Sam", "created": "2026-03-01T09:30:00Z", "body": "Title?"}]})";
        QVERIFY(writeBytes(sidecar, colleagues));
        QTextDocument document(QStringLiteral("# TPM\n"));
        ReviewSession session(&document);
        QCOMPARE(session.save(path), QString());
        QCOMPARE(readBytes(sidecar), colleagues);

        // A review this session read may be emptied and saved: then the file goes.
        QCOMPARE(session.load(path), QString());
        session.removeComment(QStringLiteral("c1"));
        QCOMPARE(session.save(path), QString());
        QVERIFY(!QFile::exists(sidecar));
    }

    void review_unreadableSidecarIsKeptBesideTheNewOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("posting.md"));
        QVERIFY(writeBytes(path, "# TPM\nRun the weekly sync.\n"));
        QVERIFY(writeBytes(path + QStringLiteral(".review.json"), "{ not json"));
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

    void compareWith_showsWhatTheRewriteFixedAndTheReportCarriesTheReview()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("draft-1.md"));
        QVERIFY(writeBytes(
            before, "# Technical Project Manager\n- Expertise in Java\n- Expertise in SQL\n"));
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
};

QTEST_MAIN(TestReviewWorkflow)
#include "tst_reviewworkflow.moc"
