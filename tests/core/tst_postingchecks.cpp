#include "engine/analyzer.h"
#include "rules/codedwords.h"
#include "support/describefindings.h"
#include "support/rulesonly.h"

#include <QTest>

using namespace rolelens;

namespace {

// A short posting around \a body: a title and a pay range, so that only what \a body adds is
// reported.
QString posting(const QString &body, const QString &title = QStringLiteral("Project Manager"))
{
    return QStringLiteral("# %1\n\nPay: $120,000\u2013$150,000 per year.\n\n%2\n").arg(title, body);
}

// The posting-check findings of \a text.
QStringList checks(const Analyzer &analyzer, const QString &text)
{
    return describeFindings(text, analyzer.analyze(text), Described::PostingChecksOnly);
}

QString items(int count, const QString &prefix = QStringLiteral("- Leads planning round "))
{
    QString out = QStringLiteral("## Requirements\n");
    for (int i = 1; i <= count; ++i)
        out += prefix + QString::number(i) + QLatin1Char('\n');
    return out;
}

} // namespace

class TestPostingChecks : public QObject
{
    Q_OBJECT

private:
    const Analyzer m_analyzer{builtinRulesWithoutModel()};

private Q_SLOTS:
    // Each check on text written for the project, and the senses and shapes it must leave
    // alone, with exact spans.
    void findings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QString &text, const QStringList &expected) {
            QTest::newRow(name) << text << expected;
        };
        row("masculine-coded words with alternatives",
            posting(QStringLiteral("We want an aggressive, dominant rockstar.")),
            {QStringLiteral("inclusive/masculine-coded info «aggressive»"),
             QStringLiteral("inclusive/masculine-coded info «dominant»")});
        row("technical senses are no coded words",
            posting(QStringLiteral("You manage dependencies and lead time, track analytics, keep "
                                   "a decision log and review each git commit in SharePoint. "
                                   "Individual contributors report competencies.")),
            {});
        row("coded words without alternatives are counted, not reported",
            posting(QStringLiteral("You lead and support the team with understanding.")), {});
        row("a stem matches whole words only",
            posting(QStringLiteral("We encourage courageous ideas.")),
            {QStringLiteral("inclusive/masculine-coded info «courageous»")});
        row("a hyphenated coded word", posting(QStringLiteral("You are self-reliant.")),
            {QStringLiteral("inclusive/masculine-coded info «self-reliant»")});
        // Autonomy is a technology in robotics and AI postings: counted, never reported.
        row("autonomy", posting(QStringLiteral("Ship autonomous agents and work with autonomy.")),
            {});
        row("a master schedule is no degree",
            posting(QStringLiteral("- Keep the integrated master schedule current")), {});
        row("years asked only as a plus",
            posting(QStringLiteral("## Nice to have\n- 15+ years of experience in delivery")), {});
        row("the company's years",
            posting(QStringLiteral("We bring more than 30 years of investing experience.")), {});
        row("a project's value is no pay",
            posting(QStringLiteral("Our projects range from \u00a3100k to \u00a3400k+ in value.")),
            {});
        row("age-coded phrases",
            posting(QStringLiteral("We are a young and dynamic team hiring recent graduates and "
                                   "digital natives.")),
            {QStringLiteral("inclusive/age-young info «young and dynamic»"),
             QStringLiteral("inclusive/age-graduate info «recent graduates»"),
             QStringLiteral("inclusive/age-digital-native info «digital natives»")});
        row("physical demands",
            posting(QStringLiteral("You must lift 50 pounds and stand for long periods.")),
            {QStringLiteral("inclusive/physical-demand info «lift 50 pounds»"),
             QStringLiteral("inclusive/physical-demand info «stand for long periods»")});
        row("native speaker", posting(QStringLiteral("Native English speaker.")),
            {QStringLiteral("inclusive/native-speaker info «Native English speaker»")});
        row("pay history is an error",
            posting(QStringLiteral("Please tell us your current salary.")),
            {QStringLiteral("pay/history error «current salary»")});
        row("a promise not to ask about pay history",
            posting(QStringLiteral("We never ask about salary history.")), {});
        row("the current salary range of the role",
            posting(QStringLiteral("The current salary range is shown above.")), {});
        row("degree without equivalent experience",
            posting(QStringLiteral("- Bachelor's degree in Business")),
            {QStringLiteral("requirements/degree-without-equivalent warning «Bachelor's degree»")});
        row("an engineering degree a role rule flags",
            posting(QStringLiteral("- Master's degree in Computer Science")), {});
        row("degree with equivalent experience",
            posting(QStringLiteral("- Bachelor's degree or equivalent experience")), {});
        row("degree and/or equivalent experience",
            posting(QStringLiteral("- Bachelor's degree and/or equivalent experience")), {});
        row("degree only preferred", posting(QStringLiteral("- Bachelor's degree preferred")), {});
        row("ten years for a title that is not senior",
            posting(QStringLiteral("- 10+ years of experience in delivery")),
            {QStringLiteral("requirements/years-for-level warning «10+ years»")});
        row("ten years for a senior title",
            posting(QStringLiteral("- 10+ years of experience in delivery"),
                    QStringLiteral("Senior Project Manager")),
            {});
        row("fifteen years for any title",
            posting(QStringLiteral("- 15 years of experience in delivery"),
                    QStringLiteral("Senior Project Manager")),
            {QStringLiteral("requirements/years-any-title warning «15 years»")});
        row("years that are no experience",
            posting(QStringLiteral("We have served customers for 20 years.")), {});
        row("fourteen must-haves", posting(items(14)),
            {QStringLiteral("requirements/too-many-must-haves warning «Requirements»")});
        row("ten must-haves are fine", posting(items(10)), {});
        row("items under a lead-in that asks for experience are must-haves",
            posting(QStringLiteral("Experience with:\n") +
                    items(14, QStringLiteral("- Leading rollout ")).sliced(16)),
            {QStringLiteral("requirements/too-many-must-haves warning «Experience with:»")});
        row("items marked as a plus are no must-haves",
            posting(items(6) + items(6, QStringLiteral("- A plus: planning round "))), {});
        row("many named technologies",
            posting(QStringLiteral("## Requirements\n- Java\n- Kubernetes\n- Terraform\n- "
                                   "PostgreSQL\n")),
            {QStringLiteral("requirements/many-technologies warning «Requirements»")});
        row("alternatives name one technology",
            posting(QStringLiteral("## Requirements\n- Java, Go or Rust\n- Kubernetes or "
                                   "Terraform\n")),
            {});
        row("a placeholder", posting(QStringLiteral("Join [Company] in [City].")),
            {QStringLiteral("structure/placeholder warning «[Company]»"),
             QStringLiteral("structure/placeholder warning «[City]»")});
        row("a wall of prose",
            posting(QStringLiteral("You will plan the work with the squads and keep every "
                                   "stakeholder informed. ")
                        .repeated(10)),
            {QStringLiteral("structure/short info «Project Manager»"),
             QStringLiteral("structure/few-bullets info «Project Manager»")});
        row("a long posting",
            posting(QStringLiteral("- Plan the quarter with the squads\n").repeated(120)),
            {QStringLiteral("structure/long info «Project Manager»")});
        row("data-driven is no coded word", posting(QStringLiteral("We are a data-driven team.")),
            {});
        row("a placeholder figure", posting(QStringLiteral("Pay: $XX,XXX per year.")),
            {QStringLiteral("structure/placeholder warning «$XX,XXX»")});
        row("years glued to their number",
            posting(QStringLiteral("- 15yrs of experience in delivery")),
            {QStringLiteral("requirements/years-any-title warning «15yrs»")});
        row("brackets that are no placeholders",
            posting(QStringLiteral("[Nice-to-have] skills, see [the guide](https://example.com) "
                                   "or write to [email removed].")),
            {});
    }
    void findings()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(checks(m_analyzer, text), expected);
    }

    // Without a jurisdiction the pay checks inform; with one whose law asks for a range, its
    // absence is an error that names the law; a range satisfies it.
    void pay_dependsOnTheJurisdiction_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString vague =
            QStringLiteral("# Project Manager\n\nWe offer a competitive salary.\n");
        QTest::newRow("no jurisdiction")
            << QString() << vague
            << QStringList{QStringLiteral("pay/vague info «competitive salary»")};
        QTest::newRow("NYC") << QStringLiteral("NYC") << vague
                             << QStringList{QStringLiteral("pay/vague error «competitive salary»")};
        QTest::newRow("EU asks less")
            << QStringLiteral("eu") << vague
            << QStringList{QStringLiteral("pay/vague warning «competitive salary»")};
        QTest::newRow("NYC, a range")
            << QStringLiteral("NYC")
            << QStringLiteral("# Project Manager\n\nWe offer a competitive salary of "
                              "$120,000\u2013$150,000 per year.\n")
            << QStringList{};
        QTest::newRow("NYC, per-year figures joined by to")
            << QStringLiteral("NYC")
            << QStringLiteral("# Project Manager\n\n$90,000/year to $101,000/year.\n")
            << QStringList{};
        QTest::newRow("NYC, nothing about pay")
            << QStringLiteral("NYC") << QStringLiteral("# Project Manager\n\nLead delivery.\n")
            << QStringList{QStringLiteral("pay/no-range-required error «Project Manager»")};
        QTest::newRow("no jurisdiction, a draft of a few lines")
            << QString() << QStringLiteral("# Project Manager\n\nLead delivery.\n")
            << QStringList{};
        QTest::newRow("no jurisdiction, a posting without pay")
            << QString()
            << QStringLiteral("# Project Manager\n\n") +
                   QStringLiteral("- Lead delivery with the squads.\n").repeated(20)
            << QStringList{QStringLiteral("pay/no-range info «Project Manager»"),
                           QStringLiteral("structure/short info «Project Manager»")};
        QTest::newRow("CA, up to")
            << QStringLiteral("CA") << QStringLiteral("# Project Manager\n\nPay up to $150,000.\n")
            << QStringList{QStringLiteral("pay/open-ended error «up to $150,000»")};
        QTest::newRow("CA, X+") << QStringLiteral("CA")
                                << QStringLiteral("# Project Manager\n\nPay: $150k+ a year.\n")
                                << QStringList{QStringLiteral("pay/open-ended error «$150k+»")};
        QTest::newRow("a wide range")
            << QString()
            << QStringLiteral("# Project Manager\n\nPay: $80,000 - $200,000 per year.\n")
            << QStringList{QStringLiteral("pay/wide-range info «$80,000 - $200,000»")};
        QTest::newRow("two amounts side by side are a range")
            << QStringLiteral("NYC")
            << QStringLiteral(
                   "# Project Manager\n\nBase salary: $127,500.00 $176,200.00 per year.\n")
            << QStringList{};
        // Each sign a pay range may be told by: a currency code, the euro and the pound sign.
        QTest::newRow("a range in a currency code, with a wide span")
            << QString()
            << QStringLiteral("# Project Manager\n\nPay: USD 80,000 - 200,000 per year.\n")
            << QStringList{QStringLiteral("pay/wide-range info «USD 80,000 - 200,000»")};
        QTest::newRow("a range in euros, with a wide span")
            << QString()
            << QStringLiteral("# Project Manager\n\nPay: \u20ac80,000 - \u20ac200,000 per year.\n")
            << QStringList{QStringLiteral("pay/wide-range info «\u20ac80,000 - \u20ac200,000»")};
        QTest::newRow("a range in pounds, with a wide span")
            << QString()
            << QStringLiteral("# Project Manager\n\nPay: \u00a380,000 - \u00a3200,000 per year.\n")
            << QStringList{QStringLiteral("pay/wide-range info «\u00a380,000 - \u00a3200,000»")};
        QTest::newRow("a range without its unit")
            << QString() << QStringLiteral("# Project Manager\n\nPay: $80,000 - $100,000.\n")
            << QStringList{QStringLiteral("pay/range-without-unit info «$80,000 - $100,000»")};
        QTest::newRow("CO asks for benefits and how to apply")
            << QStringLiteral("CO")
            << QStringLiteral("# Project Manager\n\nPay: $80,000 - $100,000 per year.\n")
            << QStringList{QStringLiteral("pay/no-benefits warning «Project Manager»"),
                           QStringLiteral("structure/no-how-to-apply warning «Project Manager»")};
        QTest::newRow("CO, both given")
            << QStringLiteral("CO")
            << QStringLiteral("# Project Manager\n\nPay: $80,000 - $100,000 per year, with "
                              "health insurance. Apply by 1 May on our site.\n")
            << QStringList{};
    }
    void pay_dependsOnTheJurisdiction()
    {
        QFETCH(QString, jurisdiction);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        Analyzer analyzer(builtinRulesWithoutModel());
        analyzer.setJurisdiction(jurisdiction);
        QCOMPARE(checks(analyzer, text), expected);
        const Analysis analysis = analyzer.analyze(text);
        if (!jurisdiction.isEmpty() && !expected.isEmpty() &&
            expected.first().contains(QLatin1String(" error ")))
            QVERIFY(analysis.findings.first().rationale.contains(
                analyzer.rules().jurisdiction(jurisdiction)->law));
    }

    // The posting checks never move the TPM-fit score or the verdict.
    void checks_leaveScoreAndVerdictAlone()
    {
        const QString text =
            QStringLiteral(
                "# Project Manager\n\nWe offer a competitive salary to an aggressive, dominant "
                "rockstar at [Company].\n\n## Requirements\n- Expertise in Java and AWS\n- Please "
                "state your current salary\n") +
            items(14).mid(16);
        QList<RulePack> packs = RuleSet::builtinPacks();
        for (RulePack &pack : packs)
            pack.model.reset();
        Analyzer with(RuleSet::build(packs).rules);
        with.setJurisdiction(QStringLiteral("NYC"));
        packs.removeIf([](const RulePack &pack) { return pack.name.startsWith(u"checks-"); });
        const Analyzer without(RuleSet::build(packs).rules);
        const Analysis checked = with.analyze(text);
        const Analysis plain = without.analyze(text);
        QVERIFY(
            std::count_if(checked.findings.cbegin(), checked.findings.cend(), [](const Finding &f) {
                return isPostingCheckCategory(f.category);
            }) >= 5);
        QCOMPARE(checked.score, plain.score);
        QCOMPARE(checked.verdict, plain.verdict);
        QCOMPARE(checked.scoreItems.size(), plain.scoreItems.size());
        QCOMPARE(checked.balance.leadership, plain.balance.leadership);
    }

    // Gaucher et al. report coded words per 100 words; the analysis counts both lists.
    void codedWords_areCountedPer100Words()
    {
        const QString text = QStringLiteral("We are ambitious, we lead and we support each other "
                                            "with warmth.");
        const Analysis analysis = m_analyzer.analyze(text);
        QCOMPARE(analysis.wordCount, 12);
        QCOMPARE(analysis.masculineCoded, 2); // ambitious, lead
        QCOMPARE(analysis.feminineCoded, 2);  // support, warmth
        QCOMPARE(analysis.codedPer100Words(true), 100.0 * 2 / 12);

        // Technical senses count for neither list.
        const Analysis technical = m_analyzer.analyze(
            u"Manage dependencies and lead time, read the analytics and each git commit.");
        QCOMPARE(technical.masculineCoded, 0);
        QCOMPARE(technical.feminineCoded, 0);
    }

    // A stem with no letters would match no word: the pack is refused with a message.
    void codedWords_aBareStarIsAnError()
    {
        const PackLoadResult pack = parseRulePack(
            R"({"pack": "team", "postingChecks": {"codedWords": {"masculine": ["*"]}}})",
            QStringLiteral("team.json"));
        QVERIFY(!pack.pack);
        QVERIFY2(pack.error.toString().contains(QStringLiteral("has an empty word")),
                 qPrintable(pack.error.toString()));
    }

    // A jurisdiction a team pack adds can ask for an equal-opportunity statement.
    void eeo_whereTheJurisdictionAsksForIt()
    {
        QList<RulePack> packs = RuleSet::builtinPacks();
        PackLoadResult team = parseRulePack(
            R"({"pack": "team", "postingChecks": {"jurisdictions": [{"id": "HQ",
                "name": "Our HQ", "law": "our hiring policy", "range": "info", "eeo": true}]}})",
            QStringLiteral("team.json"));
        QVERIFY2(team.pack, qPrintable(team.error.toString()));
        packs.append(*team.pack);
        Analyzer analyzer(RuleSet::build(packs).rules);
        analyzer.setJurisdiction(QStringLiteral("HQ"));
        QCOMPARE(checks(analyzer, posting(QStringLiteral("Lead delivery."))),
                 QStringList{QStringLiteral("structure/no-eeo info «Project Manager»")});
        QCOMPARE(checks(analyzer, posting(QStringLiteral("We are an equal opportunity employer."))),
                 QStringList{});
    }

    // Disabled like any rule: the finding goes, the rest stays.
    void checkFindings_canBeDisabled()
    {
        QList<RulePack> packs = RuleSet::builtinPacks();
        for (RulePack &pack : packs)
            pack.model.reset();
        const Analyzer analyzer(
            RuleSet::build(packs, {QStringLiteral("structure/placeholder")}).rules);
        QCOMPARE(checks(analyzer, posting(QStringLiteral("Join [Company] as an aggressive lead."))),
                 QStringList{QStringLiteral("inclusive/masculine-coded info «aggressive»")});
    }
};

QTEST_MAIN(TestPostingChecks)
#include "tst_postingchecks.moc"
