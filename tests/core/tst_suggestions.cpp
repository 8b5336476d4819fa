#include "edits/textedits.h"
#include "engine/analyzer.h"

#include <QTest>

using namespace rolelens;

class TestSuggestions : public QObject
{
    Q_OBJECT

private:
    const Analyzer m_analyzer;

    Finding onlyFinding(const QString &text)
    {
        const Analysis analysis = m_analyzer.analyze(text);
        if (analysis.findings.size() != 1)
            qWarning() << "findings:" << analysis.findings.size();
        return analysis.findings.value(0);
    }

private Q_SLOTS:
    void suggestions_keepCapturedWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("firstSuggestion");

        QTest::newRow("technology list stays in the rewrite")
            << QStringLiteral("A TPM with expertise in Java, Python, and AWS.")
            << QStringLiteral(
                   "working understanding of software concepts (such as Java, Python, and AWS) to "
                   "communicate with engineering teams and assess technical risk");
        QTest::newRow("at the start of a bullet the rewrite is capitalised")
            << QStringLiteral("- Proficiency in Go and Kubernetes")
            << QStringLiteral(
                   "Working understanding of software concepts (such as Go and Kubernetes) to "
                   "communicate with engineering teams and assess technical risk");
        QTest::newRow("years and technology are both kept")
            << QStringLiteral("7+ years developing in C++.")
            << QStringLiteral("7+ years of experience leading technical projects that involve C++");
        QTest::newRow("degree field is kept")
            << QStringLiteral("Requires a PhD in Computer Science.")
            << QStringLiteral("degree in Computer Science or equivalent experience leading "
                              "technical projects");
        QTest::newRow("object of developer work is lowercased, acronyms kept")
            << QStringLiteral("- Debug Services and APIs")
            << QStringLiteral(
                   "Coordinate the delivery of services and APIs with the engineering team");
        QTest::newRow("combined title keeps the manager part")
            << QStringLiteral("Hiring a Technical Project Manager / Senior Developer.")
            << QStringLiteral("Technical Project Manager");
        QTest::newRow("hashtags are removed") << QStringLiteral("#Urgent #Hiring") << QString();
    }

    void suggestions_keepCapturedWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, firstSuggestion);
        const Finding finding = onlyFinding(text);
        QVERIFY(!finding.suggestions.isEmpty());
        QCOMPARE(finding.suggestions.first(), firstSuggestion);
    }

    void editFor_emptySuggestionTakesTheSpaceAlong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("expected");

        QTest::newRow("word mid-line")
            << QStringLiteral("a rockstar TPM") << 2 << 8 << QStringLiteral("a TPM");
        QTest::newRow("at the end of a line")
            << QStringLiteral("TPM 🚀\nnext") << 4 << 2 << QStringLiteral("TPM\nnext");
        QTest::newRow("leading hashtags and their dash")
            << QStringLiteral("#Urgent #Hiring – TPM") << 0 << 15 << QStringLiteral("TPM");
    }

    void editFor_emptySuggestionTakesTheSpaceAlong()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(QString, expected);
        Finding finding;
        finding.start = start;
        finding.length = length;
        QCOMPARE(applyEdits(text, {editFor(text, finding, QString())}), expected);
    }

    void firstSuggestionEdits_skipOverlapsAndFindingsWithoutSuggestions()
    {
        const QString text = QStringLiteral("0123456789");
        Finding a;
        a.start = 2;
        a.length = 4;
        a.suggestions = {QStringLiteral("A")};
        Finding overlapping = a;
        overlapping.start = 4;
        overlapping.suggestions = {QStringLiteral("B")};
        Finding none;
        none.start = 0;
        none.length = 1;
        Finding last;
        last.start = 8;
        last.length = 1;
        last.suggestions = {QStringLiteral("C")};
        const QList<TextEdit> edits = firstSuggestionEdits(text, {last, overlapping, none, a});
        QCOMPARE(edits.size(), 2);
        QCOMPARE(applyEdits(text, edits), QStringLiteral("01A67C9"));
    }

    // A misspelled lower-case word is corrected automatically; a capitalised one (a company
    // or product name) or a correction that splits the word is only suggested.
    void isAutoFixable_spellingOnlyForPlainWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("suggestion");
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("fixable");
        QTest::newRow("lower-case word") << QStringLiteral("recieve") << QStringLiteral("receive")
                                         << int(Category::Spelling) << true;
        QTest::newRow("capitalised name")
            << QStringLiteral("Lumengrove") << QStringLiteral("Lumengroves")
            << int(Category::Spelling) << false;
        QTest::newRow("split in two")
            << QStringLiteral("lumengrove") << QStringLiteral("lumen grove")
            << int(Category::Spelling) << false;
        QTest::newRow("hyphenated") << QStringLiteral("crossteam") << QStringLiteral("cross-team")
                                    << int(Category::Spelling) << false;
        QTest::newRow("a rule's rewrite of a capitalised span")
            << QStringLiteral("Expertise in Java") << QStringLiteral("Familiarity with Java")
            << int(Category::CodingDemand) << true;
    }
    void isAutoFixable_spellingOnlyForPlainWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, suggestion);
        QFETCH(int, category);
        QFETCH(bool, fixable);
        Finding finding;
        finding.start = 0;
        finding.length = int(text.size());
        finding.category = Category(category);
        finding.suggestions = {suggestion};
        QCOMPARE(isAutoFixable(text, finding), fixable);
        QCOMPARE(firstSuggestionEdits(text, {finding}).size(), qsizetype(fixable ? 1 : 0));
    }

    void fixAll_articleExample()
    {
        const QString text =
            QStringLiteral("#Urgent #Hiring – Technical Project Manager with a Master’s degree in "
                           "Engineering and expertise in Java, Python, and AWS. 🤯🫡");
        const Analysis analysis = m_analyzer.analyze(text);
        QCOMPARE(
            applyEdits(text, firstSuggestionEdits(text, analysis.findings)),
            QStringLiteral("Technical Project Manager with a degree in Engineering or equivalent "
                           "experience leading technical projects and working understanding of "
                           "software concepts (such as Java, Python, and AWS) to communicate with "
                           "engineering teams and assess technical risk."));
    }
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
