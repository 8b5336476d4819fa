#include "engine/analyzer.h"
#include "io/sourcelocation.h"
#include "rules/rulepack.h"
#include "rules/ruleset.h"

#include <QTest>

using namespace rolelens;

namespace {
const QByteArray kTeamRule = R"({
  "pack": "team",
  "lexicons": {"team.banned": ["synergy", "world-class"]},
  "rules": [{
    "id": "tone/buzzwords",
    "category": "tone",
    "severity": "warning",
    "pattern": [{"tag": "team.banned", "capture": "word"}],
    "message": "Buzzword: {word}",
    "rationale": "Say what you mean.",
    "suggestions": ["", "clear {word}"]
  }]
})";

RuleSet::BuildResult buildWith(const QByteArray &json)
{
    PackLoadResult loaded = parseRulePack(json, QStringLiteral("team.json"));
    if (!loaded.pack)
        return {nullptr, loaded.error};
    QList<RulePack> packs = RuleSet::builtinPacks();
    packs.append(*loaded.pack);
    return RuleSet::build(packs);
}

QStringList ruleIds(const Analysis &analysis)
{
    QStringList ids;
    for (const Finding &f : analysis.findings)
        ids.append(f.ruleId);
    return ids;
}
} // namespace

class TestRulePack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Offsets are bytes of the UTF-8 file; columns count characters ("é" is two bytes).
    void lineIndex_placesEveryOffset_data()
    {
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("start") << qsizetype(0) << 1 << 1;
        QTest::newRow("on the first newline") << qsizetype(3) << 1 << 4;
        QTest::newRow("just after it") << qsizetype(4) << 2 << 1;
        QTest::newRow("after a two-byte character") << qsizetype(7) << 2 << 3;
        QTest::newRow("an empty line") << qsizetype(9) << 3 << 1;
        QTest::newRow("the last line") << qsizetype(11) << 4 << 2;
        QTest::newRow("past the end") << qsizetype(99) << 4 << 3;
        QTest::newRow("before the start") << qsizetype(-5) << 1 << 1;
    }

    void lineIndex_placesEveryOffset()
    {
        QFETCH(qsizetype, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        const QByteArray raw = QStringLiteral("abc\nd\u00e9f\n\nxy").toUtf8();
        const SourceLocation where = LineIndex(raw).locate(QStringLiteral("f.json"), offset);
        QCOMPARE(where.line, line);
        QCOMPARE(where.column, column);
        const SourceLocation once = locateInFile(QStringLiteral("f.json"), raw, offset);
        QCOMPARE(once.line, line);
        QCOMPARE(once.column, column);
    }

    void builtinPacks_compile()
    {
        const auto rules = RuleSet::builtin();
        QVERIFY(rules);
        QVERIFY(rules->rules().size() >= 14);
        QCOMPARE(rules->topics().size(), 9);
        QVERIFY(rules->matcher().termCount() > 1000);
        QVERIFY(rules->rule(QStringLiteral("coding-demand/expertise")));
    }

    void builtinLexicons_knowAliases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("className");
        const auto row = [](const char *text, const char *className) {
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(className);
        };
        row("C#", "tech.language");
        row("C-sharp", "tech.language");
        row("csharp", "tech.language");
        row("golang", "tech.language");
        row("k8s", "tech.devops");
        row("GCP", "tech.cloud");
        row("Google Cloud Platform", "tech.cloud");
        row("node.js", "tech.framework");
        row("NodeJS", "tech.framework");
        row("PMP", "pm.cert");
        row("PMI-ACP", "pm.cert");
        row("PMI-RMP", "pm.cert");
        row("CSM", "pm.cert");
        row("SAFe Agilist", "pm.cert");
        row("PRINCE2", "pm.cert");
        row("Confluence", "pm.tool");
        row("Kanban", "pm.method");
        row("stakeholder alignment", "lead.skill");
        row("PhD", "degree.advanced");
        row("Computer Science", "field.engineering");
    }

    void builtinLexicons_knowAliases()
    {
        QFETCH(QString, text);
        QFETCH(QString, className);
        const auto rules = RuleSet::builtin();
        const QList<Tag> tags = rules->matcher().match(text, tokenize(text));
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().end - tags.first().start, int(text.size()));
        QVERIFY(tags.first().classes.test(std::size_t(rules->classes().find(className))));
    }

    void teamPack_addsARule()
    {
        const auto built = buildWith(kTeamRule);
        QVERIFY2(built.rules, qPrintable(built.error.toString()));
        const Analysis analysis =
            Analyzer(built.rules).analyze(u"Join our world-class team and feel the synergy.");
        QCOMPARE(ruleIds(analysis),
                 (QStringList{QStringLiteral("tone/buzzwords"), QStringLiteral("tone/buzzwords")}));
        QCOMPARE(analysis.findings[0].message, QStringLiteral("Buzzword: world-class"));
        QCOMPARE(analysis.findings[0].severity, Severity::Warning);
        QCOMPARE(analysis.findings[1].suggestions,
                 (QStringList{QString(), QStringLiteral("clear synergy")}));
    }

    void teamPack_disablesAndOverridesBuiltinRules()
    {
        const auto built = buildWith(R"({"pack": "team", "disable": ["tone/hashtags"],
            "rules": [{"id": "coding-demand/expertise", "category": "coding-demand", "severity": "warning",
                       "pattern": ["cue.strong", {"tag": "tech.*", "list": true}],
                       "message": "Team wording", "rationale": "Team rationale"}]})");
        QVERIFY2(built.rules, qPrintable(built.error.toString()));
        const Analysis analysis = Analyzer(built.rules).analyze(u"#Hiring expertise in Java");
        QCOMPARE(ruleIds(analysis), QStringList{QStringLiteral("coding-demand/expertise")});
        QCOMPARE(analysis.findings[0].severity, Severity::Warning);
        QCOMPARE(analysis.findings[0].message, QStringLiteral("Team wording"));
    }

    void teamPack_addsTermsToABuiltinLexicon()
    {
        const auto built = buildWith(R"({"pack": "team", "lexicons": {"tech.language": ["Zig"]}})");
        QVERIFY2(built.rules, qPrintable(built.error.toString()));
        QCOMPARE(ruleIds(Analyzer(built.rules).analyze(u"Expertise in Zig.")),
                 QStringList{QStringLiteral("coding-demand/expertise")});
    }

    // A team pack's "postingChecks" replaces the limits it names and the jurisdictions and
    // finding texts with the same id; the rest of the built-in table stays.
    void teamPack_overridesPostingChecks()
    {
        const auto built = buildWith(R"({"pack": "team", "postingChecks": {"maxMustHaves": 3,
            "jurisdictions": [{"id": "NYC", "name": "New York City", "law": "the team reading",
                               "range": "warning"}]}})");
        QVERIFY2(built.rules, qPrintable(built.error.toString()));
        QCOMPARE(built.rules->postingChecks().maxMustHaves, 3);
        QCOMPARE(built.rules->postingChecks().maxMustHaveTechnologies, 3);
        QVERIFY(built.rules->jurisdiction(u"CA"));
        Analyzer analyzer(built.rules);
        analyzer.setJurisdiction(QStringLiteral("NYC"));
        const Analysis analysis =
            analyzer.analyze(u"# PM\n\nA competitive salary.\n\n## Requirements\n- Plans\n- "
                             u"Risks\n- Teams\n- Tools\n");
        QStringList checks;
        for (const Finding &f : analysis.findings) {
            if (isPostingCheckCategory(f.category))
                checks.append(f.ruleId + QLatin1Char(' ') + severityName(f.severity));
        }
        QCOMPARE(checks, (QStringList{QStringLiteral("pay/vague warning"),
                                      QStringLiteral("requirements/too-many-must-haves warning")}));
        QVERIFY(analysis.findings.first().rationale.contains(QLatin1String("the team reading")));
    }

    void malformedPack_namesFileLineAndProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");

        QTest::newRow("invalid JSON")
            << QByteArray("{\n  \"pack\": \"t\",\n  \"rules\": [1,]\n}")
            << QStringLiteral("team.json:3:16: invalid JSON: object is missing after a comma");
        QTest::newRow("not an object")
            << QByteArray("[]")
            << QStringLiteral("team.json:1:1: a rule pack must be a JSON object");
        QTest::newRow("no name") << QByteArray("{}")
                                 << QStringLiteral("team.json:1:1: the pack needs a \"pack\" name");
        QTest::newRow("unknown key")
            << QByteArray("{\"pack\": \"t\",\n \"rulez\": []}")
            << QStringLiteral("team.json:2:2: unknown key \"rulez\" in the pack");
        QTest::newRow("bad severity")
            << QByteArray("{\"pack\": \"t\", \"rules\": [\n{\"id\": \"x/y\", \"category\": "
                          "\"tone\", \"severity\": \"fatal\",\n \"pattern\": [\"tone.hype\"], "
                          "\"message\": \"m\", \"rationale\": \"r\"}]}")
            << QStringLiteral(
                   "team.json:2:8: rule \"x/y\": \"severity\" must be error, warning or info");
        QTest::newRow("bad category")
            << QByteArray(
                   "{\"pack\": \"t\", \"rules\": [{\"id\": \"x/y\", \"category\": \"style\"}]}")
            << QStringLiteral("team.json:1:32: rule \"x/y\": \"category\" must be one of "
                              "coding-demand, execution-duty, credential, combined-role, tone");
        QTest::newRow("too many steps")
            << QByteArray("{\"pack\": \"t\", \"rules\": [{\"id\": \"x/y\", \"category\": \"tone\", "
                          "\"severity\": \"info\", \"pattern\": "
                          "[\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\"]}]}")
            << QStringLiteral(
                   "team.json:1:32: rule \"x/y\": \"pattern\" must be a list of 1 to 6 steps");
        QTest::newRow("gap too large")
            << QByteArray("{\"pack\": \"t\", \"rules\": [{\"id\": \"x/y\", \"category\": \"tone\", "
                          "\"severity\": \"info\", \"pattern\": [\"a\"], \"maxGap\": 500}]}")
            << QStringLiteral("team.json:1:32: rule \"x/y\": \"maxGap\" and \"unlessWindow\" must "
                              "be between 0 and 20");
        QTest::newRow("overrulable not a boolean")
            << QByteArray("{\"pack\": \"t\", \"rules\": [{\"id\": \"x/y\", \"category\": \"tone\", "
                          "\"severity\": \"info\", \"pattern\": [\"a\"], \"overrulable\": 1}]}")
            << QStringLiteral("team.json:1:32: rule \"x/y\": \"overrulable\" must be true, false "
                              "or \"in prose\"");
        QTest::newRow("missing message")
            << QByteArray("{\"pack\": \"t\", \"rules\": [{\"id\": \"x/y\", \"category\": \"tone\", "
                          "\"severity\": \"info\", \"pattern\": [\"a\"], \"rationale\": \"r\"}]}")
            << QStringLiteral("team.json:1:32: rule \"x/y\" needs a non-empty \"message\"");
        QTest::newRow("duplicate rule id")
            << QByteArray("{\"pack\": \"t\", \"rules\": [{\"id\": \"x/y\", \"category\": \"tone\", "
                          "\"severity\": \"info\", \"pattern\": [\"a\"], \"message\": \"m\", "
                          "\"rationale\": \"r\"},"
                          " {\"id\": \"x/y\", \"category\": \"tone\", \"severity\": \"info\", "
                          "\"pattern\": [\"a\"], \"message\": \"m\", \"rationale\": \"r\"}]}")
            << QStringLiteral("team.json:1:32: rule id \"x/y\" is used twice in this pack");
        QTest::newRow("gap of the wrong type")
            << QByteArray("{\"pack\": \"t\", \"rules\": [{\"id\": \"x/y\", \"category\": \"tone\", "
                          "\"severity\": \"info\", \"pattern\": [\"a\"], \"maxGap\": \"3\"}]}")
            << QStringLiteral("team.json:1:32: rule \"x/y\": \"maxGap\" must be a number");
        QTest::newRow("except of the wrong type")
            << QByteArray(
                   "{\"pack\": \"t\", \"rules\": [{\"id\": \"x/y\", \"category\": \"tone\", "
                   "\"severity\": \"info\", \"pattern\": [{\"tag\": \"a\", \"except\": 3}]}]}")
            << QStringLiteral("team.json:1:32: a pattern step of rule \"x/y\": \"except\" must be "
                              "a string or a list of strings");
        QTest::newRow("rules of the wrong type")
            << QByteArray("{\"pack\": \"t\", \"rules\": {}}")
            << QStringLiteral("team.json:1:15: \"rules\" has the wrong type");
        QTest::newRow("deep nesting")
            << (QByteArray("{\"pack\": \"t\", \"x\": ") + QByteArray(5000, '[') +
                QByteArray(5000, ']') + "}")
            << QStringLiteral("team.json:1:1044: invalid JSON: too deeply nested document");
        QTest::newRow("huge term")
            << (QByteArray("{\"pack\": \"t\", \"lexicons\": {\"big\": [\"") + QByteArray(300, 'a') +
                "\"]}}")
            << QStringLiteral(
                   "team.json:1:28: lexicon \"big\" has a term longer than 200 characters");
        QTest::newRow("exceptions of the wrong type")
            << QByteArray("{\"pack\": \"t\", \"exceptions\": {}}")
            << QStringLiteral("team.json:1:15: \"exceptions\" has the wrong type");
        QTest::newRow("exception without text")
            << QByteArray("{\"pack\": \"t\",\n\"exceptions\": [{\"rule\": \"tone/hype\"}]}")
            << QStringLiteral("team.json:2:1: exception 1 needs a non-empty \"text\"");
        QTest::newRow("exception with an unknown key")
            << QByteArray("{\"pack\": \"t\", \"exceptions\": [{\"rule\": \"tone/hype\", "
                          "\"text\": \"rockstar\", \"why\": \"x\"}]}")
            << QStringLiteral("team.json:1:72: unknown key \"why\" in exception 1");
        QTest::newRow("exception reason of the wrong type")
            << QByteArray("{\"pack\": \"t\", \"exceptions\": [{\"rule\": \"tone/hype\", "
                          "\"text\": \"rockstar\", \"reason\": 1}]}")
            << QStringLiteral("team.json:1:15: exception 1: \"reason\" must be a string");
        QTest::newRow("posting checks not an object")
            << QByteArray("{\"pack\": \"t\", \"postingChecks\": []}")
            << QStringLiteral("team.json:1:15: \"postingChecks\" must be an object");
        QTest::newRow("posting checks with an unknown key")
            << QByteArray("{\"pack\": \"t\", \"postingChecks\": {\"maxMustHave\": 3}}")
            << QStringLiteral("team.json:1:33: unknown key \"maxMustHave\" in \"postingChecks\"");
        QTest::newRow("a negative limit")
            << QByteArray("{\"pack\": \"t\", \"postingChecks\": {\"maxMustHaves\": -1}}")
            << QStringLiteral("team.json:1:33: \"maxMustHaves\" must be a number from 0 to 100000");
        QTest::newRow("a jurisdiction without its range severity")
            << QByteArray("{\"pack\": \"t\", \"postingChecks\": {\"jurisdictions\": [\n{\"id\": "
                          "\"XX\", \"name\": \"X\", \"law\": \"L\"}]}}")
            << QStringLiteral("team.json:2:8: jurisdiction \"XX\" needs a \"range\": the severity "
                              "of a posting without a pay range");
        QTest::newRow("a finding without a message")
            << QByteArray("{\"pack\": \"t\", \"postingChecks\": {\"findings\": [\n{\"id\": "
                          "\"pay/no-range\", \"severity\": \"info\", \"rationale\": \"r\"}]}}")
            << QStringLiteral("team.json:2:8: a finding of \"postingChecks\" needs a non-empty "
                              "\"message\"");
        QTest::newRow("lexicon is not a list")
            << QByteArray("{\"pack\": \"t\",\n\"lexicons\": {\"my.words\": \"oops\"}}")
            << QStringLiteral("team.json:2:14: lexicon \"my.words\" must be a list of terms");
    }

    void exceptions_hideMatchingFindings_unknownRulesAllowed()
    {
        // Like "disable", an exception may name a rule no pack defines.
        const auto built = buildWith(R"({"pack": "team", "exceptions": [
            {"rule": "coding-demand/expertise", "text": "EXPERTISE in\n java", "reason": "Reviews code."},
            {"rule": "no-such/rule", "text": "anything"}]})");
        QVERIFY2(built.rules, qPrintable(built.error.toString()));
        const Analysis analysis =
            Analyzer(built.rules).analyze(u"Expertise in Java. Expertise in Go.");
        QCOMPARE(ruleIds(analysis), QStringList{QStringLiteral("coding-demand/expertise")});
        QCOMPARE(analysis.findings[0].start, qsizetype(19));
    }

    void malformedPack_namesFileLineAndProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const PackLoadResult loaded = parseRulePack(json, QStringLiteral("team.json"));
        QVERIFY(!loaded.pack);
        QCOMPARE(loaded.error.toString(), error);
    }

    void compileErrors_nameTheRule_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");

        QTest::newRow("unknown class")
            << QByteArray("{\"pack\": \"t\", \"rules\": [\n  {\"id\": \"x/y\", \"category\": "
                          "\"tone\", \"severity\": \"info\", \"pattern\": [\"no.such\"], "
                          "\"message\": \"m\", \"rationale\": \"r\"}]}")
            << QStringLiteral(
                   "team.json:2:10: rule \"x/y\" names the unknown lexicon class \"no.such\"");
        QTest::newRow("unknown class in except")
            << QByteArray(
                   "{\"pack\": \"t\", \"rules\": [\n  {\"id\": \"x/y\", \"category\": "
                   "\"tone\", \"severity\": \"info\", \"pattern\": [{\"tag\": \"tone.hype\", "
                   "\"except\": [\"no.such\"]}], \"message\": \"m\", \"rationale\": \"r\"}]}")
            << QStringLiteral("team.json:2:10: rule \"x/y\": \"except\" names the unknown lexicon "
                              "class \"no.such\"");
        QTest::newRow("except of every class")
            << QByteArray(
                   "{\"pack\": \"t\", \"rules\": [\n  {\"id\": \"x/y\", \"category\": "
                   "\"tone\", \"severity\": \"info\", \"pattern\": [{\"tag\": \"tone.hype\", "
                   "\"except\": [\"tone.hype\"]}], \"message\": \"m\", \"rationale\": \"r\"}]}")
            << QStringLiteral("team.json:2:10: rule \"x/y\": \"except\" excludes every class of "
                              "\"tag\"");
        QTest::newRow("unknown placeholder")
            << QByteArray("{\"pack\": \"t\", \"rules\": [{\"id\": \"x/y\", \"category\": \"tone\", "
                          "\"severity\": \"info\", \"pattern\": [\"tone.hype\"], \"message\": "
                          "\"{what}\", \"rationale\": \"r\"}]}")
            << QStringLiteral("team.json:1:32: rule \"x/y\": \"message\" uses the unknown "
                              "placeholder {what}; known: {match}, {segment}");
    }

    void compileErrors_nameTheRule()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto built = buildWith(json);
        QVERIFY(!built.rules);
        QCOMPARE(built.error.toString(), error);
    }

    void loadRulePack_missingFileIsAClearError()
    {
        const PackLoadResult loaded = loadRulePack(QStringLiteral("/nonexistent/team.json"));
        QVERIFY(!loaded.pack);
        QVERIFY(loaded.error.toString().startsWith(
            QStringLiteral("/nonexistent/team.json: cannot read the rule pack: ")));
    }

    void stepExcept_skipsTagsOfTheExcludedClass()
    {
        // "gadget" is a widget too, but the step takes only the widgets that are not gadgets.
        const auto built = buildWith(R"({"pack": "t",
            "lexicons": {"t.widget": ["widget", "gadget"], "t.gadget": ["gadget"]},
            "rules": [{"id": "tone/widget", "category": "tone", "severity": "info",
                       "pattern": [{"tag": "t.widget", "except": "t.gadget"}],
                       "message": "m", "rationale": "r"}]})");
        QVERIFY2(built.rules, qPrintable(built.error.toString()));
        QList<Finding> found = Analyzer(built.rules).analyze(u"A gadget, then a widget.").findings;
        found.removeIf([](const Finding &f) { return f.ruleId != QLatin1String("tone/widget"); });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().start, qsizetype(17));
        QCOMPARE(found.first().length, qsizetype(6));
    }

    void stepExcept_endsAPartialMatchUnlessItsListHoldsAnAllowedItem()
    {
        // "make gadget for widget": the gadget ends the match, and the widget is not reached
        // past it as a gap. "make gadget and widget": the list the gadget starts holds a widget.
        const auto built = buildWith(R"({"pack": "t",
            "lexicons": {"t.make": ["make"], "t.widget": ["widget", "gadget"],
                         "t.gadget": ["gadget"]},
            "rules": [{"id": "tone/widget", "category": "tone", "severity": "info",
                       "pattern": ["t.make",
                                   {"tag": "t.widget", "except": "t.gadget", "list": true,
                                    "capture": "what"}],
                       "message": "{what}", "rationale": "r"}]})");
        QVERIFY2(built.rules, qPrintable(built.error.toString()));
        const Analyzer analyzer(built.rules);
        const auto widgetFindings = [&](QStringView text) {
            QList<Finding> found = analyzer.analyze(text).findings;
            found.removeIf(
                [](const Finding &f) { return f.ruleId != QLatin1String("tone/widget"); });
            return found;
        };
        QVERIFY(widgetFindings(u"We make gadget for widget.").isEmpty());
        const QList<Finding> listed = widgetFindings(u"We make gadget and widget.");
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().start, qsizetype(3));
        QCOMPARE(listed.first().length, qsizetype(22));
        QCOMPARE(listed.first().message, QStringLiteral("gadget and widget"));
    }

    void userPatterns_stayLinear()
    {
        // A pack cannot express backtracking: the worst a pattern can do is look at each
        // tag a fixed number of times. A long run of matching tags finishes promptly and
        // finds one list per run.
        const auto built = buildWith(R"({"pack": "t", "lexicons": {"t.a": ["a"]},
            "rules": [{"id": "tone/a", "category": "tone", "severity": "info",
                       "pattern": ["t.a", "t.a", "t.a", "t.a", "t.a", {"tag": "t.a", "list": true}],
                       "maxGap": 20, "message": "m", "rationale": "r"}]})");
        QVERIFY2(built.rules, qPrintable(built.error.toString()));
        const QString text = QStringLiteral("a ").repeated(20000);
        QList<Finding> found = Analyzer(built.rules).analyze(text).findings;
        found.removeIf([](const Finding &f) { return f.ruleId != QLatin1String("tone/a"); });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().length, qsizetype(text.size() - 1));
    }
};

QTEST_GUILESS_MAIN(TestRulePack)
#include "tst_rulepack.moc"
