// End-to-end tests of rolelens-check with --review, --baseline, --pdf and --report, run through
// QProcess.
#include "support/clifixture.h"

#include <QtTest>

using namespace rolelens;

class TestCliReview : public QObject, private CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareInputs(); }

    void pdf_exportsTheFixedPostingAndTheReport()
    {
        QTemporaryDir dir;
        const QString posting = dir.filePath(QStringLiteral("posting.pdf"));
        const QString report = dir.filePath(QStringLiteral("review.pdf"));
        const Run r = run({QStringLiteral("--fix"), QStringLiteral("--pdf"), posting,
                           QStringLiteral("--report"), report,
                           dataFile(QStringLiteral("article-example.md"))});
        QCOMPARE(r.exitCode, 1); // the posting had errors; the files are still written
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {posting, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString fixed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(fixed.startsWith(
                     QStringLiteral("Technical Project Manager with a degree in Engineering")),
                 qPrintable(fixed));
        QVERIFY(!fixed.contains(QLatin1String("#Urgent")));
        QVERIFY(QFileInfo(report).size() > 1000);
    }

    // With --fix, --report describes the fixed posting and says so.
    void report_withFix_describesTheFixedPosting()
    {
        QTemporaryDir dir;
        const auto reportText = [&](const QStringList &options) {
            const QString report = dir.filePath(QStringLiteral("report.pdf"));
            const Run r = run(options + QStringList{QStringLiteral("--report"), report, m_article});
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
            text.waitForFinished();
            return r.err + QString::fromUtf8(text.readAllStandardOutput()).simplified().toUtf8();
        };
        const QString demand = QStringLiteral("\u201cexpertise in Java, Python, and AWS\u201d");
        const QString note = QStringLiteral("This report describes the posting with the first "
                                            "suggestion of every finding applied (--fix).");
        const QString original = QString::fromUtf8(reportText({}));
        QVERIFY2(original.contains(demand), qPrintable(original));
        QVERIFY(!original.contains(note));
        // The article's demand was rewritten, so the report of the fixed text no longer has it.
        const QString fixed = QString::fromUtf8(reportText({QStringLiteral("--fix")}));
        QVERIFY2(fixed.contains(note), qPrintable(fixed));
        QVERIFY2(!fixed.contains(demand), qPrintable(fixed));
    }

    void report_withReviewAndBaseline_includesThem()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("review.pdf"));
        const Run r = run({QStringLiteral("--report"), report, QStringLiteral("--review"),
                           m_articleReview, QStringLiteral("--baseline"),
                           dataFile(QStringLiteral("baseline-old.md")), m_article});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 1);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        // The PDF uses the "fi" ligature; compare plain letters.
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput())
                                .replace(QChar(0xFB01), QLatin1String("fi"))
                                .simplified();
        QVERIFY2(pdf.contains(QStringLiteral("Changes since baseline-old.md")), qPrintable(pdf));
        QVERIFY2(pdf.contains(
                     QStringLiteral("Ask the hiring manager whether a degree is needed at all.")),
                 qPrintable(pdf));
        QVERIFY2(pdf.contains(QStringLiteral("This TPM reviews the platform team's code.")),
                 qPrintable(pdf));
    }

    void pdf_unwritableOutputIsAnError()
    {
        const Run r = run({QStringLiteral("--pdf"), QStringLiteral("/nonexistent-dir/out.pdf"),
                           dataFile(QStringLiteral("good-tpm.md"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("rolelens-check: /nonexistent-dir/out.pdf: "));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-dir/out.pdf")));
    }

    void review_json_listsCommentsAndDecisions_leavesOutKeptFindings()
    {
        const Run r = runJson({QStringLiteral("--review"), m_articleReview, m_article});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 1); // the degree is still an error
        QStringList rules;
        for (const auto &f : findings(r))
            rules << str(f, "rule");
        QCOMPARE(rules, (QStringList{QStringLiteral("tone/hashtags"),
                                     QStringLiteral("credential/advanced-engineering-degree"),
                                     QStringLiteral("tone/emoji")}));

        const QJsonObject review =
            files(r).at(0).toObject().value(QStringLiteral("review")).toObject();
        const QJsonArray comments = review.value(QStringLiteral("comments")).toArray();
        QCOMPARE(comments.size(), 2);
        QCOMPARE(
            comments.at(0).toObject(),
            (QJsonObject{
                {QStringLiteral("id"), QStringLiteral("c1")},
                {QStringLiteral("line"), 1},
                {QStringLiteral("column"), 52},
                {QStringLiteral("start"), 51},
                {QStringLiteral("length"), 30},
                {QStringLiteral("quote"), QStringLiteral("Master\u2019s degree in Engineering")},
                {QStringLiteral("author"), QStringLiteral("Dana \u00C5berg")},
                {QStringLiteral("created"), QStringLiteral("2026-03-01T09:30:00Z")},
                {QStringLiteral("body"),
                 QStringLiteral("Ask the hiring manager whether a degree is needed at all.")},
                {QStringLiteral("orphaned"), false}}));
        // "remote" is nowhere in the posting: the comment stays, marked as orphaned.
        const QJsonObject orphan = comments.at(1).toObject();
        QCOMPARE(orphan.value(QStringLiteral("orphaned")).toBool(), true);
        QCOMPARE(orphan.value(QStringLiteral("quote")).toString(), QStringLiteral("remote"));
        QCOMPARE(orphan.value(QStringLiteral("start")).toInt(), 15);
        QCOMPARE(orphan.value(QStringLiteral("length")).toInt(), 0);

        const QJsonArray decisions = review.value(QStringLiteral("decisions")).toArray();
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("rule"), QStringLiteral("coding-demand/expertise")},
                              {QStringLiteral("decision"), QStringLiteral("kept")},
                              {QStringLiteral("reason"),
                               QStringLiteral("This TPM reviews the platform team's code.")},
                              {QStringLiteral("line"), 1},
                              {QStringLiteral("column"), 87},
                              {QStringLiteral("start"), 86},
                              {QStringLiteral("length"), 34},
                              {QStringLiteral("quote"),
                               QStringLiteral("expertise in Java, Python, and AWS")},
                              {QStringLiteral("author"), QStringLiteral("Dana \u00C5berg")},
                              {QStringLiteral("decided"), QStringLiteral("2026-03-01T09:31:00Z")},
                              {QStringLiteral("orphaned"), false}}));
        // Offsets after the emoji count code points.
        QCOMPARE(str(decisions.at(1), "decision"), QStringLiteral("accepted"));
        QCOMPARE(num(decisions.at(1), "start"), 122);
        QCOMPARE(num(decisions.at(1), "length"), 2);
        QCOMPARE(str(decisions.at(1), "quote"), QStringLiteral("\U0001F92F\U0001FAE1"));
    }

    void review_keptErrors_doNotFail_andLeaveSarif()
    {
        const QString review = tmpPath(QStringLiteral("keep-both.review.json"));
        QVERIFY(writeBytes(review, QByteArrayLiteral(R"({"format": "rolelens-review", "version": 1,
            "decisions": [
              {"rule": "coding-demand/expertise", "start": 86, "length": 34,
               "quote": "expertise in Java, Python, and AWS", "decision": "kept", "reason": "",
               "author": "", "decided": "2026-03-01T09:31:00Z"},
              {"rule": "credential/advanced-engineering-degree", "start": 51, "length": 30,
               "quote": "Master\u2019s degree in Engineering", "decision": "kept", "reason": "",
               "author": "", "decided": "2026-03-01T09:31:00Z"}]})")));
        Run r = run({QStringLiteral("--review"), review, m_article});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 0); // only the info-level hashtags and emoji are left

        r = run({QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("--review"),
                 review, m_article});
        QCOMPARE(r.exitCode, 0);
        QStringList rules;
        const QJsonArray results = sarifResults(r);
        for (const auto &result : results)
            rules << str(result, "ruleId");
        QCOMPARE(rules,
                 (QStringList{QStringLiteral("tone/hashtags"), QStringLiteral("tone/emoji")}));
    }

    void review_text_listsCommentsAndDecisions()
    {
        const Run r = run({QStringLiteral("--color"), QStringLiteral("never"),
                           QStringLiteral("--review"), m_articleReview, m_article});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = nonEmptyLines(r.out);
        const qsizetype first =
            lines.indexOf(m_article + QStringLiteral(": review: 2 comments, 2 decisions"));
        QVERIFY2(first >= 0, r.out.constData());
        QCOMPARE(lines.mid(first + 1),
                 (QStringList{
                     m_article + QStringLiteral(":1:52: comment by Dana \u00C5berg: Ask the hiring "
                                                "manager whether a degree is needed at all."),
                     QStringLiteral("    on \"Master\u2019s degree in Engineering\""),
                     m_article + QStringLiteral(": comment by Sam, on text that is gone: Say "
                                                "where the team is."),
                     QStringLiteral("    on \"remote\""),
                     m_article + QStringLiteral(":1:87: kept by Dana \u00C5berg "
                                                "[coding-demand/expertise]: This TPM reviews the "
                                                "platform team's code."),
                     QStringLiteral("    on \"expertise in Java, Python, and AWS\""),
                     m_article + QStringLiteral(":1:123: accepted by Sam [tone/emoji]"),
                     QStringLiteral("    on \"\U0001F92F\U0001FAE1\"")}));
        QVERIFY(!r.out.contains("[coding-demand/expertise]\n")); // the kept finding is not listed
    }

    void baseline_json_listsAddedAndFixed_data()
    {
        QTest::addColumn<QString>("posting");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("fixed");
        QTest::addColumn<QStringList>("scoresAndVerdicts");

        // Each finding as "rule line:column text"; fixed ones are placed in the baseline.
        QTest::newRow("only fixes, moved text unchanged")
            << dataFile(QStringLiteral("baseline-fixed.md")) << QStringList{} << 0 << QStringList{}
            << QStringList{QStringLiteral("coding-demand/expertise 11:3 Expertise in Java and "
                                          "Kubernetes"),
                           QStringLiteral("credential/advanced-engineering-degree 12:3 Master's "
                                          "degree in Computer Science")}
            << QStringList{QStringLiteral("72"), QStringLiteral("98"),
                           QStringLiteral("misclassified"), QStringLiteral("ok")};
        QTest::newRow("a new error fails")
            << dataFile(QStringLiteral("baseline-worse.md")) << QStringList{} << 1
            << QStringList{QStringLiteral("execution-duty/hands-on-code-work 9:3 Write and deploy "
                                          "production code")}
            << QStringList{QStringLiteral("credential/advanced-engineering-degree 12:3 Master's "
                                          "degree in Computer Science")}
            << QStringList{QStringLiteral("72"), QStringLiteral("72"),
                           QStringLiteral("misclassified"), QStringLiteral("misclassified")};
    }

    // --baseline gates on what was added since the baseline, at or above --fail-on: the
    // draft's old errors do not fail the pipeline again; each finding says new or unchanged,
    // and the fixed ones are absent (JSON and SARIF).
    void baseline_gatesOnAddedFindings_data()
    {
        QTest::addColumn<QString>("posting");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        const QString old = dataFile(QStringLiteral("baseline-old.md"));
        const QString worse = dataFile(QStringLiteral("baseline-worse.md"));
        QTest::newRow("unchanged draft with errors") << old << QStringList{} << 0;
        QTest::newRow("an error added") << worse << QStringList{} << 1;
        QTest::newRow("an error added, --fail-on never")
            << worse << QStringList{QStringLiteral("--fail-on"), QStringLiteral("never")} << 0;
    }
    void baseline_gatesOnAddedFindings()
    {
        QFETCH(QString, posting);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        const QString old = dataFile(QStringLiteral("baseline-old.md"));
        QVERIFY(!commandJson({old}).out.isEmpty());
        QCOMPARE(commandJson({old}).exitCode, 1); // the draft has errors of its own
        const Run r =
            commandJson(options + QStringList{QStringLiteral("--baseline"), old, posting});
        QCOMPARE(r.exitCode, exitCode);
    }

    void baseline_marksEachResultNewUnchangedOrAbsent()
    {
        const QString old = dataFile(QStringLiteral("baseline-old.md"));
        const QString worse = dataFile(QStringLiteral("baseline-worse.md"));
        const Run json = commandJson({QStringLiteral("--baseline"), old, worse});
        QStringList states;
        for (const QJsonValue &f : findings(json)) {
            if (str(f, "rule") == QLatin1String("execution-duty/hands-on-code-work") ||
                str(f, "rule") == QLatin1String("coding-demand/expertise"))
                states << str(f, "rule") + u' ' + str(f, "baselineState");
        }
        QCOMPARE(states, (QStringList{QStringLiteral("execution-duty/hands-on-code-work new"),
                                      QStringLiteral("coding-demand/expertise unchanged")}));
        const QJsonArray fixed = files(json)
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("baseline"))
                                     .toObject()
                                     .value(QStringLiteral("fixed"))
                                     .toArray();
        QCOMPARE(fixed.size(), 1);
        QCOMPARE(str(fixed.at(0), "baselineState"), QStringLiteral("absent"));

        const Run sarif = command({QStringLiteral("--format"), QStringLiteral("sarif"),
                                   QStringLiteral("--baseline"), old, worse});
        const QJsonArray results = sarifResults(sarif);
        QStringList sarifStates;
        for (const QJsonValue &result : results)
            sarifStates << result.toObject().value(QStringLiteral("baselineState")).toString();
        QCOMPARE(sarifStates.count(QStringLiteral("new")), 1);
        QCOMPARE(sarifStates.count(QStringLiteral("absent")), 1);
        QCOMPARE(sarifStates.count(QStringLiteral("unchanged")), results.size() - 2);
        const QJsonObject absent = results.last().toObject();
        QCOMPARE(absent.value(QStringLiteral("ruleId")).toString(),
                 QStringLiteral("credential/advanced-engineering-degree"));
        QVERIFY(absent.value(QStringLiteral("locations"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("physicalLocation"))
                    .toObject()
                    .value(QStringLiteral("artifactLocation"))
                    .toObject()
                    .value(QStringLiteral("uri"))
                    .toString()
                    .endsWith(QLatin1String("baseline-old.md")));
        QVERIFY(!absent.contains(QStringLiteral("fixes")));
    }

    void baseline_json_listsAddedAndFixed()
    {
        QFETCH(QString, posting);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QStringList, added);
        QFETCH(QStringList, fixed);
        QFETCH(QStringList, scoresAndVerdicts);
        const QString old = dataFile(QStringLiteral("baseline-old.md"));
        const Run r = runJson(options + QStringList{QStringLiteral("--baseline"), old, posting});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject baseline =
            files(r).at(0).toObject().value(QStringLiteral("baseline")).toObject();
        QCOMPARE(str(baseline, "path"), old);
        QCOMPARE((QStringList{QString::number(num(baseline, "scoreBefore")),
                              QString::number(num(baseline, "scoreAfter")),
                              str(baseline, "verdictBefore"), str(baseline, "verdictAfter")}),
                 scoresAndVerdicts);
        const auto describe = [](const QJsonValue &list, const QString &path) {
            QStringList out;
            const QString text = readText(path);
            for (const QJsonValue &f : list.toArray()) {
                // The offsets must point at the text in the file the finding belongs to.
                out << QStringLiteral("%1 %2:%3 %4")
                           .arg(str(f, "rule"), QString::number(num(f, "line")),
                                QString::number(num(f, "column")),
                                codePointSlice(text, num(f, "start"), num(f, "length")));
            }
            return out;
        };
        QCOMPARE(describe(baseline.value(QStringLiteral("added")), posting), added);
        QCOMPARE(describe(baseline.value(QStringLiteral("fixed")), old), fixed);
    }

    void baseline_text_summarisesTheChange()
    {
        const QString old = dataFile(QStringLiteral("baseline-old.md"));
        const QString worse = dataFile(QStringLiteral("baseline-worse.md"));
        const Run r = run({QStringLiteral("--color"), QStringLiteral("never"),
                           QStringLiteral("--baseline"), old, worse});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = nonEmptyLines(r.out);
        const qsizetype first = lines.indexOf(
            worse + QStringLiteral(": since ") + old +
            QStringLiteral(": score 72 -> 72, verdict misclassified -> misclassified, errors 2 -> "
                           "2, warnings 0 -> 0; 1 finding added, 1 fixed"));
        QVERIFY2(first >= 0, r.out.constData());
        QCOMPARE(lines.mid(first + 1),
                 (QStringList{worse + QStringLiteral(":9:3: added: error: Makes building software "
                                                     "(Write and deploy production code) part of "
                                                     "the TPM's own duties "
                                                     "[execution-duty/hands-on-code-work]"),
                              old + QStringLiteral(":12:3: fixed: error: Makes a Master's degree "
                                                   "in Computer Science a requirement "
                                                   "[credential/advanced-engineering-degree]")}));
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
