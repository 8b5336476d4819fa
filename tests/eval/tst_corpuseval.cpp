#include "eval/corpusevaluation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rolelens;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}
} // namespace

class TestCorpusEval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoring_followsTheCorpusRules()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("postings")));
        writeFile(dir.filePath(QStringLiteral("postings/a.md")),
                  "# Technical Project Manager\n- Expertise in Java.\n- Familiarity with AWS.\n- "
                  "Manage risks.\n");
        writeFile(dir.filePath(QStringLiteral("postings/b.md")),
                  "# Software Engineer\n- Proficiency in Go.\n- Write production code.\n");
        writeFile(
            dir.filePath(QStringLiteral("labels.jsonl")),
            R"({"file": "a.md", "role": "tpm", "verdict": "misclassified", "coding_demands": ["Expertise in Java.", "Manage risks."], "acceptable_technical": ["Familiarity with AWS.", "Expertise in Java"]}
{"file": "b.md", "role": "developer", "verdict": "ok", "coding_demands": ["Proficiency in Go", "Write production code"], "acceptable_technical": []}
{"file": "c.md", "role": "tpm", "verdict": "ok", "coding_demands": [], "acceptable_technical": []}
)");
        const CorpusScore score = evaluateCorpus(Analyzer(), dir.path());
        QCOMPARE(score.recall.whole, 2); // demands of TPM postings only
        QCOMPARE(score.recall.part, 1);  // "Manage risks." is not a demand the rules find
        QCOMPARE(score.misses, QStringList{QStringLiteral("a.md: [?/?] Manage risks.")});
        QCOMPARE(score.acceptableFlagged.whole, 2);
        QCOMPARE(score.acceptableFlagged.part, 1);
        QCOMPARE(score.falseFlags, QStringList{QStringLiteral("a.md: Expertise in Java")});
        QCOMPARE(score.verdictBinary.whole, 1);
        QCOMPARE(score.verdictBinary.part, 1);
        QCOMPARE(score.verdictExact.part, 1);
        QCOMPARE(score.developersNotMisclassified.whole, 1);
        QCOMPARE(score.developersNotMisclassified.part, 1);
        QCOMPARE(score.problems.size(), 1); // c.md does not exist
        QVERIFY(score.problems.first().startsWith(QStringLiteral("c.md: ")));
    }

    void foldOf_splitsLikeTheCorpusScorer_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("folds");
        QTest::addColumn<int>("fold");
        // Expected values from score.py's int(sha256(name).hexdigest(), 16) % K.
        QTest::newRow("a.md of 5") << QStringLiteral("a.md") << 5 << 1;
        QTest::newRow("b.md of 5") << QStringLiteral("b.md") << 5 << 0;
        QTest::newRow("posting-17.txt of 5") << QStringLiteral("posting-17.txt") << 5 << 2;
        QTest::newRow("posting-17.txt of 7") << QStringLiteral("posting-17.txt") << 7 << 3;
        QTest::newRow("tpm.md of 2") << QStringLiteral("tpm.md") << 2 << 0;
    }

    void foldOf_splitsLikeTheCorpusScorer()
    {
        QFETCH(QString, file);
        QFETCH(int, folds);
        QFETCH(int, fold);
        QCOMPARE(FoldSelection::foldOf(file, folds), fold);
        QVERIFY((FoldSelection{fold, folds, false}).includes(file));
        QVERIFY(!(FoldSelection{fold, folds, true}).includes(file));
        QVERIFY((FoldSelection{}).includes(file));
    }

    void scoring_countsPrecisionAndStrengthsOfV2Labels()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("postings")));
        writeFile(dir.filePath(QStringLiteral("postings/a.md")),
                  "# Technical Project Manager\n- Expertise in Java.\n- Write production code.\n"
                  "- Coordinate releases.\n");
        writeFile(
            dir.filePath(QStringLiteral("labels.jsonl")),
            R"({"file": "a.md", "role": "tpm", "verdict": "misclassified", "demands": [{"text": "Expertise in Java.", "family": "coding-demand", "strength": "required"}, {"text": "Coordinate releases", "family": "execution-duty", "strength": "preferred"}], "acceptable": []}
)");
        const CorpusScore score = evaluateCorpus(Analyzer(), dir.path());
        QVERIFY2(score.problems.isEmpty(), qPrintable(score.problems.join(u'\n')));
        QCOMPARE(score.recall.part, 1);
        QCOMPARE(score.recall.whole, 2);
        QCOMPARE(score.recallBy.value(QStringLiteral("family:coding-demand")).part, 1);
        QCOMPARE(score.recallBy.value(QStringLiteral("strength:preferred")).part, 0);
        QCOMPARE(score.recallBy.value(QStringLiteral("strength:preferred")).whole, 1);
        // "Write production code" is flagged but not labelled: one flag outside the demands.
        QCOMPARE(score.precision.part, 1);
        QCOMPARE(score.precision.whole, 2);
        QCOMPARE(score.outsideFlags,
                 QStringList{QStringLiteral(
                     "a.md: [execution-duty/engineering-routine] Write production code")});
        QCOMPARE(score.misses, QStringList{QStringLiteral(
                                   "a.md: [execution-duty/preferred] Coordinate releases")});
    }

    void projectCorpus_meetsTheTargets()
    {
        const CorpusScore score =
            evaluateCorpus(Analyzer(), QStringLiteral(ROLELENS_TEST_DATA "/corpus"));
        QVERIFY2(score.problems.isEmpty(), qPrintable(score.problems.join(QLatin1Char('\n'))));
        QCOMPARE(score.recall.whole, 119);
        QVERIFY2(score.recall.value() >= 0.85, qPrintable(score.misses.join(QLatin1Char('\n'))));
        QVERIFY2(score.precision.value() >= 0.90,
                 qPrintable(score.outsideFlags.join(QLatin1Char('\n'))));
        QVERIFY2(score.acceptableFlagged.value() <= 0.05,
                 qPrintable(score.falseFlags.join(QLatin1Char('\n'))));
        QCOMPARE(score.verdictExact.whole, 37);
        QVERIFY2(score.verdictBinary.value() >= 0.85 && score.verdictExact.value() >= 0.85,
                 qPrintable(score.wrongVerdicts.join(QLatin1Char('\n'))));
        QCOMPARE(score.developersNotMisclassified.value(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestCorpusEval)
#include "tst_corpuseval.moc"
