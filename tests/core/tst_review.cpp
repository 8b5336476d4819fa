#include "engine/analyzer.h"
#include "review/baseline.h"
#include "review/review.h"
#include "review/reviewfile.h"
#include "rules/rulepack.h"
#include "rules/ruleset.h"
#include "support/files.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rolelens;

Q_DECLARE_METATYPE(rolelens::TextAnchor)

namespace {

const QString kText = QStringLiteral("Expertise in Java is required.");
constexpr qsizetype kJavaStart = 13;

TextAnchor javaAnchor()
{
    return {kJavaStart, 4, QStringLiteral("Java")};
}

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(hour, minute), Qt::UTC);
}

Finding finding(const QString &ruleId, qsizetype start, qsizetype length,
                Severity severity = Severity::Error)
{
    Finding f;
    f.ruleId = ruleId;
    f.start = start;
    f.length = length;
    f.severity = severity;
    return f;
}

ReviewDecision kept(const QString &ruleId, const TextAnchor &anchor,
                    const QString &reason = QString())
{
    return {ruleId, anchor, DecisionKind::Kept, reason, QStringLiteral("Dana"), at(10, 0)};
}

QStringList describe(const QList<Finding> &findings, const QString &text)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(QStringLiteral("%1@%2:%3")
                       .arg(f.ruleId, QString::number(f.start), text.mid(f.start, f.length)));
    return out;
}

// A review file with one comment whose fields can be replaced by a test row.
QByteArray reviewWith(const QByteArray &comment, const QByteArray &head = "\"version\": 1")
{
    return "{\"format\": \"rolelens-review\", " + head + ", \"comments\": [" + comment + "]}";
}

const QByteArray kGoodComment = R"({"id": "c1", "start": 13, "length": 4, "quote": "Java",
    "author": "Dana", "created": "2026-03-01T09:30:00Z", "body": "Why?"})";

} // namespace

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

    void isKept_matchesRuleTextAndPlace_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<TextAnchor>("anchor");
        QTest::addColumn<bool>("isKept");

        const QString rule = QStringLiteral("coding-demand/expertise");
        QTest::newRow("same rule, text and place") << rule << javaAnchor() << true;
        QTest::newRow("other rule") << QStringLiteral("tone/hype") << javaAnchor() << false;
        QTest::newRow("other text")
            << rule << TextAnchor{kJavaStart, 4, QStringLiteral("Jav")} << false;
        QTest::newRow("overlapping") << rule << TextAnchor{15, 4, QStringLiteral("Java")} << true;
        QTest::newRow("elsewhere") << rule << TextAnchor{25, 4, QStringLiteral("Java")} << false;
        QTest::newRow("orphaned: anywhere")
            << rule << TextAnchor{0, 0, QStringLiteral("Java"), true} << true;
    }

    void isKept_matchesRuleTextAndPlace()
    {
        QFETCH(QString, ruleId);
        QFETCH(TextAnchor, anchor);
        QFETCH(bool, isKept);
        Review review;
        review.decide(kept(ruleId, anchor));
        const Finding java = finding(QStringLiteral("coding-demand/expertise"), kJavaStart, 4);
        QCOMPARE(review.isKept(java, kText), isKept);
        QCOMPARE(review.openFindings({java}, kText).size(), isKept ? 0 : 1);
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
        QVERIFY(!review.isKept(java, kText));
        QCOMPARE(review.decisionOn(java, kText)->kind, DecisionKind::Accepted);
        const ReviewDecision stored = *review.decisionOn(java, kText);
        QVERIFY(review.removeDecision(stored));
        QVERIFY(review.decisions().isEmpty());
        QVERIFY(!review.removeDecision(stored));
    }

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
                    "decision": "ignored", "reason": "", "author": "", "decided": "2026-03-01T09:30:00Z"}]})")
            << QStringLiteral("r.json: decisions[0].decision must be \"accepted\" or \"kept\", not "
                              "\"ignored\"");
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

    void baseline_comparesByRuleAndText_data()
    {
        QTest::addColumn<QString>("beforeText");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QString>("afterText");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("fixed");
        QTest::addColumn<int>("newErrors");

        const auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out.append(QString::fromUtf8(item));
            return out;
        };
        QTest::newRow("added") << QStringLiteral("Java.") << list({"a:Java"})
                               << QStringLiteral("Java. Go.") << list({"a:Java", "b:Go"})
                               << list({"b@6:Go"}) << list({}) << 1;
        QTest::newRow("added warning is no new error")
            << QStringLiteral("Java.") << list({"a:Java"}) << QStringLiteral("Java. Go.")
            << list({"a:Java", "warn:Go"}) << list({"warn@6:Go"}) << list({}) << 0;
        QTest::newRow("fixed") << QStringLiteral("Java. Go.") << list({"a:Java", "b:Go"})
                               << QStringLiteral("Go.") << list({"b:Go"}) << list({})
                               << list({"a@0:Java"}) << 0;
        QTest::newRow("moved, recased and respaced")
            << QStringLiteral("Java. Go  Lang.") << list({"a:Java", "b:Go  Lang"})
            << QStringLiteral("go\nlang first, then JAVA.") << list({"b:go\nlang", "a:JAVA"})
            << list({}) << list({}) << 0;
        QTest::newRow("same text, other rule")
            << QStringLiteral("Java.") << list({"a:Java"}) << QStringLiteral("Java.")
            << list({"b:Java"}) << list({"b@0:Java"}) << list({"a@0:Java"}) << 1;
        QTest::newRow("two before, one after")
            << QStringLiteral("Java, Java.") << list({"a:Java", "a:Java"})
            << QStringLiteral("Java.") << list({"a:Java"}) << list({}) << list({"a@6:Java"}) << 0;
        QTest::newRow("one before, three after")
            << QStringLiteral("Java.") << list({"a:Java"}) << QStringLiteral("Java, Java, Java.")
            << list({"a:Java", "a:Java", "a:Java"}) << list({"a@6:Java", "a@12:Java"}) << list({})
            << 2;
    }

    void baseline_comparesByRuleAndText()
    {
        QFETCH(QString, beforeText);
        QFETCH(QStringList, before);
        QFETCH(QString, afterText);
        QFETCH(QStringList, after);
        QFETCH(QStringList, added);
        QFETCH(QStringList, fixed);
        QFETCH(int, newErrors);
        // "rule:text" is a finding of that rule on the next occurrence of the text; rules
        // named "warn" are warnings, the others errors.
        const auto analysisOf = [](const QString &text, const QStringList &specs) {
            Analysis analysis;
            qsizetype from = 0;
            for (const QString &spec : specs) {
                const QString rule = spec.section(QLatin1Char(':'), 0, 0);
                const QString needle = spec.section(QLatin1Char(':'), 1);
                const qsizetype start = text.indexOf(needle, from);
                analysis.findings.append(
                    finding(rule, start, needle.size(),
                            rule == QLatin1String("warn") ? Severity::Warning : Severity::Error));
                from = start + needle.size();
            }
            return analysis;
        };
        const BaselineComparison comparison = compareWithBaseline(
            analysisOf(beforeText, before), beforeText, analysisOf(afterText, after), afterText);
        QCOMPARE(describe(comparison.added, afterText), added);
        QCOMPARE(describe(comparison.fixed, beforeText), fixed);
        QCOMPARE(comparison.newErrors(), newErrors);
    }

    void baseline_keepsScoresAndVerdicts()
    {
        Analysis before;
        before.score = 33;
        before.verdict = Verdict::Misclassified;
        Analysis after;
        after.score = 91;
        after.verdict = Verdict::Borderline;
        const BaselineComparison comparison = compareWithBaseline(before, {}, after, {});
        QCOMPARE(comparison.scoreBefore, 33);
        QCOMPARE(comparison.scoreAfter, 91);
        QCOMPARE(comparison.verdictBefore, Verdict::Misclassified);
        QCOMPARE(comparison.verdictAfter, Verdict::Borderline);
        QVERIFY(comparison.added.isEmpty());
        QVERIFY(comparison.fixed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
