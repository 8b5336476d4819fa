#include "engine/analyzer.h"
#include "support/describefindings.h"
#include "support/rulesonly.h"

#include <QFile>
#include <QTest>

using namespace rolelens;

namespace {

// A model pack: every feature in \a weights pushes the "demand" and "keep" outputs by its
// weight, the other outputs stay at their bias (coding-demand family, required).
// A model pack whose features add their weight to "demand" and "keep", and \a preferredWeight
// to "preferred".
QByteArray modelPack(const QList<QPair<QString, double>> &weights, double bias = -4.0,
                     double preferredWeight = 0.0)
{
    QByteArray json = R"({"pack": "model", "model": {"threshold": 0.5, "keepThreshold": 0.2,
        "outputs": ["demand", "coding-demand", "execution-duty", "credential", "combined-role",
                    "preferred", "keep"],
        "bias": [)" + QByteArray::number(bias) +
                      R"(, 1, 0, 0, 0, -3, )" + QByteArray::number(bias) + R"(],
        "findings": {
          "coding-demand": {"message": "Judged a coding demand", "rationale": "Why.",
                            "suggestions": ["Understanding of {segment}"]},
          "execution-duty": {"message": "Judged a duty", "rationale": "Why."},
          "credential": {"message": "Judged a degree", "rationale": "Why."},
          "combined-role": {"message": "Judged a double role", "rationale": "Why."}},
        "weights": {)";
    QByteArrayList entries;
    for (const auto &[name, weight] : weights)
        entries.append('"' + name.toUtf8() + "\": [" + QByteArray::number(weight) +
                       ", 0, 0, 0, 0, " + QByteArray::number(preferredWeight) + ", " +
                       QByteArray::number(weight) + "]");
    return json + entries.join(", ") + "}}}";
}

std::shared_ptr<const RuleSet> withModel(const QByteArray &json)
{
    const PackLoadResult loaded = parseRulePack(json, QStringLiteral("model.json"));
    if (!loaded.pack)
        qFatal("%s", qPrintable(loaded.error.toString()));
    QList<RulePack> packs = RuleSet::builtinPacks();
    packs.append(*loaded.pack);
    const RuleSet::BuildResult built = RuleSet::build(packs);
    if (!built.rules)
        qFatal("%s", qPrintable(built.error.toString()));
    return built.rules;
}

QStringList findingsOf(const QString &text, const std::shared_ptr<const RuleSet> &rules = {})
{
    return describeFindings(text, (rules ? Analyzer(rules) : Analyzer()).analyze(text));
}

} // namespace

class TestClauseModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stem_dropsCommonInflections_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        QTest::newRow("plural") << QStringLiteral("Dashboards") << QStringLiteral("Dashboard");
        QTest::newRow("gerund") << QStringLiteral("building") << QStringLiteral("build");
        QTest::newRow("past") << QStringLiteral("deployed") << QStringLiteral("deploy");
        QTest::newRow("possessive") << QStringLiteral("team's") << QStringLiteral("team");
        QTest::newRow("double s stays") << QStringLiteral("process") << QStringLiteral("process");
        QTest::newRow("short words stay") << QStringLiteral("bus") << QStringLiteral("bus");
    }

    void stem_dropsCommonInflections()
    {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QCOMPARE(word.left(stemLength(word)), stem);
    }

    void featureNames_hashAsTheFeaturesMadeFromText()
    {
        // Training reads names, the engine hashes words: both must give the same features.
        ClauseFeatures features(true);
        const QStringList words = {QStringLiteral("Building"), QStringLiteral("Dashboards"),
                                   QStringLiteral("team\u2019s")};
        for (qsizetype i = 0; i < words.size(); ++i) {
            features.addWord(u'w', stemKey(words[i]), words[i]);
            if (i > 0)
                features.addPair(stemKey(words[i - 1]), words[i - 1], stemKey(words[i]), words[i]);
        }
        features.addWord(u'f', stemKey(words[0]), words[0]);
        features.addNamed(FeatureHash::of(u"c:obj.data"), QStringLiteral("c:obj.data"));
        features.addNamed(
            classPairFeature(FeatureHash::of(u"c:verb.build"), FeatureHash::of(u"c:obj.data")),
            QStringLiteral("p:verb.build>obj.data"));
        features.finish();
        const QStringList names = features.names();
        QCOMPARE(names, (QStringList{
                            QStringLiteral("b:build dashboard"), QStringLiteral("b:dashboard team"),
                            QStringLiteral("c:obj.data"), QStringLiteral("f:build"),
                            QStringLiteral("p:verb.build>obj.data"), QStringLiteral("w:build"),
                            QStringLiteral("w:dashboard"), QStringLiteral("w:team")}));
        QList<quint64> fromNames;
        for (const QString &name : names)
            fromNames.append(featureHashOfName(name));
        std::sort(fromNames.begin(), fromNames.end());
        const QList<quint64> fromText(features.hashes().cbegin(), features.hashes().cend());
        QCOMPARE(fromNames, fromText);
    }

    void clauses_listTheirFeatures()
    {
        const QString text = QStringLiteral("# Technical Project Manager\n- Build dashboards");
        const Analysis analysis = Analyzer().analyze(text, Analyzer::KeepClauses);
        QCOMPARE(analysis.clauses.size(), 2);
        const ClauseRecord &clause = analysis.clauses.last();
        QCOMPARE(text.mid(clause.start, clause.end - clause.start),
                 QStringLiteral("Build dashboards"));
        for (const char *feature : {"w:build", "w:dashboard", "f:build", "b:build dashboard",
                                    "c:verb.build-data", "c:obj.data", "p:verb.build-data>obj.data",
                                    "r:execution-duty/builds-data-work", "s:bullet", "s:len0"})
            QVERIFY2(clause.features.contains(QLatin1String(feature)), feature);
        QVERIFY(clause.flagged);
        QVERIFY(clause.demand > 0 && clause.demand < 1);
    }

    void clauses_afterAnInlineBulletMark_areItems()
    {
        const QString text =
            QStringLiteral("# Technical Project Manager\nRequirements: • Build dashboards • Run "
                           "the sprints\nBuild dashboards. Run the sprints.");
        const Analysis analysis = Analyzer().analyze(text, Analyzer::KeepClauses);
        QStringList bullets;
        for (const ClauseRecord &clause : analysis.clauses) {
            if (clause.features.contains(QLatin1String("s:bullet")))
                bullets.append(text.mid(clause.start, clause.end - clause.start));
        }
        QCOMPARE(bullets, (QStringList{QStringLiteral("Build dashboards"),
                                       QStringLiteral("Run the sprints")}));
    }

    void model_flagsAClauseNoRuleMatched()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("w:kubernete"), 8.0}}));
        const QString text = QStringLiteral("# TPM\n- Kubernetes clusters at scale\n- Run sprints");
        QCOMPARE(describeFindings(text, Analyzer(rules).analyze(text)),
                 QStringList{
                     QStringLiteral("coding-demand/judged error «Kubernetes clusters at scale»")});
        const Analysis analysis = Analyzer(rules).analyze(text);
        QCOMPARE(analysis.findings.first().message, QStringLiteral("Judged a coding demand"));
        QCOMPARE(analysis.findings.first().suggestions,
                 QStringList{QStringLiteral("Understanding of Kubernetes clusters at scale")});
    }

    void model_judgedClause_isAnErrorOnlyWhenTheModelIsSure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("weight");
        QTest::addColumn<double>("preferredWeight");
        QTest::addColumn<QString>("expected");
        // With the pack's biases of -4 and -3 the demand probability is 0.98 and 0.73, and
        // the preferred one 0.05 and 0.88.
        const QString bullet = QStringLiteral("# TPM\n- Kubernetes clusters");
        QTest::newRow("sure") << bullet << 8.0 << 0.0
                              << QStringLiteral("coding-demand/judged error «Kubernetes clusters»");
        QTest::newRow("likely") << bullet << 5.0 << 0.0
                                << QStringLiteral(
                                       "coding-demand/judged warning «Kubernetes clusters»");
        QTest::newRow("sure, but preferred")
            << bullet << 8.0 << 5.0
            << QStringLiteral("coding-demand/judged warning «Kubernetes clusters»");
        QTest::newRow("sure, but the clause says preferred")
            << QStringLiteral("# TPM\n- Kubernetes clusters preferred") << 8.0 << 0.0
            << QStringLiteral("coding-demand/judged warning «Kubernetes clusters preferred»");
        QTest::newRow("sure, but under a preferred heading")
            << QStringLiteral("# TPM\n## Nice to have\n- Kubernetes clusters") << 8.0 << 0.0
            << QStringLiteral("coding-demand/judged warning «Kubernetes clusters»");
    }

    void model_judgedClause_isAnErrorOnlyWhenTheModelIsSure()
    {
        QFETCH(QString, text);
        QFETCH(double, weight);
        QFETCH(double, preferredWeight);
        QFETCH(QString, expected);
        const auto rules =
            withModel(modelPack({{QStringLiteral("w:kubernete"), weight}}, -4.0, preferredWeight));
        QCOMPARE(findingsOf(text, rules), QStringList{expected});
    }

    void model_unsureClause_isOnlyAHint_data()
    {
        QTest::addColumn<QByteArray>("thresholds");
        QTest::addColumn<double>("weight");
        QTest::addColumn<QStringList>("expected");
        // With the bias of -4 a weight of 3.5 gives a demand probability of 0.38, 2 gives 0.12.
        const QByteArray hints = "\"keepThreshold\": 0.2, \"hintThreshold\": 0.3";
        QTest::newRow("unsure, above the hint threshold")
            << hints << 3.5
            << QStringList{QStringLiteral("coding-demand/possible info «Kubernetes clusters»")};
        QTest::newRow("below the hint threshold") << hints << 2.0 << QStringList{};
        QTest::newRow("a model that never flags alone still hints")
            << hints + ", \"threshold\": 1" << 3.5
            << QStringList{QStringLiteral("coding-demand/possible info «Kubernetes clusters»")};
        QTest::newRow("a pack without a hint threshold")
            << QByteArray("\"keepThreshold\": 0.2") << 3.5 << QStringList{};
    }

    void model_unsureClause_isOnlyAHint()
    {
        QFETCH(QByteArray, thresholds);
        QFETCH(double, weight);
        QFETCH(QStringList, expected);
        QByteArray pack = modelPack({{QStringLiteral("w:kubernete"), weight}});
        if (thresholds.contains("\"threshold\": 1"))
            pack.replace("\"threshold\": 0.5, ", "");
        const auto rules = withModel(pack.replace("\"keepThreshold\": 0.2", thresholds));
        const QString text = QStringLiteral("# TPM\n- Kubernetes clusters");
        const Analysis analysis = Analyzer(rules).analyze(text);
        QCOMPARE(describeFindings(text, analysis), expected);
        if (expected.isEmpty())
            return;
        const Finding &hint = analysis.findings.first();
        QCOMPARE(hint.message, QStringLiteral("Worth a second look: Judged a coding demand"));
        QVERIFY(rules->isHint(hint));
        // A hint offers no rewrite, so "Fix all" and --fix leave its clause alone.
        QVERIFY(hint.suggestions.isEmpty());
    }

    void model_familyWithAThresholdOfItsOwn_isFlaggedOnlyFromIt_data()
    {
        QTest::addColumn<QByteArray>("threshold");
        QTest::addColumn<double>("weight");
        QTest::addColumn<QStringList>("expected");
        // With the bias of -4 a weight of 5 gives a demand probability of 0.73 and 8 one of
        // 0.98; the model's own threshold is 0.5 and its hints start at 0.3.
        const QString hint = QStringLiteral("coding-demand/possible info «Kubernetes clusters»");
        QTest::newRow("the model's threshold")
            << QByteArray() << 5.0
            << QStringList{QStringLiteral("coding-demand/judged warning «Kubernetes clusters»")};
        QTest::newRow("below the family's") << QByteArray("0.9") << 5.0 << QStringList{hint};
        QTest::newRow("above the family's")
            << QByteArray("0.9") << 8.0
            << QStringList{QStringLiteral("coding-demand/judged error «Kubernetes clusters»")};
        // A weight of 30 gives a probability that rounds to 1: still never flagged.
        QTest::newRow("a family never flagged alone")
            << QByteArray("1") << 30.0 << QStringList{hint};
    }

    void model_familyWithAThresholdOfItsOwn_isFlaggedOnlyFromIt()
    {
        QFETCH(QByteArray, threshold);
        QFETCH(double, weight);
        QFETCH(QStringList, expected);
        QByteArray pack = modelPack({{QStringLiteral("w:kubernete"), weight}})
                              .replace("\"keepThreshold\": 0.2",
                                       "\"keepThreshold\": 0.2, \"hintThreshold\": 0.3");
        if (!threshold.isEmpty())
            pack.replace("\"suggestions\": [\"Understanding of {segment}\"]",
                         "\"suggestions\": [\"Understanding of {segment}\"], \"threshold\": " +
                             threshold);
        QCOMPARE(findingsOf(QStringLiteral("# TPM\n- Kubernetes clusters"), withModel(pack)),
                 expected);
    }

    void model_hint_hidesNoOtherFinding()
    {
        // A Bachelor's degree with no equivalent is the requirements check's warning; the hint
        // covering its clause leaves it in place.
        const auto rules =
            withModel(modelPack({{QStringLiteral("w:kubernete"), 3.5}})
                          .replace("\"keepThreshold\": 0.2",
                                   "\"keepThreshold\": 0.2, \"hintThreshold\": 0.3"));
        const QString text = QStringLiteral("# TPM\n## Requirements\n- Kubernetes clusters and a "
                                            "Bachelor's degree in Computer Science");
        const Analysis analysis = Analyzer(rules).analyze(text);
        QStringList rulesFound;
        for (const Finding &finding : analysis.findings)
            rulesFound.append(finding.ruleId);
        QVERIFY2(rulesFound.contains(QStringLiteral("coding-demand/possible")),
                 qPrintable(rulesFound.join(u' ')));
        QVERIFY2(rulesFound.contains(QStringLiteral("requirements/degree-without-equivalent")),
                 qPrintable(rulesFound.join(u' ')));
    }

    void builtinModel_leavesAManagersClauseAlone_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a negation")
            << QStringLiteral(
                   "This is not a coding role, but you need to be credible with engineers")
            << QStringList{};
        QTest::newRow("diving into technical details is understanding them")
            << QStringLiteral(
                   "Hands-on mindset with the ability to dive into technical details when needed")
            << QStringList{};
        QTest::newRow("persuasive writing is no code, at most worth a second look")
            << QStringLiteral("Writing: you are proficient in creative and persuasive writing")
            << QStringList{QStringLiteral("execution-duty/possible info «Writing: you are "
                                          "proficient in creative and persuasive writing»")};
        // The model judged "Experience with Java is not required" an error.
        QTest::newRow("a technology the posting waives")
            << QStringLiteral("Experience with Java is not required") << QStringList{};
        QTest::newRow("reading dashboards")
            << QStringLiteral("Comfortable reading dashboards in Datadog and Grafana")
            << QStringList{};
        QTest::newRow("plans for software projects")
            << QStringLiteral("3-5 years experience developing, maintaining and scaling software "
                              "project plans")
            << QStringList{};
        QTest::newRow("the program's own dashboards")
            << QStringLiteral("Establish program metrics and build status dashboards in Jira")
            << QStringList{};
        QTest::newRow("another subject")
            << QStringLiteral("The team develops backend services in Go and deploys them")
            << QStringList{};
        QTest::newRow("a passive with its agent")
            << QStringLiteral("Report on dashboards built by the analytics team") << QStringList{};
        QTest::newRow("teams that do the work, past a lead verb")
            << QStringLiteral("Coordinate the teams that build our ML training systems")
            << QStringList{};
        QTest::newRow("a program led")
            << QStringLiteral("Drive the Oracle database upgrade program across every region")
            << QStringList{};
        QTest::newRow("quality metrics are the program's")
            << QStringLiteral("Track code coverage and defect trends across the squads")
            << QStringList{};
        QTest::newRow("consensus is built with people")
            << QStringLiteral("Build consensus on the technical approach across teams")
            << QStringList{};
        QTest::newRow("a project's scope after a participle")
            << QStringLiteral("Lead projects refreshing enterprise infrastructure across every "
                              "site, covering storage, backup, directory services and server "
                              "patching")
            << QStringList{};
        QTest::newRow("an initiative's scope")
            << QStringLiteral("Lead initiatives modernising the branch network, from cabling and "
                              "wireless to firmware patching and on-call handover")
            << QStringList{};
        QTest::newRow("but not the TPM's own routine")
            << QStringLiteral("Lead sprint planning and write code")
            << QStringList{QStringLiteral("execution-duty/engineering-routine error «write code»")};
        // The scope of the work led lists the team's work, as "manage the development of …".
        QTest::newRow("development activities led, with their scope")
            << QStringLiteral("Oversee development activities including coding, testing and "
                              "deploying software")
            << QStringList{};
        QTest::newRow("development tasks managed, with examples")
            << QStringLiteral("Manage software development tasks such as coding, debugging and "
                              "code reviews")
            << QStringList{};
        QTest::newRow("tasks led, named by untagged words, after another verb")
            << QStringLiteral("Use your domain knowledge to oversee engineering tasks associated "
                              "with debugging and designing databases")
            << QStringList{QStringLiteral(
                   "execution-duty/possible info «Use your domain knowledge to oversee "
                   "engineering tasks associated with debugging and designing databases»")};
        QTest::newRow("the same work as the TPM's own")
            << QStringLiteral("Use your domain knowledge when debugging and designing databases")
            << QStringList{QStringLiteral(
                   "execution-duty/builds-data-work error «debugging and designing databases»")};
        QTest::newRow("hands-on work asks for more than leading")
            << QStringLiteral("Lead hands-on work including coding in Java")
            << QStringList{QStringLiteral(
                   "coding-demand/hands-on-with error «hands-on work including coding»")};
        QTest::newRow("the TPM's own code, with its scope")
            << QStringLiteral("Lead sprint planning and write code including unit tests")
            << QStringList{QStringLiteral(
                   "execution-duty/engineering-routine error «write code including unit tests»")};
        // A program's scope is the program's work: only a hint to check.
        QTest::newRow("a project's scope in a background")
            << QStringLiteral("Background in project management on data projects including "
                              "deploying data warehouses on Azure")
            << QStringList{QStringLiteral(
                   "execution-duty/possible info «Background in project management on data "
                   "projects including deploying data warehouses on Azure»")};
        QTest::newRow("a migration's scope")
            << QStringLiteral("Experience with cloud migrations involving building Kubernetes "
                              "clusters")
            << QStringList{
                   QStringLiteral("execution-duty/possible info «Experience with cloud migrations "
                                  "involving building Kubernetes clusters»")};
        QTest::newRow("work before a project's examples is the TPM's")
            << QStringLiteral("Build ETL pipelines in Python for projects such as the billing "
                              "migration")
            << QStringList{
                   QStringLiteral("execution-duty/builds-data-work error «Build ETL pipelines»")};
        QTest::newRow("a scope after work that is not the object led")
            << QStringLiteral("Drive quality by writing code including unit tests")
            << QStringList{QStringLiteral("execution-duty/possible info «Drive quality by writing "
                                          "code including unit tests»")};
        QTest::newRow("hands-on work before the scope asks for more")
            << QStringLiteral("Lead hands-on Python work including coding")
            << QStringList{QStringLiteral("coding-demand/hands-on-with error «hands-on Python»")};
        QTest::newRow("a program's relative clause, not a team's description")
            << QStringLiteral("Lead migrations that deploy services to Kubernetes")
            << QStringList{};
        // Experience leading a team: what follows the team describes whom the TPM leads.
        QTest::newRow("years in words, managing teams")
            << QStringLiteral("At least 5 years managing teams working in Go") << QStringList{};
        QTest::newRow("experience in managing teams")
            << QStringLiteral("Experience in managing teams skilled in Java and Kubernetes")
            << QStringList{};
        QTest::newRow("a team only a preposition keeps from being led")
            << QStringLiteral("Lead within the team hands-on Java development")
            << QStringList{QStringLiteral("coding-demand/hands-on-with error «hands-on Java»")};
        QTest::newRow("leading a team of skilled developers")
            << QStringLiteral("Experience leading a team of developers skilled in Java and Python")
            << QStringList{};
        QTest::newRow("leading teams that work in a stack")
            << QStringLiteral("Experience leading engineering teams working in Java, Go and "
                              "Kubernetes")
            << QStringList{};
        QTest::newRow("years managing a team of skill sets")
            << QStringLiteral("5+ years of experience managing a team comprised of C++, Java and "
                              "SQL skill sets")
            << QStringList{};
        QTest::newRow("leading a team and coding too")
            << QStringLiteral("Experience leading a team and writing Python code")
            << QStringList{
                   QStringLiteral("execution-duty/hands-on-code-work error «writing Python code»")};
        QTest::newRow("a language before the team")
            << QStringLiteral("Experience in Java, leading a team of developers")
            << QStringList{
                   QStringLiteral("coding-demand/experience-with-code error «Experience in Java»")};
        QTest::newRow("a team after a preposition is not led")
            << QStringLiteral("Lead hands-on Python scripting within the team")
            << QStringList{
                   QStringLiteral("coding-demand/hands-on-with error «hands-on Python scripting»")};
    }

    void builtinModel_leavesAManagersClauseAlone()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        QCOMPARE(findingsOf(QStringLiteral("# TPM\n## Responsibilities\n- ") + line), expected);
    }

    void model_withThresholdOne_neverFlagsAClauseOnItsOwn()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("w:kubernete"), 50.0}})
                                         .replace("\"threshold\": 0.5", "\"threshold\": 1"));
        QCOMPARE(Analyzer(rules).analyze(u"# TPM\n- Kubernetes clusters at scale").findings.size(),
                 0);
    }

    void model_flagsAloneOnlyClausesNamingAJudgedClass()
    {
        const auto rules = withModel(
            modelPack({{QStringLiteral("w:haskell"), 8.0}, {QStringLiteral("w:sprint"), 8.0}})
                .replace("\"outputs\"", "\"judges\": [\"tech.language\"], \"outputs\""));
        const QString text = QStringLiteral("# TPM\n- Haskell services at scale\n- Run sprints");
        QCOMPARE(
            findingsOf(text, rules),
            QStringList{QStringLiteral("coding-demand/judged error «Haskell services at scale»")});
    }

    void model_neverFlagsAloneAClauseAskingOnlyToUnderstand()
    {
        // In this pack an adjective of quality ("clean") stands for the cues asking for more.
        const auto rules = withModel(
            modelPack({{QStringLiteral("w:haskell"), 8.0}})
                .replace("\"outputs\"", "\"literacy\": [\"cue.soft\"], \"beyondLiteracy\": "
                                        "[\"mod.quality\"], \"outputs\""));
        const QString text = QStringLiteral("# TPM\n- Understanding of Haskell services\n"
                                            "- Understanding of clean Haskell services\n"
                                            "- Haskell services at scale");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{QStringLiteral("coding-demand/judged error «Understanding of clean "
                                             "Haskell services»"),
                              QStringLiteral("coding-demand/judged error «Haskell services at "
                                             "scale»")}));
    }

    void model_neverFlagsAloneAClauseAboutTheProgramsOwnObjects()
    {
        // "status dashboards" is a program object; in this pack an adjective of quality ("clean")
        // stands for the engineering objects.
        const auto rules = withModel(
            modelPack({{QStringLiteral("w:build"), 8.0}})
                .replace("\"outputs\"", "\"programObjects\": [\"obj.status\", \"obj.document\"], "
                                        "\"engineeringObjects\": [\"mod.quality\"], \"outputs\""));
        const QString text = QStringLiteral("# TPM\n- Build status dashboards for the program\n"
                                            "- Build reports and executive presentations\n"
                                            "- Build clean status dashboards\n"
                                            "- Build the release train");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{QStringLiteral("coding-demand/judged error «Build clean status "
                                             "dashboards»"),
                              QStringLiteral("coding-demand/judged error «Build the release "
                                             "train»")}));
    }

    void model_neverFlagsAloneWorkGivenToOthers()
    {
        const auto rules = withModel(
            modelPack({{QStringLiteral("w:haskell"), 8.0}, {QStringLiteral("w:mural"), 8.0}}));
        const QString text =
            QStringLiteral("# TPM\n- Review the Haskell services maintained by the platform team\n"
                           "- The platform team builds Haskell services\n"
                           "- Lead the teams that build Haskell services\n"
                           "- Track Haskell services led by the platform team\n"
                           "- Build the murals designed by the architects\n"
                           "- Keep Haskell services fast");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{QStringLiteral("coding-demand/judged error «Build the murals "
                                             "designed by the architects»"),
                              QStringLiteral("coding-demand/judged error «Keep Haskell services "
                                             "fast»")}));
    }

    void model_neverFlagsAloneAProgramItLeads()
    {
        const auto rules = withModel(
            modelPack({{QStringLiteral("w:haskell"), 8.0}, {QStringLiteral("w:mural"), 8.0}}));
        const QString text =
            QStringLiteral("# TPM\n- Drive the Haskell services upgrade program\n"
                           "- Lead the mural programs that build murals downtown\n"
                           "- Drive the Haskell services, and the upgrade program\n"
                           "- Drive the speed of the Haskell services in the upgrade program\n"
                           "- Drive the mural program and build the murals\n"
                           "- Deliver Haskell project features\n");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{QStringLiteral("coding-demand/judged error «Drive the Haskell "
                                             "services, and the upgrade program»"),
                              QStringLiteral("coding-demand/judged error «Drive the speed of the "
                                             "Haskell services in the upgrade program»"),
                              QStringLiteral("coding-demand/judged error «Drive the mural "
                                             "program and build the murals»"),
                              QStringLiteral("coding-demand/judged error «Deliver Haskell project "
                                             "features»")}));
    }

    void model_neverFlagsAloneAClauseOfferingProgramManagement()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("w:haskell"), 8.0}}));
        const QString text = QStringLiteral("# TPM\n- Haskell services or program management\n"
                                            "- Haskell services and program management");
        QCOMPARE(findingsOf(text, rules),
                 QStringList{QStringLiteral("coding-demand/judged error «Haskell services and "
                                            "program management»")});
    }

    void model_onlyHintsAtADegreeWithABusinessOption()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("w:haskell"), 8.0}}));
        const QString text =
            QStringLiteral("# TPM\n- Master's degree in Haskell Studies or Business\n"
                           "- Master's degree in Haskell Studies");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{QStringLiteral("coding-demand/possible info «Master's degree in "
                                             "Haskell Studies or Business»"),
                              QStringLiteral("coding-demand/judged error «Master's degree in "
                                             "Haskell Studies»")}));
    }

    void model_onlyHintsAtADegreeInNoTechnicalField()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("c:degree.advanced"), 8.0}}));
        const QString text = QStringLiteral("# TPM\n- Master's degree, or a related advanced "
                                            "degree\n- Master's degree in Haskell");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{QStringLiteral("coding-demand/possible info «Master's degree, or a "
                                             "related advanced degree»"),
                              QStringLiteral("coding-demand/judged error «Master's degree in "
                                             "Haskell»")}));
    }

    // A list of technologies and nothing else, outside a requirements section, is the company's
    // stack: the model only hints at it. Two names are no such list, and under a requirements
    // heading the rules flag it.
    void model_onlyHintsAtAStackListedOutsideRequirements()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("c:tech.language"), 8.0}}));
        const QString text = QStringLiteral(
            "# TPM\n\nGo, Rust, Kotlin, Elixir, Jira\n\nKotlin and Elixir\n\nGo, Rust, Kotlin, "
            "Jira, Confluence\n\nGo, Rust, Kotlin, expert\n\nRequirements:\n- Go, Rust, Kotlin, "
            "Elixir");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{
                     QStringLiteral("coding-demand/possible info «Go, Rust, Kotlin, Elixir, Jira»"),
                     QStringLiteral("coding-demand/judged error «Kotlin and Elixir»"),
                     QStringLiteral("coding-demand/judged error «Go, Rust, Kotlin, Jira, "
                                    "Confluence»"),
                     QStringLiteral("coding-demand/judged error «Go, Rust, Kotlin, expert»"),
                     QStringLiteral("coding-demand/required-technology-list error «Go, Rust, "
                                    "Kotlin, Elixir»")}));
    }

    // "Haskell projects": a technology right before a program names the program's kind, and
    // with no work in the clause the model only hints at it.
    void model_onlyHintsAtATechnologyThatNamesAProgramsKind()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("w:haskell"), 8.0}}));
        const QString text =
            QStringLiteral("# TPM\n- Years of experience in Haskell projects\n- Years of "
                           "experience writing code for Haskell projects\n- Years of experience "
                           "in Haskell\n- Years of experience in Haskell project features");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{QStringLiteral("coding-demand/possible info «Years of experience in "
                                             "Haskell projects»"),
                              QStringLiteral("coding-demand/judged error «Years of experience "
                                             "writing code for Haskell projects»"),
                              QStringLiteral("coding-demand/experience-using-language error "
                                             "«Years of experience in Haskell»"),
                              QStringLiteral("coding-demand/judged error «Years of experience in "
                                             "Haskell project features»")}));
    }

    // LABELLING.md: a role the TPM may have held among the options is met by a TPM as a TPM.
    void model_neverFlagsAloneAClauseThatOffersAManagersRole()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("w:haskell"), 8.0}}));
        const QString text = QStringLiteral("# TPM\n- Years as a program manager or Haskell "
                                            "lead\n- Years as a Haskell lead\n- Haskell "
                                            "tooling, with program managers or designers");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{
                     QStringLiteral("coding-demand/judged error «Years as a Haskell lead»"),
                     QStringLiteral("coding-demand/judged warning «Haskell tooling, with program "
                                    "managers or designers»")}));
    }

    // LABELLING.md: "hands-on program management" is no demand, whatever field it is in; a
    // technology asked for beside it still is.
    void model_neverFlagsAloneAClauseThatAsksForManagement()
    {
        const auto rules = withModel(
            modelPack({{QStringLiteral("w:design"), 8.0}, {QStringLiteral("w:haskell"), 8.0}}));
        const QString text =
            QStringLiteral("# TPM\n- Years of hands-on knowledge of project management in UX "
                           "design\n- Years of hands-on knowledge of UX design\n- Years of "
                           "experience in program management for Haskell design tools");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{QStringLiteral("coding-demand/judged error «Years of hands-on "
                                             "knowledge of UX design»"),
                              QStringLiteral("coding-demand/judged error «Years of experience in "
                                             "program management for Haskell design tools»")}));
    }

    // The work a team is led in is the team's: "Coordinate the development team in the coding
    // of …"; the TPM's own work beside the team is not.
    void model_workATeamIsLedInIsTheTeams()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("w:haskell"), 8.0}}));
        const QString text = QStringLiteral(
            "# TPM\n- Coordinate the development team in the coding, debugging and deploying of "
            "applications\n- Coordinate the development team and debug and deploy "
            "applications");
        QCOMPARE(findingsOf(text, rules),
                 QStringList{QStringLiteral(
                     "execution-duty/operates-systems error «deploy applications»")});
    }

    // "Oversee the testing of …": the work named as a noun is the team's, led by the TPM.
    void model_neverFlagsLeadingWorkNamedAsANoun()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("w:haskell"), 8.0}}));
        const QString text =
            QStringLiteral("# TPM\n- Oversee the testing and validation of Haskell services\n"
                           "- Oversee the testing of Haskell services and write the fixes\n"
                           "- Oversee the profiling of Haskell services using perf\n"
                           "- Test and validate Haskell services");
        QCOMPARE(findingsOf(text, rules),
                 (QStringList{QStringLiteral("execution-duty/hands-on-code-work error «write the "
                                             "fixes»"),
                              QStringLiteral("coding-demand/judged error «Oversee the profiling "
                                             "of Haskell services using perf»"),
                              QStringLiteral("execution-duty/owns-technology error «Test and "
                                             "validate Haskell»")}));
    }

    void model_judgesTwoJoinedDutiesWithoutTheWordsJoiningThem()
    {
        const auto rules = withModel(modelPack({{QStringLiteral("w:haskell"), 8.0}}));
        const QString text = QStringLiteral("# TPM\n- Keep Haskell services fast and also drive "
                                            "the sprints\n- Run the sprints and also build "
                                            "Haskell demos");
        QCOMPARE(
            findingsOf(text, rules),
            (QStringList{QStringLiteral("coding-demand/judged error «Keep Haskell services fast»"),
                         QStringLiteral("coding-demand/judged error «build Haskell demos»")}));
    }

    void model_namingAnUnknownClass_isABuildError_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("unknownClass");
        QTest::newRow("judges") << QStringLiteral("judges") << QStringLiteral("tech.nothing");
        QTest::newRow("literacy") << QStringLiteral("literacy") << QStringLiteral("cue.nothing");
        QTest::newRow("beyondLiteracy")
            << QStringLiteral("beyondLiteracy") << QStringLiteral("exp.nothing");
        QTest::newRow("programObjects")
            << QStringLiteral("programObjects") << QStringLiteral("obj.nothing");
        QTest::newRow("engineeringObjects")
            << QStringLiteral("engineeringObjects") << QStringLiteral("tech.nothing");
    }

    void model_namingAnUnknownClass_isABuildError()
    {
        QFETCH(QString, key);
        QFETCH(QString, unknownClass);
        const QByteArray classes =
            QStringLiteral("\"%1\": [\"%2\"], \"outputs\"").arg(key, unknownClass).toUtf8();
        const PackLoadResult loaded = parseRulePack(modelPack({}).replace("\"outputs\"", classes),
                                                    QStringLiteral("model.json"));
        QVERIFY(loaded.pack);
        QList<RulePack> packs = RuleSet::builtinPacks();
        packs.append(*loaded.pack);
        const RuleSet::BuildResult built = RuleSet::build(packs);
        QVERIFY(!built.rules);
        QCOMPARE(
            built.error.message,
            QStringLiteral("\"model\" names the unknown lexicon class \"%1\"").arg(unknownClass));
    }

    void model_overrulesARuleThatAllowsIt()
    {
        // "Experience with <platform>" is a demand in some contexts and generic platform
        // experience in others: the rule lets the model overrule it.
        const QString text = QStringLiteral("# TPM\n- Experience with Terraform");
        const QStringList matched{QStringLiteral(
            "coding-demand/experience-with-platform error «Experience with Terraform»")};
        QCOMPARE(findingsOf(text, builtinRulesWithoutModel()), matched);
        // Bias -4 alone gives 0.018, under the keep threshold of 0.2.
        QCOMPARE(findingsOf(text, withModel(modelPack({}))), QStringList{});
        QCOMPARE(findingsOf(text, withModel(modelPack({{QStringLiteral("w:terraform"), 3.0}}))),
                 matched);
    }

    void model_overrulesABareTechnologyListOnlyInProse()
    {
        const QString bullet =
            QStringLiteral("# TPM\n## Requirements\n- Kubernetes, Terraform and Docker");
        const QString prose =
            QStringLiteral("# TPM\n## Requirements\nKubernetes, Terraform and Docker.");
        const auto doubting = withModel(modelPack({}));
        QCOMPARE(findingsOf(bullet, doubting),
                 QStringList{QStringLiteral("coding-demand/required-technology-list error "
                                            "«Kubernetes, Terraform and Docker»")});
        QCOMPARE(findingsOf(prose, builtinRulesWithoutModel()).size(), 1);
        QCOMPARE(findingsOf(prose, doubting), QStringList{});
        // After a section's name and colon the list is an item of that section, as a bullet.
        const QString named = QStringLiteral("# TPM\nSkills: Kubernetes, Terraform and Docker.");
        QCOMPARE(findingsOf(named, doubting),
                 QStringList{QStringLiteral("coding-demand/required-technology-list error "
                                            "«Kubernetes, Terraform and Docker»")});
    }

    void model_neverOverrulesAnUnambiguousRule()
    {
        const QString text = QStringLiteral("# TPM\n- Expertise in Java\n- Write production code");
        const QStringList matched{
            QStringLiteral("coding-demand/expertise error «Expertise in Java»"),
            QStringLiteral("execution-duty/engineering-routine error «Write production code»")};
        QCOMPARE(findingsOf(text, builtinRulesWithoutModel()), matched);
        QCOMPARE(findingsOf(text, withModel(modelPack({}))), matched);
    }

    void builtinModel_keepsClearDemandsAndDropsGenericPlatformExperience_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("clear demands stay")
            << QStringLiteral("# Technical Project Manager\n## Requirements\n"
                              "- Hands-on Kubernetes and Terraform administration\n"
                              "- 5 years writing backend services in Go\n")
            << QStringList{
                   QStringLiteral("coding-demand/expertise error «Hands-on Kubernetes and "
                                  "Terraform»"),
                   QStringLiteral("coding-demand/years-of-development error «5 years writing "
                                  "backend services in Go»")};
        QTest::newRow("coordinating development is the TPM's job")
            << QStringLiteral("# Technical Project Manager\n## Responsibilities\n"
                              "- Coordinate the design and development of our mobile apps\n"
                              "- Experience with cloud platforms such as AWS\n")
            << QStringList{};
        QTest::newRow("a hands-on TPM is a manager")
            << QStringLiteral("# Technical Project Manager\n## Requirements\n"
                              "- We are looking for hands-on TPMs with expertise and passion for "
                              "solving hard problems across every area of cloud software "
                              "engineering.\n")
            << QStringList{};
        QTest::newRow("the teams involved in the work do it")
            << QStringLiteral("# Technical Project Manager\n## Requirements\n"
                              "- Lead software development projects in our main programming "
                              "languages, and sway teams involved in designing, developing, "
                              "testing, deploying, maintaining and enhancing the apps.\n")
            << QStringList{};
    }

    void builtinModel_keepsClearDemandsAndDropsGenericPlatformExperience()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(findingsOf(text), expected);
    }

    // Keeping the clauses (training dumps, rolelens-eval) takes the judge's full path for every
    // clause; analysis without them skips the model where it cannot change a finding. Both
    // must find the same.
    void judge_findsTheSameWhetherItKeepsTheClauses()
    {
        QFile file(QStringLiteral(ROLELENS_SOURCE_DIR "/resources/samples/sample-posting.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const Analyzer analyzer;
        const Analysis dropped = analyzer.analyze(text, Analyzer::DropClauses);
        const Analysis kept = analyzer.analyze(text, Analyzer::KeepClauses);
        QVERIFY(!dropped.findings.isEmpty());
        QVERIFY(!kept.clauses.isEmpty());
        QCOMPARE(kept.findings, dropped.findings);
    }

    void builtinModel_offersAnExecutionDutyOfItsOwnOnlyAsAHint()
    {
        // The built-in model finds this duty likely (0.87), and would flag a coding demand as
        // sure as that; an execution duty it finds on its own is only a hint.
        const QString line =
            QStringLiteral("Support the deployment of the analytics code and QA, troubleshoot "
                           "as needed");
        QCOMPARE(findingsOf(QStringLiteral("# TPM\n## Responsibilities\n- ") + line),
                 QStringList{QStringLiteral("execution-duty/possible info «%1»").arg(line)});
    }

    void model_disabledJudgedRule_isNotReported()
    {
        const PackLoadResult loaded = parseRulePack(
            modelPack({{QStringLiteral("w:kubernete"), 8.0}}), QStringLiteral("model.json"));
        QVERIFY(loaded.pack);
        QList<RulePack> packs = RuleSet::builtinPacks();
        packs.append(*loaded.pack);
        const auto built = RuleSet::build(packs, {QStringLiteral("coding-demand/judged")});
        QVERIFY(built.rules);
        QCOMPARE(Analyzer(built.rules).analyze(u"# TPM\n- Kubernetes clusters").findings.size(), 0);
    }

    void modelPack_withBadParts_isRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QByteArray good = modelPack({{QStringLiteral("w:go"), 1.0}});
        QTest::newRow("threshold out of range")
            << QByteArray(good).replace("\"threshold\": 0.5", "\"threshold\": 1.5")
            << QStringLiteral("\"threshold\" must be a number above 0 and at most 1");
        QTest::newRow("hint threshold above the threshold")
            << QByteArray(good).replace("\"keepThreshold\": 0.2",
                                        "\"keepThreshold\": 0.2, \"hintThreshold\": 0.6")
            << QStringLiteral("\"hintThreshold\" must be a number above 0 and at most "
                              "\"threshold\"");
        const QByteArray codingTexts = "\"suggestions\": [\"Understanding of {segment}\"]";
        QTest::newRow("a family's threshold below the model's")
            << QByteArray(good).replace(codingTexts, codingTexts + ", \"threshold\": 0.4")
            << QStringLiteral("the model's finding \"coding-demand\": \"threshold\" must be a "
                              "number from the model's \"threshold\" (0.5) to 1");
        QTest::newRow("a family's threshold above 1")
            << QByteArray(good).replace(codingTexts, codingTexts + ", \"threshold\": 1.2")
            << QStringLiteral("the model's finding \"coding-demand\": \"threshold\" must be a "
                              "number from the model's \"threshold\" (0.5) to 1");
        QTest::newRow("outputs in another order")
            << QByteArray(good).replace("\"demand\", \"coding-demand\"",
                                        "\"coding-demand\", \"demand\"")
            << QStringLiteral("\"outputs\" must be demand, coding-demand, execution-duty, "
                              "credential, combined-role, preferred, keep");
        QTest::newRow("a weight row too short")
            << QByteArray(good).replace("[1, 0, 0, 0, 0, 0, 1]", "[1, 0]")
            << QStringLiteral("feature \"w:go\" must be a list of 7 numbers");
        QTest::newRow("a family's texts missing")
            << QByteArray(good).replace("\"credential\": {\"message\": \"Judged a degree\", "
                                        "\"rationale\": \"Why.\"},",
                                        "")
            << QStringLiteral("the model's finding \"credential\" must be an object");
    }

    void modelPack_withBadParts_isRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const PackLoadResult loaded = parseRulePack(json, QStringLiteral("model.json"));
        QVERIFY(!loaded.pack);
        QVERIFY2(loaded.error.toString().endsWith(problem), qPrintable(loaded.error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestClauseModel)
#include "tst_clausemodel.moc"
