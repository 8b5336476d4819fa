// rolelens-check's options, run in process through its command: exit codes, refused inputs, --fix,
// rule packs and usage errors.
#include "support/clifixture.h"

#include <QtTest>

using namespace rolelens;

class TestCliOptions : public QObject, private CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareInputs(); }

    // On a terminal, colour follows NO_COLOR and TERM=dumb; --color always still colours.
    void colour_onATerminal_data()
    {
        QTest::addColumn<QByteArray>("term");
        QTest::addColumn<QByteArray>("noColor");
        QTest::addColumn<QString>("color");
        QTest::addColumn<bool>("coloured");
        QTest::newRow("xterm") << QByteArray("xterm") << QByteArray() << QStringLiteral("auto")
                               << true;
        QTest::newRow("dumb terminal")
            << QByteArray("dumb") << QByteArray() << QStringLiteral("auto") << false;
        QTest::newRow("NO_COLOR") << QByteArray("xterm") << QByteArray("1")
                                  << QStringLiteral("auto") << false;
        QTest::newRow("dumb, but always")
            << QByteArray("dumb") << QByteArray() << QStringLiteral("always") << true;
    }
    void colour_onATerminal()
    {
        QFETCH(QByteArray, term);
        QFETCH(QByteArray, noColor);
        QFETCH(QString, color);
        QFETCH(bool, coloured);
        const QByteArray oldTerm = qgetenv("TERM");
        const QByteArray oldNoColor = qgetenv("NO_COLOR");
        qputenv("TERM", term);
        if (noColor.isEmpty())
            qunsetenv("NO_COLOR");
        else
            qputenv("NO_COLOR", noColor);
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        QByteArray errors;
        QBuffer errorBuffer(&errors);
        errorBuffer.open(QIODevice::WriteOnly);
        QTextStream outStream(&buffer), errStream(&errorBuffer);
        CheckCommand check(outStream, errStream);
        check.run({QStringLiteral("rolelens-check"), QStringLiteral("--color"), color, m_article},
                  true);
        outStream.flush();
        qputenv("TERM", oldTerm);
        if (oldNoColor.isEmpty())
            qunsetenv("NO_COLOR");
        else
            qputenv("NO_COLOR", oldNoColor);
        QCOMPARE(out.contains("\x1b["), coloured);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("expected");
        const QString failOn = QStringLiteral("--fail-on");
        QTest::newRow("errors, default fail-on") << QStringList{m_article} << 1;
        QTest::newRow("errors, fail-on never")
            << QStringList{failOn, QStringLiteral("never"), m_article} << 0;
        QTest::newRow("info only, default fail-on") << QStringList{m_infoOnly} << 0;
        QTest::newRow("info only, fail-on warning")
            << QStringList{failOn, QStringLiteral("warning"), m_infoOnly} << 0;
        QTest::newRow("info only, fail-on info")
            << QStringList{failOn, QStringLiteral("info"), m_infoOnly} << 1;
        QTest::newRow("good posting") << QStringList{m_good} << 0;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), m_good} << 2;
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("xml"), m_good} << 2;
        QTest::newRow("bad fail-on") << QStringList{failOn, QStringLiteral("fatal"), m_good} << 2;
        QTest::newRow("no files") << QStringList{} << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, expected);
        const Run r = command(args);
        QCOMPARE(r.exitCode, expected);
        if (expected == 2) {
            QVERIFY2(r.err.startsWith("rolelens-check: error: "), r.err.constData());
            QCOMPARE(r.out, QByteArray());
        } else {
            QCOMPARE(r.err, QByteArray());
        }
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing") << tmpPath(QStringLiteral("no-such-posting.md"));
        QTest::newRow("directory") << tmpPath(QStringLiteral("a-directory.md"));
        QTest::newRow("binary (NUL byte)") << tmpPath(QStringLiteral("binary.md"));
        QTest::newRow("invalid UTF-8") << tmpPath(QStringLiteral("latin.md"));
        QTest::newRow("over 10 MB") << tmpPath(QStringLiteral("huge.md"));
    }

    void badInputs()
    {
        QFETCH(QString, path);
        Run r = commandJson({path});
        QCOMPARE(r.exitCode, 2);
        QStringList errLines = nonEmptyLines(r.err);
        QCOMPARE(errLines.size(), 1);
        QVERIFY2(errLines.at(0).contains(path), r.err.constData());

        // The good file next to it is still checked and reported.
        r = commandJson({path, m_good});
        QCOMPARE(r.exitCode, 2);
        errLines = nonEmptyLines(r.err);
        QCOMPARE(errLines.size(), 1);
        QVERIFY2(errLines.at(0).contains(path), r.err.constData());
        const QJsonArray reported = files(r);
        QCOMPARE(reported.size(), 1);
        QCOMPARE(str(reported.at(0), "path"), m_good);
        QCOMPARE(str(reported.at(0), "verdict"), QStringLiteral("ok"));
    }

    void fix_appliesFirstSuggestions()
    {
        const Run r = command({QStringLiteral("--fix"), m_article});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray());
        const QString expected = QStringLiteral(
            "Technical Project Manager with a degree in Engineering or equivalent experience "
            "leading "
            "technical projects and working understanding of software concepts (such as Java, "
            "Python, "
            "and AWS) to communicate with engineering teams and assess technical risk.\n");
        QCOMPARE(QString::fromUtf8(r.out), expected);
    }

    void sarif_isValid21Log_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("article") << m_article;
        QTest::newRow("emoji offsets") << m_emoji;
    }

    void sarif_isValid21Log()
    {
        QFETCH(QString, path);
        const Run sarif = command({QStringLiteral("--format"), QStringLiteral("sarif"), path});
        const Run json = commandJson({path});
        QCOMPARE(sarif.exitCode, json.exitCode);
        const QJsonObject log = parse(sarif.out);
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        QVERIFY(log.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("sarif")));
        const QJsonObject run0 = log.value(QStringLiteral("runs")).toArray().at(0).toObject();
        const QJsonObject driver = run0.value(QStringLiteral("tool"))
                                       .toObject()
                                       .value(QStringLiteral("driver"))
                                       .toObject();
        QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("rolelens-check"));
        QCOMPARE(run0.value(QStringLiteral("columnKind")).toString(),
                 QStringLiteral("unicodeCodePoints"));

        const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
        const QJsonArray results = run0.value(QStringLiteral("results")).toArray();
        const QJsonArray found = findings(json);
        QVERIFY(!found.isEmpty());
        QCOMPARE(results.size(), found.size());
        const QHash<QString, QString> levelOf = {
            {QStringLiteral("error"), QStringLiteral("error")},
            {QStringLiteral("warning"), QStringLiteral("warning")},
            {QStringLiteral("info"), QStringLiteral("note")}};
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject res = results.at(i).toObject();
            const QString ruleId = res.value(QStringLiteral("ruleId")).toString();
            const int ruleIndex = res.value(QStringLiteral("ruleIndex")).toInt(-1);
            QVERIFY(ruleIndex >= 0 && ruleIndex < rules.size());
            QCOMPARE(str(rules.at(ruleIndex), "id"), ruleId);
            const QJsonValue f = found.at(i);
            QCOMPARE(ruleId, str(f, "rule"));
            // levelOf only yields error, warning or note, so this also checks the level's domain.
            QVERIFY(levelOf.contains(str(f, "severity")));
            QCOMPARE(res.value(QStringLiteral("level")).toString(),
                     levelOf.value(str(f, "severity")));
            const QJsonObject region = res.value(QStringLiteral("locations"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("physicalLocation"))
                                           .toObject()
                                           .value(QStringLiteral("region"))
                                           .toObject();
            QCOMPARE(region.value(QStringLiteral("startLine")).toInt(-1), num(f, "line"));
            QCOMPARE(region.value(QStringLiteral("startColumn")).toInt(-1), num(f, "column"));
            QCOMPARE(region.value(QStringLiteral("charOffset")).toInt(-1), num(f, "start"));
            QCOMPARE(region.value(QStringLiteral("charLength")).toInt(-1), num(f, "length"));
        }
    }

    void rulesPack_malformed_exit2WithFileAndLine()
    {
        // Invalid JSON on line 3 (an unquoted value).
        const QString broken = tmpPath(QStringLiteral("broken-pack.json"));
        QVERIFY(writeBytes(
            broken,
            QByteArrayLiteral("{\n  \"pack\": \"team\",\n  \"disable\": [tone/hashtags]\n}\n")));
        Run r = command({QStringLiteral("--rules"), broken, m_article});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(QString::fromUtf8(r.err).contains(broken + QStringLiteral(":3:")),
                 r.err.constData());

        // A rule that uses a lexicon class nobody defines.
        const QString unknown = tmpPath(QStringLiteral("unknown-class-pack.json"));
        QVERIFY(writeBytes(
            unknown,
            QByteArrayLiteral(
                "{\n  \"pack\": \"team\",\n  \"rules\": [\n"
                "    {\"id\": \"tone/team-words\", \"category\": \"tone\", \"severity\": \"info\", "
                "\"pattern\": [\"team.nosuch\"],"
                " \"message\": \"m\", \"rationale\": \"r\", \"suggestions\": [\"\"]}\n  ]\n}\n")));
        r = command({QStringLiteral("--rules"), unknown, m_article});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(unknown + QStringLiteral(":4:")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("team.nosuch")), r.err.constData());
    }

    void rulesPack_canDisableAndAdd()
    {
        const QString disable = tmpPath(QStringLiteral("disable-pack.json"));
        QVERIFY(writeBytes(
            disable, QByteArrayLiteral("{\"pack\":\"team\",\"disable\":[\"tone/hashtags\"]}\n")));
        Run r = commandJson({QStringLiteral("--rules"), disable, m_article});
        QCOMPARE(r.exitCode, 1);
        QStringList rules;
        for (const auto &f : findings(r))
            rules << str(f, "rule");
        QCOMPARE(rules, (QStringList{QStringLiteral("credential/advanced-engineering-degree"),
                                     QStringLiteral("coding-demand/expertise"),
                                     QStringLiteral("tone/emoji")}));

        // Without the pack, "synergy" is not a finding.
        r = commandJson({m_synergy});
        QCOMPARE(findings(r).size(), 0);

        const QString add = tmpPath(QStringLiteral("add-pack.json"));
        QVERIFY(writeBytes(
            add, QByteArrayLiteral("{\n \"pack\": \"team\",\n \"lexicons\": {\"team.banned\": "
                                   "[\"synergy\"]},\n \"rules\": [\n"
                                   "  {\"id\": \"tone/team-banned\", \"category\": \"tone\", "
                                   "\"severity\": \"warning\","
                                   " \"pattern\": [\"team.banned\"], \"message\": "
                                   "\"\\\"{match}\\\" is on the team's banned list\","
                                   " \"rationale\": \"The team agreed to avoid these words.\", "
                                   "\"suggestions\": [\"cooperation\"]}\n ]\n}\n")));
        r = commandJson({QStringLiteral("--rules"), add, m_synergy});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 0); // a warning is below the default --fail-on error
        const QJsonArray found = findings(r);
        QCOMPARE(found.size(), 1);
        const QJsonValue f = found.at(0);
        QCOMPARE(str(f, "rule"), QStringLiteral("tone/team-banned"));
        QCOMPARE(str(f, "category"), QStringLiteral("tone"));
        QCOMPARE(str(f, "severity"), QStringLiteral("warning"));
        QCOMPARE(str(f, "text"), QStringLiteral("synergy"));
        QCOMPARE(str(f, "message"), QStringLiteral("\"synergy\" is on the team's banned list"));
        QCOMPARE(num(f, "line"), 2);
        QCOMPARE(num(f, "column"), 10);
        QCOMPARE(f.toObject().value(QStringLiteral("suggestions")).toArray().at(0).toString(),
                 QStringLiteral("cooperation"));
        r = command({QStringLiteral("--rules"), add, QStringLiteral("--fail-on"),
                     QStringLiteral("warning"), m_synergy});
        QCOMPARE(r.exitCode, 1);
    }

    // --jurisdiction makes "competitive salary" a pay error that names the law; the posting
    // checks leave the exit status to the findings' severities and the score alone.
    void jurisdiction_makesVaguePayAnError()
    {
        const QString posting = tmpPath(QStringLiteral("pay.md"));
        QVERIFY(writeBytes(posting, "# Project Manager\n\nWe offer a competitive salary to an "
                                    "aggressive lead.\n"));
        const auto payFinding = [](const Run &r) {
            for (const QJsonValue &f :
                 files(r).at(0).toObject().value(QStringLiteral("findings")).toArray()) {
                if (str(f, "rule") == QLatin1String("pay/vague"))
                    return f.toObject();
            }
            return QJsonObject();
        };
        const Run none = runJson({posting});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(str(payFinding(none), "severity"), QStringLiteral("info"));
        const Run nyc = runJson({QStringLiteral("--jurisdiction"), QStringLiteral("NYC"), posting});
        QCOMPARE(nyc.exitCode, 1);
        QCOMPARE(str(payFinding(nyc), "severity"), QStringLiteral("error"));
        QCOMPARE(str(payFinding(nyc), "category"), QStringLiteral("pay"));
        QCOMPARE(str(payFinding(nyc), "text"), QStringLiteral("competitive salary"));
        QCOMPARE(files(nyc).at(0).toObject().value(QStringLiteral("score")),
                 files(none).at(0).toObject().value(QStringLiteral("score")));
        const QJsonObject coded =
            files(nyc).at(0).toObject().value(QStringLiteral("codedWords")).toObject();
        QCOMPARE(coded.value(QStringLiteral("masculine")).toInt(), 2); // aggressive, lead
        QCOMPARE(coded.value(QStringLiteral("words")).toInt(), 11);

        const Run text = run({QStringLiteral("--jurisdiction"), QStringLiteral("nyc"), posting});
        QVERIFY2(text.out.contains("error: Vague pay wording in place of a range [pay/vague]"),
                 text.out.constData());
    }

    void jurisdiction_unknown_isAUsageError()
    {
        const Run r = command({QStringLiteral("--jurisdiction"), QStringLiteral("Mars"), m_good});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(nonEmptyLines(r.err).value(0),
                 QStringLiteral("rolelens-check: error: unknown --jurisdiction \"Mars\" (use "
                                "none, NYC, NY, CA, CO, WA, IL, EU)"));
    }

    void reviewAndBaseline_usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        const QString baseline = QStringLiteral("--baseline");
        const QString review = QStringLiteral("--review");
        const QString old = dataFile(QStringLiteral("baseline-old.md"));
        QTest::newRow("--baseline with two inputs")
            << QStringList{baseline, old, m_good, m_article}
            << QStringLiteral("rolelens-check: error: --baseline takes exactly one input: the "
                              "posting to compare");
        QTest::newRow("--review with two inputs")
            << QStringList{review, m_articleReview, m_good, m_article}
            << QStringLiteral("rolelens-check: error: --review takes exactly one input: the "
                              "posting it reviews");
        QTest::newRow("missing baseline")
            << QStringList{baseline, tmpPath(QStringLiteral("no-such-old.md")), m_good}
            << QStringLiteral("rolelens-check: %1: cannot read the baseline: no such file")
                   .arg(tmpPath(QStringLiteral("no-such-old.md")));
        QTest::newRow("missing review")
            << QStringList{review, tmpPath(QStringLiteral("no-such.review.json")), m_article}
            << QStringLiteral("rolelens-check: %1: no such review file")
                   .arg(tmpPath(QStringLiteral("no-such.review.json")));
        QTest::newRow("malformed review")
            << QStringList{review, m_brokenReview, m_article}
            << QStringLiteral("rolelens-check: %1:2:13: invalid JSON: illegal number")
                   .arg(m_brokenReview);
    }

    void reviewAndBaseline_usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run r = command(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(nonEmptyLines(r.err).value(0), error);
        if (!error.contains(QLatin1String(": error: ")))
            QCOMPARE(nonEmptyLines(r.err).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_cli_options.moc"
