// Review: anchors that follow edits, comments and decisions.
#include "engine/analyzer.h"
#include "review/baseline.h"
#include "review/review.h"
#include "review/reviewfile.h"
#include "rules/rulepack.h"
#include "rules/ruleset.h"
#include "support/files.h"
#include "support/reviewdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rolelens;

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchor_followsEdits_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("orphaned");

        // The anchor covers "Java" at 13..17 of "Expertise in Java is required."
        QTest::newRow("insert before") << 0 << 0 << 4 << 17 << 4 << false;
        QTest::newRow("insert at the start") << 13 << 0 << 2 << 15 << 4 << false;
        QTest::newRow("insert inside") << 15 << 0 << 3 << 13 << 7 << false;
        QTest::newRow("insert at the end") << 17 << 0 << 3 << 13 << 4 << false;
        QTest::newRow("insert after") << 20 << 0 << 5 << 13 << 4 << false;
        QTest::newRow("delete before") << 0 << 10 << 0 << 3 << 4 << false;
        QTest::newRow("delete up to the start") << 10 << 3 << 0 << 10 << 4 << false;
        QTest::newRow("delete across the start") << 10 << 5 << 0 << 10 << 2 << false;
        QTest::newRow("delete inside") << 14 << 2 << 0 << 13 << 2 << false;
        QTest::newRow("delete across the end") << 15 << 4 << 0 << 13 << 2 << false;
        QTest::newRow("delete after") << 17 << 3 << 0 << 13 << 4 << false;
        QTest::newRow("delete the whole anchor") << 13 << 4 << 0 << 13 << 0 << true;
        QTest::newRow("delete around the anchor") << 10 << 10 << 0 << 10 << 0 << true;
        QTest::newRow("replace across the start") << 10 << 5 << 2 << 12 << 2 << false;
        QTest::newRow("replace inside") << 14 << 2 << 3 << 13 << 5 << false;
        QTest::newRow("replace across the end") << 15 << 4 << 1 << 13 << 2 << false;
        QTest::newRow("replace the whole anchor") << 13 << 4 << 6 << 13 << 0 << true;
    }

    void anchor_followsEdits()
    {
        QFETCH(int, position);
        QFETCH(int, removed);
        QFETCH(int, added);
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(bool, orphaned);
        TextAnchor anchor = javaAnchor();
        anchor.applyEdit(position, removed, added);
        QCOMPARE(anchor.start, qsizetype(start));
        QCOMPARE(anchor.length, qsizetype(length));
        QCOMPARE(anchor.orphaned, orphaned);
        QCOMPARE(anchor.quote, QStringLiteral("Java")); // the quote is what it was anchored to
    }

    void anchor_orphanedPointMovesWithEdits()
    {
        TextAnchor anchor = javaAnchor();
        anchor.applyEdit(13, 4, 0); // "Expertise in  is required."
        anchor.applyEdit(0, 0, 3);
        QCOMPARE(anchor.start, qsizetype(16));
        anchor.applyEdit(14, 4, 0); // a deletion around the point takes it to its start
        QCOMPARE(anchor.start, qsizetype(14));
        QCOMPARE(anchor.length, qsizetype(0));
        QVERIFY(anchor.orphaned);
    }

    void undo_reinsertsDeletedText_reanchorRestoresTheAnchor()
    {
        Review review;
        review.addComment({QStringLiteral("c1"), javaAnchor(), QStringLiteral("Dana"), at(9, 30),
                           QStringLiteral("Why Java?")});
        QString text = kText;
        text.remove(kJavaStart, 4);
        review.applyEdit(kJavaStart, 4, 0);
        QVERIFY(review.comments().first().anchor.orphaned);

        text.insert(kJavaStart, QStringLiteral("Java")); // what undo does
        review.applyEdit(kJavaStart, 0, 4);
        QVERIFY(review.comments().first().anchor.orphaned);
        review.restoreOrphans(text);
        QCOMPARE(review.comments().first().anchor, javaAnchor());
    }

    void restoreOrphans_leavesEditedAnchorsAlone()
    {
        Review review;
        review.addComment({QStringLiteral("c1"), javaAnchor(), {}, at(9, 30), {}});
        QString text = kText;
        text.insert(15, QStringLiteral("--")); // "Ja--va"
        review.applyEdit(15, 0, 2);
        review.restoreOrphans(text);
        const TextAnchor &anchor = review.comments().first().anchor;
        QCOMPARE(text.mid(anchor.start, anchor.length), QStringLiteral("Ja--va"));
    }

    void reanchor_findsTheNearestOccurrence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<bool>("anchored");
        QTest::addColumn<int>("newStart");

        QTest::newRow("still there") << kText << 13 << true << 13;
        QTest::newRow("moved right")
            << QStringLiteral("Strong expertise in Java is required.") << 13 << true << 20;
        QTest::newRow("nearest of three")
            << QStringLiteral("Java first, then Java here, and Java last.") << 15 << true << 17;
        QTest::newRow("nearest is before")
            << QStringLiteral("Java ........................ Java") << 10 << true << 0;
        QTest::newRow("gone") << QStringLiteral("Expertise in Go is required.") << 13 << false
                              << 13;
        QTest::newRow("gone, past the end") << QStringLiteral("Short.") << 13 << false << 6;
    }

    void reanchor_findsTheNearestOccurrence()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(bool, anchored);
        QFETCH(int, newStart);
        TextAnchor anchor{start, 4, QStringLiteral("Java")};
        QCOMPARE(anchor.reanchor(text), anchored);
        QCOMPARE(anchor.orphaned, !anchored);
        QCOMPARE(anchor.start, qsizetype(newStart));
        QCOMPARE(anchor.length, anchored ? qsizetype(4) : qsizetype(0));
        QCOMPARE(anchor.quote, QStringLiteral("Java"));
    }

    void comments_addUpdateRemove()
    {
        Review review;
        const QString first = review.addComment({{}, javaAnchor(), {}, {}, QStringLiteral("a")});
        QVERIFY(!first.isEmpty());
        QVERIFY(review.comments().first().created.isValid());
        const QString second =
            review.addComment({first, javaAnchor(), {}, at(9, 0), QStringLiteral("b")});
        QVERIFY(second != first); // a taken id is replaced
        QVERIFY(review.updateComment(second, QStringLiteral("b2")));
        QCOMPARE(review.comments().at(1).body, QStringLiteral("b2"));
        QVERIFY(!review.updateComment(QStringLiteral("nope"), QString()));
        QVERIFY(review.removeComment(first));
        QVERIFY(!review.removeComment(first));
        QCOMPARE(review.comments().size(), 1);
        QCOMPARE(review.comments().first().id, second);
    }

    void isClosed_matchesRuleTextPlaceAndKind_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<TextAnchor>("anchor");
        QTest::addColumn<DecisionKind>("kind");
        QTest::addColumn<bool>("isClosed");

        const QString rule = QStringLiteral("coding-demand/expertise");
        const DecisionKind kept = DecisionKind::Kept;
        QTest::newRow("same rule, text and place") << rule << javaAnchor() << kept << true;
        QTest::newRow("other rule") << QStringLiteral("tone/hype") << javaAnchor() << kept << false;
        QTest::newRow("other text")
            << rule << TextAnchor{kJavaStart, 4, QStringLiteral("Jav")} << kept << false;
        QTest::newRow("overlapping")
            << rule << TextAnchor{15, 4, QStringLiteral("Java")} << kept << true;
        QTest::newRow("elsewhere")
            << rule << TextAnchor{25, 4, QStringLiteral("Java")} << kept << false;
        QTest::newRow("orphaned: anywhere")
            << rule << TextAnchor{0, 0, QStringLiteral("Java"), true} << kept << true;
        QTest::newRow("ignored closes it too")
            << rule << javaAnchor() << DecisionKind::Ignored << true;
        QTest::newRow("accepted leaves it open")
            << rule << javaAnchor() << DecisionKind::Accepted << false;
    }

    void isClosed_matchesRuleTextPlaceAndKind()
    {
        QFETCH(QString, ruleId);
        QFETCH(TextAnchor, anchor);
        QFETCH(DecisionKind, kind);
        QFETCH(bool, isClosed);
        Review review;
        ReviewDecision decision = kept(ruleId, anchor);
        decision.kind = kind;
        review.decide(decision);
        const Finding java = finding(QStringLiteral("coding-demand/expertise"), kJavaStart, 4);
        QCOMPARE(review.isClosed(java, kText), isClosed);
        QCOMPARE(review.openFindings({java}, kText).size(), isClosed ? 0 : 1);
    }

    void decide_replacesTheDecisionOnTheSameFinding()
    {
        Review review;
        const QString rule = QStringLiteral("coding-demand/expertise");
        review.decide(kept(rule, javaAnchor()));
        ReviewDecision accepted = kept(rule, javaAnchor());
        accepted.kind = DecisionKind::Accepted;
        review.decide(accepted);
        QCOMPARE(review.decisions().size(), 1);
        const Finding java = finding(rule, kJavaStart, 4);
        QVERIFY(!review.isClosed(java, kText));
        QCOMPARE(review.decisionOn(java, kText)->kind, DecisionKind::Accepted);
        const ReviewDecision stored = *review.decisionOn(java, kText);
        QVERIFY(review.removeDecision(stored));
        QVERIFY(review.decisions().isEmpty());
        QVERIFY(!review.removeDecision(stored));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
