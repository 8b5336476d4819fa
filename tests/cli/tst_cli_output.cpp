// End-to-end tests of rolelens-check's output: JSON and text reports, offsets, standard input,
// order, spelling, help, run through QProcess.
#include "support/clifixture.h"

#include <QRegularExpression>
#include <QtTest>

using namespace rolelens;

class TestCliOutput : public QObject, private CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareInputs(); }

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
        QCOMPARE(findings(r).size(), 0); // the posting checks' notes aside
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
        // Standard input has one name in every output: "stdin".
        QCOMPARE(files(r).at(0).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("stdin"));
        const QByteArray posting = readText(m_article).toUtf8();
        const Run text =
            run({QStringLiteral("--color"), QStringLiteral("never"), QStringLiteral("-")}, posting);
        QVERIFY2(text.out.startsWith("stdin:1:"), text.out.constData());
        const Run sarif = run(
            {QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("-")}, posting);
        QVERIFY(sarif.out.contains("\"uri\": \"stdin\""));
    }

    // A saved web page is checked as the Markdown it converts to: the same findings as its
    // plain-text twin, offsets into the converted text, and "converted" in the JSON.
    void htmlInput_isConvertedWithTheFindingsOfItsTwin()
    {
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("posting.html"));
        const QString twin = dir.filePath(QStringLiteral("posting.md"));
        QVERIFY(writeBytes(html,
                           "<html><head><script>var a = 'write production code';</script></head>"
                           "<body><h1>Technical Program Manager</h1><ul><li>Expertise in Java "
                           "and Python.</li><li>Lead Agile delivery.</li></ul></body></html>"));
        QVERIFY(writeBytes(twin, "# Technical Program Manager\n\n- Expertise in Java and Python.\n"
                                 "- Lead Agile delivery.\n"));
        const Run converted = runJson({html});
        const Run plain = runJson({twin});
        QCOMPARE(converted.exitCode, plain.exitCode);
        QCOMPARE(files(converted).at(0).toObject().value(QLatin1String("converted")), true);
        QVERIFY(!files(plain).at(0).toObject().contains(QLatin1String("converted")));
        QCOMPARE(findings(converted), findings(plain));
        QCOMPARE(findings(converted).size(), 1);
    }

    // --export writes the posting in the format its suffix names; other suffixes are a usage
    // error before anything is checked.
    void export_writesTheDocumentItsSuffixNames()
    {
        QTemporaryDir dir;
        for (const char *name : {"posting.docx", "posting.odt", "posting.html", "posting.pdf"}) {
            const QString out = dir.filePath(QLatin1String(name));
            const Run r = run({QStringLiteral("--export"), out, m_good});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(QFileInfo(out).size() > 500, name);
        }
        const Run wrong =
            run({QStringLiteral("--export"), dir.filePath(QStringLiteral("posting.txt")), m_good});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("--export needs a file ending in .pdf, .docx, .odt or .html"));
    }

    // Output that cannot be written is an error (exit 2, one line on stderr), never an empty
    // report that passes.
    void failedWrites_exitWith2_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<QString>("format");
        QTest::newRow("full disk, SARIF")
            << QStringLiteral("> /dev/full") << QStringLiteral("sarif");
        QTest::newRow("full disk, JSON") << QStringLiteral("> /dev/full") << QStringLiteral("json");
        QTest::newRow("full disk, text") << QStringLiteral("> /dev/full") << QStringLiteral("text");
        QTest::newRow("closed standard output") << QStringLiteral(">&-") << QStringLiteral("text");
    }
    void failedWrites_exitWith2()
    {
        QFETCH(QString, redirect);
        QFETCH(QString, format);
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("'%1' --format %2 '%3' %4")
                         .arg(QStringLiteral(ROLELENS_CHECK), format, m_good, redirect)});
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.exitCode(), 2);
        QVERIFY2(
            shell.readAllStandardError().startsWith("rolelens-check: cannot write the output: "),
            qPrintable(redirect));
    }

    // Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, which .ci/run installs into
    // the build folder) finds no error and no warning in the SARIF of any option combination,
    // under its default, GitHub and Azure DevOps rule kinds.
    void sarif_passesTheMultitool_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("input");
        const QString old = dataFile(QStringLiteral("baseline-old.md"));
        QTest::newRow("one file") << QStringList{m_article} << QByteArray();
        QTest::newRow("--spell, many files")
            << QStringList{QStringLiteral("--spell"), m_article, m_good, m_emoji} << QByteArray();
        QTest::newRow("--baseline") << QStringList{QStringLiteral("--baseline"), old,
                                                   dataFile(QStringLiteral("baseline-worse.md"))}
                                    << QByteArray();
        QTest::newRow("--review") << QStringList{QStringLiteral("--review"), m_articleReview,
                                                 m_article}
                                  << QByteArray();
        QTest::newRow("an unreadable input")
            << QStringList{m_good, tmpPath(QStringLiteral("no-such-posting.md"))} << QByteArray();
        QTest::newRow("standard input")
            << QStringList{QStringLiteral("-")} << readText(m_article).toUtf8();
    }
    void sarif_passesTheMultitool()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, input);
        const QString multitool =
            QStringLiteral(ROLELENS_BUILD_DIR "/sarif-multitool/node_modules/.bin/sarif-multitool");
        if (!QFile::exists(multitool))
            QSKIP(
                "the SARIF Multitool is not installed: npm install --prefix BUILD/sarif-multitool "
                "@microsoft/sarif-multitool (.ci/run does)");
        QTemporaryDir dir;
        for (const QString &kind :
             {QStringLiteral("Sarif"), QStringLiteral("Gh"), QStringLiteral("Ado")}) {
            // Azure DevOps' rules want the pipeline's ids, which a run there has in its
            // environment.
            QProcess check;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            if (kind == QLatin1String("Ado")) {
                environment.insert(QStringLiteral("BUILD_DEFINITIONID"), QStringLiteral("7"));
                environment.insert(QStringLiteral("BUILD_DEFINITIONNAME"),
                                   QStringLiteral("postings"));
                environment.insert(QStringLiteral("SYSTEM_PHASEID"),
                                   QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
                environment.insert(QStringLiteral("SYSTEM_PHASENAME"), QStringLiteral("check"));
            }
            check.setProcessEnvironment(environment);
            check.start(QStringLiteral(ROLELENS_CHECK),
                        QStringList{QStringLiteral("--format"), QStringLiteral("sarif")} + options);
            QVERIFY(check.waitForStarted());
            check.write(input);
            check.closeWriteChannel();
            QVERIFY(check.waitForFinished(60000));
            const QString log = dir.filePath(kind + QStringLiteral(".sarif"));
            QVERIFY(writeBytes(log, check.readAllStandardOutput()));
            QProcess validate;
            validate.start(multitool, {QStringLiteral("validate"), log, QStringLiteral("-o"),
                                       dir.filePath(kind + QStringLiteral("-result.sarif")),
                                       QStringLiteral("--rule-kind"), kind});
            QVERIFY(validate.waitForFinished(180000));
            const QString report = QString::fromUtf8(validate.readAllStandardOutput());
            static const QRegularExpression problem(QStringLiteral(R"(: (error|warning) \S+)"));
            QVERIFY2(!report.contains(problem), qPrintable(kind + u'\n' + report));
            QVERIFY2(report.contains(QLatin1String("Analysis completed successfully")),
                     qPrintable(report));
        }
    }

    // --fix writes back the byte order mark the posting began with.
    void fix_keepsTheByteOrderMark()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bom.md"));
        QVERIFY(
            writeBytes(path, "\xef\xbb\xbf# Technical Project Manager\n\nExpertise in Java.\n"));
        const Run r = run({QStringLiteral("--fix"), path});
        QVERIFY2(r.out.startsWith("\xef\xbb\xbf# Technical Project Manager\n"), r.out.constData());
        QVERIFY(!r.out.contains("Expertise in Java"));
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

    void helpAndVersion()
    {
        // --help-all (Qt's options) is gone: it did nothing useful.
        const Run all = run({QStringLiteral("--help-all")});
        QCOMPARE(all.exitCode, 2);
        QVERIFY(all.err.contains("Unknown option 'help-all'"));
        Run r = run({QStringLiteral("--help")});
        QVERIFY(!r.out.contains("--help-all"));
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

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
