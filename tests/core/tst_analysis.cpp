#include "engine/analyzer.h"
#include "support/describefindings.h"
#include "support/rulesonly.h"

#include <QFile>
#include <QTest>

using namespace rolelens;

Q_DECLARE_METATYPE(rolelens::Verdict)
Q_DECLARE_METATYPE(rolelens::Role)

namespace {
QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QStringList presentTopics(const Analysis &analysis)
{
    QStringList out;
    for (const TopicCoverage &topic : analysis.coverage) {
        if (topic.present)
            out.append(topic.id);
    }
    return out;
}
} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private:
    const Analyzer m_analyzer;
    // The verdicts follow the strength of what the rules match; the model's share is measured
    // on real postings by tst_corpuseval and rolelens-eval.
    const Analyzer m_rulesOnly{builtinRulesWithoutModel()};

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("role");

        QTest::newRow("good posting") << QStringLiteral("01-good-tpm-platform.md")
                                      << QStringLiteral("ok") << QStringLiteral("manager");
        QTest::newRow("backend developer in disguise")
            << QStringLiteral("02-misclassified-backend-tpm.md") << QStringLiteral("misclassified")
            << QStringLiteral("manager");
        QTest::newRow("data engineer in disguise")
            << QStringLiteral("03-misclassified-data-tpm.md") << QStringLiteral("misclassified")
            << QStringLiteral("manager");
        QTest::newRow("preferred only")
            << QStringLiteral("04-borderline-tpm.md") << QStringLiteral("borderline")
            << QStringLiteral("manager");
        QTest::newRow("combined role")
            << QStringLiteral("05-combined-role.md") << QStringLiteral("misclassified")
            << QStringLiteral("manager");
        QTest::newRow("hype alone stays ok")
            << QStringLiteral("06-hype-ok.md") << QStringLiteral("ok") << QStringLiteral("manager");
        QTest::newRow("negated coding")
            << QStringLiteral("07-negated.md") << QStringLiteral("ok") << QStringLiteral("manager");
        QTest::newRow("must-have list")
            << QStringLiteral("08-heading-inherit.md") << QStringLiteral("misclassified")
            << QStringLiteral("manager");
        QTest::newRow("developer posting") << QStringLiteral("09-developer-backend.md")
                                           << QStringLiteral("ok") << QStringLiteral("developer");
        QTest::newRow("mobile developer posting")
            << QStringLiteral("10-developer-mobile.md") << QStringLiteral("ok")
            << QStringLiteral("developer");
    }

    void verdicts()
    {
        QFETCH(QString, file);
        QFETCH(QString, verdict);
        QFETCH(QString, role);
        const Analysis analysis = m_rulesOnly.analyze(
            readFile(QStringLiteral(ROLELENS_TEST_DATA "/corpus/postings/") + file));
        QCOMPARE(verdictName(analysis.verdict), verdict);
        QCOMPARE(roleName(analysis.role), role);
    }

    void goodPosting_coversEveryTopicWithoutFindings()
    {
        const QString text =
            readFile(QStringLiteral(ROLELENS_TEST_DATA "/corpus/postings/01-good-tpm-platform.md"));
        const Analysis analysis = m_analyzer.analyze(text);
        QCOMPARE(describeFindings(text, analysis), QStringList{});
        QVERIFY(analysis.missingTopics().isEmpty());
        QCOMPARE(analysis.score, 100);
        QCOMPARE(analysis.balance.leadership, 100);
        QCOMPARE(analysis.balance.execution, 0);
    }

    void coverage_namesWhatIsMissing()
    {
        const Analysis analysis =
            m_analyzer.analyze(u"# Technical Project Manager\nRun Scrum ceremonies and manage "
                               u"risks with stakeholders.");
        QCOMPARE(presentTopics(analysis), (QStringList{QStringLiteral("risk-management"),
                                                       QStringLiteral("stakeholder-communication"),
                                                       QStringLiteral("agile-delivery")}));
        QCOMPARE(analysis.coverage.size(), 9);
        const QList<TopicCoverage> missing = analysis.missingTopics();
        QCOMPARE(missing.size(), 6);
        QCOMPARE(missing.first().id, QStringLiteral("sprint-timeline"));
        QCOMPARE(missing.first().snippet,
                 QStringLiteral("Plan sprints, milestones and release timelines, and clear the "
                                "blockers that threaten them."));
    }

    void score_isExplainedByItsItems()
    {
        const Analysis analysis = m_analyzer.analyze(
            u"# Technical Project Manager\nExpertise in Java. Expertise in Go. #Hiring");
        QCOMPARE(analysis.verdict, Verdict::Misclassified); // a demand needs no long posting
        // Penalties: 2 errors x 18 + 1 info x 2 + 9 missing topics x 3 = 65; 100 x 100 / 165
        QCOMPARE(analysis.score, 61);
        QCOMPARE(analysis.wordCount, 10); // "#Hiring" counts as a word
        int penalty = 0;
        for (const ScoreItem &item : analysis.scoreItems)
            penalty -= item.delta;
        QCOMPARE(penalty, 65);
        QCOMPARE(analysis.scoreItems.first().label, QStringLiteral("2 coding-demand errors"));
        QCOMPARE(analysis.scoreItems.first().delta, -36);
        QCOMPARE(analysis.balance.leadership, 0);
        QCOMPARE(analysis.balance.execution, 100);
    }

    void balance_weighsLeadershipAgainstExecution()
    {
        // Leadership tags: Scrum, Jira, stakeholders = 3; one warning weighs 1.
        const Analysis analysis = m_analyzer.analyze(
            u"# TPM\nRun Scrum in Jira for stakeholders. Experience with Docker is a plus.");
        QCOMPARE(analysis.verdict, Verdict::Borderline); // the preferred tool is a warning
        QCOMPARE(analysis.balance.leadership, 75);
    }

    void score_risesWithEveryFixEvenOnABadDraft()
    {
        // Ten errors and every topic missing: a clamp would say 0 before and after a fix.
        QString text = QStringLiteral("# TPM\n");
        for (int i = 0; i < 10; ++i)
            text += QStringLiteral("- Expertise in Java\n");
        const int bad = m_analyzer.analyze(text).score;
        text.replace(text.lastIndexOf(QStringLiteral("Expertise")), 9,
                     QStringLiteral("Familiarity with"));
        const int fixedOnce = m_analyzer.analyze(text).score;
        QCOMPARE(bad, 33);       // penalty 10 x 18 + 9 x 3 = 207: 100 x 100 / 307
        QCOMPARE(fixedOnce, 35); // penalty 189: 100 x 100 / 289
    }

    void longPosting_getsAVerdict_shortOneDoesNot_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Verdict>("verdict");
        const QString lead = QStringLiteral(
            "# Technical Project Manager\nLead delivery across teams, keep stakeholders aligned, "
            "run sprint planning and track risks and dependencies to launch.\n");
        QTest::newRow("nineteen words without a demand")
            << QStringLiteral("# Technical Project Manager\nLead delivery across teams, keep "
                              "stakeholders aligned, "
                              "run sprint planning and track risks to launch.")
            << Verdict::None;
        QTest::newRow("leadership only") << lead << Verdict::Ok;
        QTest::newRow("a short demand")
            << QStringLiteral("# TPM\nExpertise in Java.") << Verdict::Misclassified;
        QTest::newRow("a required demand")
            << lead + QStringLiteral("- Expertise in Java.") << Verdict::Misclassified;
        QTest::newRow("a preferred demand")
            << lead + QStringLiteral("- Expertise in Java is a plus.") << Verdict::Borderline;
        QTest::newRow("a demand in a posting of unknown role")
            << QStringLiteral("# Acme Corp\nLead delivery across teams, keep stakeholders aligned, "
                              "run sprint planning and track risks and dependencies to launch.\n"
                              "- Expertise in Java.")
            << Verdict::Borderline;
    }

    void longPosting_getsAVerdict_shortOneDoesNot()
    {
        QFETCH(QString, text);
        QFETCH(Verdict, verdict);
        QCOMPARE(m_analyzer.analyze(text).verdict, verdict);
    }

    void role_isReadFromTheBodyWhenTheTitleNamesOnlyTheField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Role>("role");
        QTest::newRow("looking for a developer")
            << QStringLiteral("# Salesforce Development\nWe are looking for an experienced "
                              "Salesforce developer to join us.")
            << Role::Developer;
        QTest::newRow("seeking a project manager")
            << QStringLiteral("# Platform Delivery\nWe're seeking a technical project manager to "
                              "work with our engineers.")
            << Role::Manager;
        QTest::newRow("the title decides")
            << QStringLiteral("# Technical Program Manager\nWe are looking for a developer-minded "
                              "leader.")
            << Role::Manager;
        QTest::newRow("neither") << QStringLiteral("# Platform\nJoin a friendly team.")
                                 << Role::Unknown;
    }

    void role_isReadFromTheBodyWhenTheTitleNamesOnlyTheField()
    {
        QFETCH(QString, text);
        QFETCH(Role, role);
        QCOMPARE(m_analyzer.analyze(text).role, role);
    }

    void role_isTheTitlesHeadBeforeItsQualifier_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Role>("role");
        QTest::newRow("engineer, scrum master in brackets")
            << QStringLiteral("# Cloud Engineer (Scrum Master)\nJoin us.") << Role::Developer;
        QTest::newRow("engineer, scrum master after a comma")
            << QStringLiteral("# Cloud Engineer, Scrum Master\nJoin us.") << Role::Developer;
        QTest::newRow("engineer, scrum master after a spaced dash")
            << QStringLiteral("# Cloud Engineer \u2013 Scrum Master\nJoin us.") << Role::Developer;
        QTest::newRow("engineer, project manager after a bar")
            << QStringLiteral("# Automation Engineer | Project Manager\nJoin us.")
            << Role::Developer;
        QTest::newRow("a hyphen is no qualifier")
            << QStringLiteral("# Full-Stack Engineer (Scrum Master)\nJoin us.") << Role::Developer;
        QTest::newRow("a bullet's dash is no qualifier")
            << QStringLiteral("- Cloud Engineer (Scrum Master)\nJoin us.") << Role::Developer;
        QTest::newRow("manager, engineering after a comma")
            << QStringLiteral("# Technical Program Manager, Platform Engineering\nJoin us.")
            << Role::Manager;
        QTest::newRow("a SAFe release train engineer leads the train")
            << QStringLiteral("# Release Train Engineer\nJoin us.") << Role::Manager;
        QTest::newRow("a longer developer title")
            << QStringLiteral("# Senior Data Architect\nJoin us.") << Role::Developer;
        QTest::newRow("head names no role: the first part that does")
            << QStringLiteral("# Payments (Technical Program Manager)\nJoin us.") << Role::Manager;
        QTest::newRow("a rank first: the engineer after it, not the lead after that")
            << QStringLiteral(
                   "# Vice President - Principal Cloud Engineer - Delivery Lead\nJoin us.")
            << Role::Developer;
        QTest::newRow("a rank first: the manager after it")
            << QStringLiteral("# Vice President, Technical Program Manager - Developer Platform\n"
                              "Join us.")
            << Role::Manager;
    }

    void role_isTheTitlesHeadBeforeItsQualifier()
    {
        QFETCH(QString, text);
        QFETCH(Role, role);
        QCOMPARE(m_analyzer.analyze(text).role, role);
    }

    void emptyText_hasNoVerdictYet()
    {
        const Analysis analysis = m_analyzer.analyze(u"");
        QCOMPARE(analysis.verdict, Verdict::None);
        QCOMPARE(analysis.role, Role::Unknown);
        QCOMPARE(analysis.missingTopics().size(), 9);
        QCOMPARE(analysis.balance.leadership, 50);
    }

    void analysisWork_growsLinearlyWithTheText()
    {
        // One run-on sentence of demands is the worst case for the per-sentence matching.
        const auto steps = [this](int repetitions) {
            const QString text =
                QStringLiteral("# TPM\n") +
                QStringLiteral("Expertise in Java, Python and AWS and ").repeated(repetitions);
            const Analysis analysis = m_analyzer.analyze(text);
            if (analysis.findings.isEmpty())
                qFatal("the demands were not found");
            return double(analysis.matchSteps);
        };
        const double small = steps(1000);
        const double large = steps(10000);
        QVERIFY(small > 1000);
        // Ten times the text: linear work is ten times as much; quadratic, a hundred.
        QVERIFY2(large / small < 10.5, qPrintable(QStringLiteral("ratio %1").arg(large / small)));
    }

    void incremental_reanalysesOnlyChangedParagraphs()
    {
        IncrementalAnalyzer incremental;
        QString text =
            QStringLiteral("# TPM\n\nExpertise in Java.\n\nRun Scrum.\n\nManage risks.\n");
        const Analysis first = incremental.analyze(text);
        QCOMPARE(incremental.lastMisses(),
                 5); // each distinct paragraph once; blank ones share an entry
        text.replace(QStringLiteral("Run Scrum."), QStringLiteral("Run Kanban."));
        const Analysis second = incremental.analyze(text);
        QCOMPARE(incremental.lastMisses(), 1);
        QCOMPARE(second.findings, first.findings);
        QCOMPARE(second.findings.first().start, qsizetype(7));
        // Typing above a finding moves it; the cached result is reused at its new place.
        text.prepend(QStringLiteral("Intro.\n"));
        const Analysis third = incremental.analyze(text);
        QCOMPARE(incremental.lastMisses(), 1);
        QCOMPARE(third.findings.first().start, qsizetype(14));
        QCOMPARE(third.findings, m_analyzer.analyze(text).findings);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
