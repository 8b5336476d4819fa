// Review files: reading, writing and their errors, and the exceptions pack.
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

class TestReviewFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sidecarPath_appendsReviewJson()
    {
        QCOMPARE(reviewSidecarPath(QStringLiteral("/jobs/posting.md")),
                 QStringLiteral("/jobs/posting.md.review.json"));
    }

    void sidecar_roundTripsWithCodePointOffsets()
    {
        // Two emoji (surrogate pairs) before the anchors: the file counts code points.
        const QString text =
            QStringLiteral("\U0001F680\U0001F680 Expertise in Java \U0001F92F and SQL.\n");
        const qsizetype java = text.indexOf(QLatin1String("Java"));
        const qsizetype sql = text.indexOf(QLatin1String("SQL"));
        Review review;
        review.addComment({QStringLiteral("c1"),
                           {java, 4, QStringLiteral("Java")},
                           QStringLiteral("Dana \u00C5berg"),
                           at(9, 30),
                           QStringLiteral("Ask the team \u2013 is \"Java\" needed?")});
        review.decide(kept(QStringLiteral("coding-demand/expertise"),
                           {sql, 3, QStringLiteral("SQL")},
                           QStringLiteral("The role runs reports.")));
        ReviewDecision accepted =
            kept(QStringLiteral("tone/emoji"), {0, 2, QStringLiteral("\U0001F680")});
        accepted.kind = DecisionKind::Accepted;
        review.decide(accepted);
        ReviewDecision ignored =
            kept(QStringLiteral("tone/hype"),
                 {text.indexOf(QLatin1String("and")), 3, QStringLiteral("and")}, QString());
        ignored.kind = DecisionKind::Ignored;
        review.decide(ignored);

        QTemporaryDir dir;
        const QString path = reviewSidecarPath(dir.filePath(QStringLiteral("posting.md")));
        QCOMPARE(saveReview(path, review, text), QString());

        const QByteArray saved = readBytes(path);
        QVERIFY(saved.contains("\n    \"comments\"")); // indented
        const QJsonObject root = QJsonDocument::fromJson(saved).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("rolelens-review"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject comment =
            root.value(QStringLiteral("comments")).toArray().at(0).toObject();
        QCOMPARE(java, qsizetype(18));
        QCOMPARE(comment.value(QStringLiteral("start")).toInt(), 16); // two emoji before it
        QCOMPARE(comment.value(QStringLiteral("length")).toInt(), 4);
        QCOMPARE(comment.value(QStringLiteral("created")).toString(),
                 QStringLiteral("2026-03-01T09:30:00Z"));
        QCOMPARE(comment.value(QStringLiteral("author")).toString(),
                 QStringLiteral("Dana \u00C5berg"));
        const QJsonArray decisions = root.value(QStringLiteral("decisions")).toArray();
        QCOMPARE(sql, qsizetype(30));
        QCOMPARE(decisions.at(0).toObject().value(QStringLiteral("start")).toInt(), 27); // three
        QCOMPARE(decisions.at(0).toObject().value(QStringLiteral("decision")).toString(),
                 QStringLiteral("kept"));
        QCOMPARE(decisions.at(1).toObject().value(QStringLiteral("length")).toInt(), 1);
        QCOMPARE(decisions.at(1).toObject().value(QStringLiteral("decision")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(decisions.at(2).toObject().value(QStringLiteral("decision")).toString(),
                 QStringLiteral("ignored"));

        const ReviewLoadResult loaded = loadReview(path, text);
        QVERIFY2(loaded.review, qPrintable(loaded.error.toString()));
        QCOMPARE(*loaded.review, review);
    }

    void sidecar_commentCarriesEditsInsideIt()
    {
        Review review;
        review.addComment({QStringLiteral("c1"), javaAnchor(), {}, at(9, 30), {}});
        QString text = kText;
        text.insert(17, QStringLiteral("Script")); // typed right after it: not part of it
        review.applyEdit(17, 0, 6);
        text.insert(15, QStringLiteral("-"));
        review.applyEdit(15, 0, 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.md.review.json"));
        QCOMPARE(saveReview(path, review, text), QString());
        const ReviewLoadResult loaded = loadReview(path, text);
        QVERIFY(loaded.review);
        QCOMPARE(loaded.review->comments().first().anchor,
                 (TextAnchor{kJavaStart, 5, QStringLiteral("Ja-va")}));
    }

    void sidecar_reanchorsWhenThePostingChangedElsewhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.md.review.json"));
        QVERIFY(writeBytes(path, reviewWith(kGoodComment)));
        const QString edited = QStringLiteral("We need expertise in Java.");
        const ReviewLoadResult loaded = loadReview(path, edited);
        QVERIFY2(loaded.review, qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.review->comments().first().anchor,
                 (TextAnchor{21, 4, QStringLiteral("Java")}));
    }

    void sidecar_missingFileIsAnEmptyReview()
    {
        QTemporaryDir dir;
        const ReviewLoadResult loaded =
            loadReview(dir.filePath(QStringLiteral("none.review.json")), kText);
        QVERIFY(loaded.review);
        QVERIFY(loaded.review->isEmpty());
        QVERIFY(loaded.error.message.isEmpty());
    }

    void sidecar_emptyReviewRemovesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.md.review.json"));
        Review review;
        QCOMPARE(saveReview(path, review, kText), QString());
        QVERIFY(!QFile::exists(path)); // no empty file is created

        review.addComment({QStringLiteral("c1"), javaAnchor(), {}, at(9, 30), {}});
        QCOMPARE(saveReview(path, review, kText), QString());
        QVERIFY(QFile::exists(path));
        QVERIFY(review.removeComment(QStringLiteral("c1")));
        QCOMPARE(saveReview(path, review, kText), QString());
        QVERIFY(!QFile::exists(path));
    }

    void sidecar_unwritableFolderIsAnError()
    {
        Review review;
        review.addComment({QStringLiteral("c1"), javaAnchor(), {}, at(9, 30), {}});
        QVERIFY(!saveReview(QStringLiteral("/nonexistent-dir/p.md.review.json"), review, kText)
                     .isEmpty());
    }

    void sidecar_schemaErrorsNameFileAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");

        QTest::newRow("invalid JSON")
            << QByteArray("{\n  \"format\": \"rolelens-review\",\n  \"comments\": [1,]\n}")
            << QStringLiteral("r.json:3:19: invalid JSON: object is missing after a comma");
        QTest::newRow("not an object")
            << QByteArray("[]")
            << QStringLiteral("r.json:1:1: a review file must be a JSON object");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "rolelens-pack", "version": 1})")
            << QStringLiteral(
                   "r.json: not a RoleLens review file: \"format\" must be \"rolelens-review\"");
        QTest::newRow("newer version")
            << reviewWith(kGoodComment, "\"version\": 2")
            << QStringLiteral("r.json: the review file has version 2, newer than this RoleLens "
                              "reads (1); update RoleLens to open it");
        QTest::newRow("version of the wrong type")
            << reviewWith(kGoodComment, "\"version\": \"1\"")
            << QStringLiteral("r.json: \"version\" must be 1");
        QTest::newRow("comments not a list")
            << QByteArray(R"({"format": "rolelens-review", "version": 1, "comments": {}})")
            << QStringLiteral("r.json: \"comments\" must be a list");
        QTest::newRow("comment not an object")
            << reviewWith(kGoodComment + ", 7")
            << QStringLiteral("r.json: comments[1] must be an object");
        QTest::newRow("start of the wrong type")
            << reviewWith(QByteArray(kGoodComment).replace("\"start\": 13", "\"start\": \"13\""))
            << QStringLiteral("r.json: comments[0].start must be a whole number, 0 or more");
        QTest::newRow("negative start")
            << reviewWith(QByteArray(kGoodComment).replace("\"start\": 13", "\"start\": -1"))
            << QStringLiteral("r.json: comments[0].start must be a whole number, 0 or more");
        QTest::newRow("fractional length")
            << reviewWith(QByteArray(kGoodComment).replace("\"length\": 4", "\"length\": 1.5"))
            << QStringLiteral("r.json: comments[0].length must be a whole number, 0 or more");
        QTest::newRow("missing body")
            << reviewWith(QByteArray(kGoodComment).replace(", \"body\": \"Why?\"", ""))
            << QStringLiteral("r.json: comments[0].body is missing");
        QTest::newRow("author of the wrong type")
            << reviewWith(QByteArray(kGoodComment).replace("\"Dana\"", "null"))
            << QStringLiteral("r.json: comments[0].author must be a string");
        QTest::newRow("bad time")
            << reviewWith(QByteArray(kGoodComment).replace("2026-03-01T09:30:00Z", "yesterday"))
            << QStringLiteral("r.json: comments[0].created must be an ISO 8601 date and time "
                              "such as 2026-03-01T09:30:00Z, not \"yesterday\"");
        QTest::newRow("duplicate id")
            << reviewWith(kGoodComment + ", " + kGoodComment)
            << QStringLiteral("r.json: comments[1].id \"c1\" is already used by another comment");
        QTest::newRow("unknown decision")
            << QByteArray(R"({"format": "rolelens-review", "version": 1, "decisions": [
                   {"rule": "tone/hype", "start": 0, "length": 9, "quote": "Expertise",
                    "decision": "hidden", "reason": "", "author": "", "decided": "2026-03-01T09:30:00Z"}]})")
            << QStringLiteral("r.json: decisions[0].decision must be \"accepted\", \"kept\" or "
                              "\"ignored\", not \"hidden\"");
    }

    void sidecar_schemaErrorsNameFileAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ReviewLoadResult loaded = parseReview(json, QStringLiteral("r.json"), kText);
        QVERIFY(!loaded.review);
        QCOMPARE(loaded.error.toString(), error);
    }

    void sidecar_offsetsPastAShortenedPostingFindTheirQuoteAgain_data()
    {
        QTest::addColumn<QByteArray>("comment");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<bool>("orphaned");
        QTest::newRow("start past the end, quote still there")
            << QByteArray(kGoodComment).replace("\"start\": 13", "\"start\": 31") << kJavaStart
            << false;
        QTest::newRow("length past the end, quote still there")
            << QByteArray(kGoodComment).replace("\"start\": 13", "\"start\": 28") << kJavaStart
            << false;
        QTest::newRow("quote gone") << QByteArray(kGoodComment)
                                           .replace("\"start\": 13", "\"start\": 40")
                                           .replace("\"Java\"", "\"Rust\"")
                                    << qsizetype(30) << true;
    }

    void sidecar_offsetsPastAShortenedPostingFindTheirQuoteAgain()
    {
        // The posting was shortened in another editor: the comment is not refused, it
        // moves to its quote, or stays orphaned when the quote is gone.
        QFETCH(QByteArray, comment);
        QFETCH(qsizetype, start);
        QFETCH(bool, orphaned);
        const ReviewLoadResult loaded =
            parseReview(reviewWith(comment), QStringLiteral("r.json"), kText);
        QVERIFY2(loaded.review, qPrintable(loaded.error.toString()));
        const TextAnchor anchor = loaded.review->comments().first().anchor;
        QCOMPARE(anchor.orphaned, orphaned);
        QCOMPARE(anchor.start, start);
    }

    void exceptionsPack_suppressesExactlyTheKeptFindings()
    {
        const QString text = QStringLiteral(
            "# Technical Project Manager\n- Expertise in Java.\n- Expertise in Python.\n");
        const QString rule = QStringLiteral("coding-demand/expertise");
        const Analysis before = Analyzer().analyze(text);
        QCOMPARE(describe(before.findings, text),
                 (QStringList{rule + QStringLiteral("@30:Expertise in Java"),
                              rule + QStringLiteral("@51:Expertise in Python")}));

        ReviewDecision accepted = kept(rule, {51, 19, QStringLiteral("Expertise in Python")});
        accepted.kind = DecisionKind::Accepted;
        // Case and spacing differ from the finding: exceptions compare like finding texts.
        const QByteArray json =
            exceptionsRulePack({kept(rule, {30, 17, QStringLiteral("expertise  in JAVA")},
                                     QStringLiteral("Reviews code.")),
                                accepted},
                               QStringLiteral("kept-in-review"));
        const QJsonObject pack = QJsonDocument::fromJson(json).object();
        QCOMPARE(pack.value(QStringLiteral("pack")).toString(), QStringLiteral("kept-in-review"));
        const QJsonArray exceptions = pack.value(QStringLiteral("exceptions")).toArray();
        QCOMPARE(exceptions.size(), 1);
        QCOMPARE(exceptions.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("rule"), rule},
                              {QStringLiteral("text"), QStringLiteral("expertise  in JAVA")},
                              {QStringLiteral("reason"), QStringLiteral("Reviews code.")}}));

        const PackLoadResult loaded = parseRulePack(json, QStringLiteral("kept.json"));
        QVERIFY2(loaded.pack, qPrintable(loaded.error.toString()));
        QList<RulePack> packs = RuleSet::builtinPacks();
        packs.append(*loaded.pack);
        const RuleSet::BuildResult built = RuleSet::build(packs);
        QVERIFY2(built.rules, qPrintable(built.error.toString()));
        const Analysis after = Analyzer(built.rules).analyze(text);
        QCOMPARE(describe(after.findings, text),
                 QStringList{rule + QStringLiteral("@51:Expertise in Python")});
        // The kept finding costs the posting nothing: its penalty is gone from the score.
        const auto penalty = [](const Analysis &analysis) {
            int sum = 0;
            for (const ScoreItem &item : analysis.scoreItems)
                sum -= item.delta;
            return sum;
        };
        QCOMPARE(penalty(after), penalty(before) - built.rules->scoring().errorPenalty);
        QVERIFY(after.score > before.score);
    }
};

QTEST_GUILESS_MAIN(TestReviewFile)
#include "tst_reviewfile.moc"
