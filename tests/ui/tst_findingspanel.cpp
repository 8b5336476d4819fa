// The Findings dock: gauge, findings tree and coverage checklist.
#include "editor/analysiscontroller.h"
#include "editor/findinghighlighter.h"
#include "editor/postingdocument.h"
#include "editor/postingeditor.h"
#include "engine/analyzer.h"
#include "export/displaynames.h"
#include "help/ruleguide.h"
#include "io/recoverystore.h"
#include "panels/balancebar.h"
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
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace rolelens;

class TestFindingsPanel : public QObject, private WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(QStringLiteral("tst_findingspanel")); }
    void cleanup() { m_window.reset(); }

    void scoreGauge_showsNoNumberUntilThePostingCanBeJudged()
    {
        ScoreGauge gauge;
        gauge.setScore(79, Verdict::None);
        QCOMPARE(gauge.accessibleDescription(), QStringLiteral("not judged yet"));
        gauge.setScore(79, Verdict::Ok);
        QCOMPARE(gauge.accessibleDescription(), QStringLiteral("79 out of 100, ok"));
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
        QVERIFY2(group->child(0)->toolTip(1).startsWith(
                     QStringLiteral("\u201cExpertise in Go\u201d\n\n")),
                 qPrintable(group->child(0)->toolTip(1))); // the tooltip moves with the row
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

    // The dock at a 1024x700 window: the findings, not the overview, get the height; labels
    // too long for the width end in an ellipsis and keep their whole text in the tooltip.
    void dock_givesTheFindingsTheRoomAndElidesWhatDoesNotFit()
    {
        QFile sample(QStringLiteral(ROLELENS_SOURCE_DIR "/resources/samples/sample-posting.md"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(sample.readAll());
        const Analysis analysis = Analyzer(RuleSet::builtin()).analyze(text);
        FindingsPanel panel;
        panel.setAnalysis(analysis, text, analysis.findings);
        panel.resize(300, 620);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        const QList<int> sizes = panel.splitter()->sizes();
        QCOMPARE(sizes.size(), qsizetype(2));
        QVERIFY2(sizes[1] > sizes[0],
                 qPrintable(QStringLiteral("%1 / %2").arg(sizes[0]).arg(sizes[1])));
        QTreeWidget *tree = panel.findingsTree();
        tree->expandAll();
        const QTreeWidgetItem *group = tree->topLevelItem(0);
        QVERIFY(group->childCount() >= 3);
        // Ten rows show at once, the first group's three findings among them.
        QVERIFY(tree->viewport()->height() >= 10 * tree->visualItemRect(group->child(0)).height());

        const QTreeWidgetItem *first = group->child(0);
        const Finding &finding = analysis.findings.at(first->data(0, Qt::UserRole).toInt());
        const QString quote = text.mid(finding.start, finding.length);
        QVERIFY(first->toolTip(1).startsWith(QChar(0x201C) + quote + QChar(0x201D) + u'\n'));

        auto *coverage = panel.findChild<QListWidget *>();
        QVERIFY(coverage);
        bool elided = false;
        for (int i = 0; i < coverage->count(); ++i) {
            const QListWidgetItem *item = coverage->item(i);
            const QString whole = item->data(Qt::AccessibleTextRole).toString();
            if (whole.isEmpty())
                continue; // a covered topic: no button beside it
            QVERIFY(item->toolTip().startsWith(whole.mid(2)));
            if (item->text() != whole) {
                elided = true;
                QVERIFY(item->text().endsWith(QChar(0x2026)));
                QVERIFY(whole.startsWith(item->text().chopped(1)));
            }
        }
        QVERIFY(elided);        // "Emotional intelligence and listening" does not fit beside Insert
        panel.resize(900, 620); // wide enough: whole titles again
        QTRY_COMPARE(
            coverage->item(coverage->count() - 1)->text(),
            coverage->item(coverage->count() - 1)->data(Qt::AccessibleTextRole).toString());
    }

    void balanceBar_keepsItsNumbersWholeWhenNarrow()
    {
        BalanceBar bar;
        bar.setBalance({43, 57});
        bar.resize(400, bar.sizeHint().height());
        QCOMPARE(bar.labels(),
                 std::pair(QStringLiteral("Leadership 43%"), QStringLiteral("Execution 57%")));
        bar.resize(120, bar.sizeHint().height());
        QCOMPARE(bar.labels(), std::pair(QStringLiteral("43%"), QStringLiteral("57%")));
        QCOMPARE(bar.toolTip(), QStringLiteral("Leadership 43%, execution 57%"));
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
        QCOMPARE(w.editor()->textCursor().selectedText(),
                 QStringLiteral("A project management certification such as PMP, PMI-ACP, CSM or "
                                "PRINCE2 is a plus."));
        waitForAnalysis();
        QTRY_VERIFY(
            !w.findingsPanel()->missingTopicIds().contains(QStringLiteral("certifications")));
    }
};

QTEST_MAIN(TestFindingsPanel)
#include "tst_findingspanel.moc"
