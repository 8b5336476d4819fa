// End-to-end tests of the rolelens-check command line tool, run through QProcess.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

QString dataFile(const QString &name)
{
    return QStringLiteral(ROLELENS_TEST_DATA "/cli/") + name;
}

Run run(QStringList args, QByteArray stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(ROLELENS_CHECK), args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

Run runJson(QStringList args, QByteArray stdinData = {})
{
    return run(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args, stdinData);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}
QJsonArray files(const Run &r)
{
    return parse(r.out).value(QStringLiteral("files")).toArray();
}
QJsonArray findings(const Run &r)
{
    return files(r).at(0).toObject().value(QStringLiteral("findings")).toArray();
}
QString str(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toString();
}
int num(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toInt(-1);
}

// Number of code points in text before the UTF-16 index.
qsizetype codePointIndex(const QString &text, qsizetype utf16Index)
{
    return text.left(utf16Index).toUcs4().size();
}

// text[start:start+length] counted in code points, as in Python.
QString codePointSlice(const QString &text, qsizetype start, qsizetype length)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || length < 0 || start + length > ucs4.size())
        return QStringLiteral("<out of range>");
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, length);
}

// 1-based line and code-point column of a code-point offset, as "line:column".
QString lineColumnAt(const QString &text, qsizetype start)
{
    const QList<uint> ucs4 = text.toUcs4();
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < start && i < ucs4.size(); ++i) {
        if (ucs4.at(i) == uint('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(start - lineStart + 1);
}

QStringList nonEmptyLines(const QByteArray &b)
{
    return QString::fromUtf8(b).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_article, m_good, m_emoji, m_crlf, m_infoOnly, m_synergy;
    QString m_articleReview, m_brokenReview;

    QString tmpPath(const QString &name) const { return m_tmp.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(ROLELENS_CHECK)));
        QVERIFY(m_tmp.isValid());
        m_article = dataFile(QStringLiteral("article-example.md"));
        m_good = dataFile(QStringLiteral("good-tpm.md"));
        m_emoji = dataFile(QStringLiteral("emoji-offsets.md"));
        m_crlf = dataFile(QStringLiteral("crlf.md"));
        m_articleReview = dataFile(QStringLiteral("article-example.md.review.json"));
        m_brokenReview = tmpPath(QStringLiteral("broken.review.json"));
        QVERIFY(writeBytes(
            m_brokenReview,
            QByteArrayLiteral("{\"format\": \"rolelens-review\",\n \"version\": one}\n")));

        // A good posting whose only finding is an info-level hashtag.
        m_infoOnly = tmpPath(QStringLiteral("info-only.md"));
        QVERIFY(writeBytes(m_infoOnly, readText(m_good).toUtf8() + QByteArrayLiteral("#Hiring\n")));
        m_synergy = tmpPath(QStringLiteral("synergy.md"));
        QVERIFY(writeBytes(
            m_synergy,
            QByteArrayLiteral("# Technical Project Manager\nWe value synergy across teams.\n")));

        // Inputs that must be refused.
        QVERIFY(QDir(m_tmp.path()).mkdir(QStringLiteral("a-directory.md")));
        QVERIFY(
            writeBytes(tmpPath(QStringLiteral("binary.md")), QByteArray("Project\0Manager\n", 16)));
        QVERIFY(writeBytes(tmpPath(QStringLiteral("latin.md")),
                           QByteArrayLiteral("Technical Project \xff\xfe\x80 Manager\n")));
        QVERIFY(
            writeBytes(tmpPath(QStringLiteral("huge.md")), QByteArray(10 * 1024 * 1024 + 1, 'a')));
    }

    void articleExample_json_reportsCredentialCodingDemandAndHype()
    {
        const Run r = runJson({m_article});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(parse(r.out).value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject file = files(r).at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("path")).toString(), m_article);
        QCOMPARE(file.value(QStringLiteral("verdict")).toString(), QStringLiteral("misclassified"));
        QCOMPARE(file.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));

        struct Expected
        {
            const char *rule, *category, *severity;
            QString text;
            int start, length;
        };
        const QList<Expected> expected = {
            {"tone/hashtags", "tone", "info", QStringLiteral("#Urgent #Hiring"), 0, 15},
            {"credential/advanced-engineering-degree", "credential", "error",
             QStringLiteral("Master\u2019s degree in Engineering"), 51, 30},
            {"coding-demand/expertise", "coding-demand", "error",
             QStringLiteral("expertise in Java, Python, and AWS"), 86, 34},
            {"tone/emoji", "tone", "info", QStringLiteral("\U0001F92F\U0001FAE1"), 122, 2},
        };
        const QString text = readText(m_article);
        const QJsonArray found = findings(r);
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Expected &e = expected.at(i);
            const QJsonValue f = found.at(i);
            QCOMPARE(str(f, "rule"), QString::fromLatin1(e.rule));
            QCOMPARE(str(f, "category"), QString::fromLatin1(e.category));
            QCOMPARE(str(f, "severity"), QString::fromLatin1(e.severity));
            QCOMPARE(str(f, "text"), e.text);
            // The expected offset is derived from the file, independently of the tool.
            const qsizetype utf16 = text.indexOf(e.text);
            QVERIFY(utf16 >= 0);
            QCOMPARE(num(f, "start"), int(codePointIndex(text, utf16)));
            QCOMPARE(num(f, "start"), e.start);
            QCOMPARE(num(f, "length"), int(e.text.toUcs4().size()));
            QCOMPARE(num(f, "length"), e.length);
            QCOMPARE(num(f, "line"), 1);
            QCOMPARE(num(f, "column"), e.start + 1);
            QCOMPARE(codePointSlice(text, num(f, "start"), num(f, "length")), e.text);
        }
        const QString firstSuggestion =
            found.at(2).toObject().value(QStringLiteral("suggestions")).toArray().at(0).toString();
        QVERIFY2(firstSuggestion.contains(QStringLiteral("Java, Python, and AWS")),
                 qPrintable(firstSuggestion));
    }

    void goodPosting_isOkWithoutFindings()
    {
        const Run r = runJson({m_good});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject file = files(r).at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        QCOMPARE(file.value(QStringLiteral("score")).toInt(), 100);
        QVERIFY(file.value(QStringLiteral("findings")).isArray());
        QCOMPARE(file.value(QStringLiteral("findings")).toArray().size(), 0);
        QVERIFY(file.value(QStringLiteral("missing")).isArray());
        QCOMPARE(file.value(QStringLiteral("missing")).toArray().size(), 0);
    }

    void offsets_countCodePoints_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("lineColumns");
        // Both files hold the same lines, so the \r of CRLF must not shift any column.
        const QStringList expected = {QStringLiteral("1:39"), QStringLiteral("2:16"),
                                      QStringLiteral("2:27"), QStringLiteral("2:67"),
                                      QStringLiteral("3:6"),  QStringLiteral("3:20"),
                                      QStringLiteral("3:40"), QStringLiteral("3:74")};
        QTest::newRow("LF") << dataFile(QStringLiteral("emoji-offsets.md")) << expected;
        QTest::newRow("CRLF") << dataFile(QStringLiteral("crlf.md")) << expected;
    }

    void offsets_countCodePoints()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, lineColumns);
        const Run r = runJson({path});
        QCOMPARE(r.exitCode, 1);
        const QString text = readText(path);
        const QJsonArray found = findings(r);
        QStringList actual;
        for (const auto &f : found) {
            const int start = num(f, "start");
            const QString slice = codePointSlice(text, start, num(f, "length"));
            QCOMPARE(slice, str(f, "text"));
            QVERIFY(!slice.contains(QLatin1Char('\r')));
            const QString lc = QStringLiteral("%1:%2").arg(num(f, "line")).arg(num(f, "column"));
            QCOMPARE(lc, lineColumnAt(text, start));
            actual << lc;
        }
        QCOMPARE(actual, lineColumns);
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
        const Run r = run(args);
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
        Run r = runJson({path});
        QCOMPARE(r.exitCode, 2);
        QStringList errLines = nonEmptyLines(r.err);
        QCOMPARE(errLines.size(), 1);
        QVERIFY2(errLines.at(0).contains(path), r.err.constData());

        // The good file next to it is still checked and reported.
        r = runJson({path, m_good});
        QCOMPARE(r.exitCode, 2);
        errLines = nonEmptyLines(r.err);
        QCOMPARE(errLines.size(), 1);
        QVERIFY2(errLines.at(0).contains(path), r.err.constData());
        const QJsonArray reported = files(r);
        QCOMPARE(reported.size(), 1);
        QCOMPARE(str(reported.at(0), "path"), m_good);
        QCOMPARE(str(reported.at(0), "verdict"), QStringLiteral("ok"));
    }

    void stdin_dash_readsStandardInput()
    {
        QFile article(m_article);
        QVERIFY(article.open(QIODevice::ReadOnly));
        const Run r = runJson({QStringLiteral("-")}, article.readAll());
        QCOMPARE(r.exitCode, 1);
        const QJsonArray found = findings(r);
        QStringList rules;
        for (const auto &f : found)
            rules << str(f, "rule");
        QCOMPARE(rules, (QStringList{QStringLiteral("tone/hashtags"),
                                     QStringLiteral("credential/advanced-engineering-degree"),
                                     QStringLiteral("coding-demand/expertise"),
                                     QStringLiteral("tone/emoji")}));
        QCOMPARE(num(found.at(2), "start"), 86);
    }

    void fix_appliesFirstSuggestions()
    {
        const Run r = run({QStringLiteral("--fix"), m_article});
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
        const Run sarif = run({QStringLiteral("--format"), QStringLiteral("sarif"), path});
        const Run json = runJson({path});
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
        Run r = run({QStringLiteral("--rules"), broken, m_article});
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
        r = run({QStringLiteral("--rules"), unknown, m_article});
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
        Run r = runJson({QStringLiteral("--rules"), disable, m_article});
        QCOMPARE(r.exitCode, 1);
        QStringList rules;
        for (const auto &f : findings(r))
            rules << str(f, "rule");
        QCOMPARE(rules, (QStringList{QStringLiteral("credential/advanced-engineering-degree"),
                                     QStringLiteral("coding-demand/expertise"),
                                     QStringLiteral("tone/emoji")}));

        // Without the pack, "synergy" is not a finding.
        r = runJson({m_synergy});
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
        r = runJson({QStringLiteral("--rules"), add, m_synergy});
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
        r = run({QStringLiteral("--rules"), add, QStringLiteral("--fail-on"),
                 QStringLiteral("warning"), m_synergy});
        QCOMPARE(r.exitCode, 1);
    }

    void jobs_keepInputOrder()
    {
        const QStringList inputs = {m_crlf, m_good, m_synergy, m_article, m_infoOnly, m_emoji};
        const QStringList common = {QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--jobs")};
        const Run parallel = run(common + QStringList{QStringLiteral("4")} + inputs);
        QCOMPARE(parallel.exitCode, 1);
        QStringList paths;
        for (const auto &file : files(parallel))
            paths << str(file, "path");
        QCOMPARE(paths, inputs);
        const Run serial = run(common + QStringList{QStringLiteral("1")} + inputs);
        QCOMPARE(parallel.out, serial.out);
    }

    void spell_reportsMisspellingsWithSuggestions()
    {
        qputenv("ROLELENS_DICTIONARY_PATH", QByteArrayLiteral(ROLELENS_TEST_DATA "/dict"));
        const Run r =
            runJson({QStringLiteral("--spell"), QStringLiteral("--lang"), QStringLiteral("xx_TEST"),
                     QStringLiteral("-")},
                    QByteArray("# Project Manager\nWe need a teem manager and teh code.\n"));
        QCOMPARE(r.exitCode, 0); // spelling is information only
        QStringList spelling;
        for (const QJsonValue &f : findings(r)) {
            if (str(f, "category") == QLatin1String("spelling")) {
                spelling.append(QStringLiteral("%1@%2:%3")
                                    .arg(str(f, "text"))
                                    .arg(num(f, "line"))
                                    .arg(num(f, "column")));
                QVERIFY(!f.toObject().value(QStringLiteral("suggestions")).toArray().isEmpty());
            }
        }
        QCOMPARE(spelling, (QStringList{QStringLiteral("teem@2:11"), QStringLiteral("teh@2:28")}));
        QCOMPARE(findings(r)
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("suggestions"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("team"));
    }

    void spell_unknownLanguageIsAUsageError()
    {
        const Run r = run({QStringLiteral("--spell"), QStringLiteral("--lang"),
                           QStringLiteral("zz_ZZ"), dataFile(QStringLiteral("good-tpm.md"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(
            "rolelens-check: error: no spelling dictionary for zz_ZZ (installed: "));
    }

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
        const QJsonArray results = parse(r.out)
                                       .value(QStringLiteral("runs"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("results"))
                                       .toArray();
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
        QTest::newRow("a new error fails whatever --fail-on says")
            << dataFile(QStringLiteral("baseline-worse.md"))
            << QStringList{QStringLiteral("--fail-on"), QStringLiteral("never")} << 1
            << QStringList{QStringLiteral("execution-duty/hands-on-code-work 9:3 Write and deploy "
                                          "production code")}
            << QStringList{QStringLiteral("credential/advanced-engineering-degree 12:3 Master's "
                                          "degree in Computer Science")}
            << QStringList{QStringLiteral("72"), QStringLiteral("72"),
                           QStringLiteral("misclassified"), QStringLiteral("misclassified")};
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
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(nonEmptyLines(r.err).value(0), error);
        if (!error.contains(QLatin1String(": error: ")))
            QCOMPARE(nonEmptyLines(r.err).size(), 1);
    }

    void helpAndVersion()
    {
        Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.out);
        QVERIFY2(help.contains(QStringLiteral("--format")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("--fail-on")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("--review <FILE>")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("--baseline <OLD>")), qPrintable(help));

        r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        const QRegularExpression version(QStringLiteral("^rolelens-check \\d+\\.\\d+\\.\\d+\\n$"));
        QVERIFY2(version.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
    }

    void textFormat_isCompilerStyle()
    {
        Run r = run({QStringLiteral("--color"), QStringLiteral("never"), m_article});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.out.contains('\x1b'));
        const QStringList lines = nonEmptyLines(r.out);
        QVERIFY(lines.size() >= 2);
        const QRegularExpression finding(QStringLiteral(
            "^.+article-example\\.md:1:\\d+: (error|warning|info): .+ \\[[a-z-]+/[a-z-]+\\]$"));
        QVERIFY2(finding.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(0),
                 m_article +
                     QStringLiteral(":1:1: info: Hashtags (#Urgent #Hiring) make the posting "
                                    "read like a social-media post [tone/hashtags]"));
        QCOMPARE(lines.at(1), QStringLiteral("    suggestion: remove \"#Urgent #Hiring\""));
        // Every finding in this posting has a suggestion, printed on the next line.
        int findingLines = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!finding.match(lines.at(i)).hasMatch())
                continue;
            ++findingLines;
            QVERIFY(i + 1 < lines.size());
            QVERIFY2(lines.at(i + 1).startsWith(QStringLiteral("    suggestion: ")),
                     qPrintable(lines.at(i + 1)));
        }
        QCOMPARE(findingLines, 4);

        r = run({QStringLiteral("--color"), QStringLiteral("always"), m_article});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("\x1b["), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
