// BaselineComparison: what changed since an earlier version.
#include "engine/analyzer.h"
#include "review/baseline.h"
#include "review/review.h"
#include "review/reviewfile.h"
#include "rules/rulepack.h"
#include "rules/ruleset.h"
#include "support/files.h"
#include "support/reviewdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace rolelens;

class TestBaseline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseline_comparesByRuleAndText_data()
    {
        QTest::addColumn<QString>("beforeText");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QString>("afterText");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("fixed");
        QTest::addColumn<int>("newErrors");

        const auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out.append(QString::fromUtf8(item));
            return out;
        };
        QTest::newRow("added") << QStringLiteral("Java.") << list({"a:Java"})
                               << QStringLiteral("Java. Go.") << list({"a:Java", "b:Go"})
                               << list({"b@6:Go"}) << list({}) << 1;
        QTest::newRow("added warning is no new error")
            << QStringLiteral("Java.") << list({"a:Java"}) << QStringLiteral("Java. Go.")
            << list({"a:Java", "warn:Go"}) << list({"warn@6:Go"}) << list({}) << 0;
        QTest::newRow("fixed") << QStringLiteral("Java. Go.") << list({"a:Java", "b:Go"})
                               << QStringLiteral("Go.") << list({"b:Go"}) << list({})
                               << list({"a@0:Java"}) << 0;
        QTest::newRow("moved, recased and respaced")
            << QStringLiteral("Java. Go  Lang.") << list({"a:Java", "b:Go  Lang"})
            << QStringLiteral("go\nlang first, then JAVA.") << list({"b:go\nlang", "a:JAVA"})
            << list({}) << list({}) << 0;
        QTest::newRow("same text, other rule")
            << QStringLiteral("Java.") << list({"a:Java"}) << QStringLiteral("Java.")
            << list({"b:Java"}) << list({"b@0:Java"}) << list({"a@0:Java"}) << 1;
        QTest::newRow("two before, one after")
            << QStringLiteral("Java, Java.") << list({"a:Java", "a:Java"})
            << QStringLiteral("Java.") << list({"a:Java"}) << list({}) << list({"a@6:Java"}) << 0;
        QTest::newRow("one before, three after")
            << QStringLiteral("Java.") << list({"a:Java"}) << QStringLiteral("Java, Java, Java.")
            << list({"a:Java", "a:Java", "a:Java"}) << list({"a@6:Java", "a@12:Java"}) << list({})
            << 2;
    }

    void baseline_comparesByRuleAndText()
    {
        QFETCH(QString, beforeText);
        QFETCH(QStringList, before);
        QFETCH(QString, afterText);
        QFETCH(QStringList, after);
        QFETCH(QStringList, added);
        QFETCH(QStringList, fixed);
        QFETCH(int, newErrors);
        // "rule:text" is a finding of that rule on the next occurrence of the text; rules
        // named "warn" are warnings, the others errors.
        const auto analysisOf = [](const QString &text, const QStringList &specs) {
            Analysis analysis;
            qsizetype from = 0;
            for (const QString &spec : specs) {
                const QString rule = spec.section(QLatin1Char(':'), 0, 0);
                const QString needle = spec.section(QLatin1Char(':'), 1);
                const qsizetype start = text.indexOf(needle, from);
                analysis.findings.append(
                    finding(rule, start, needle.size(),
                            rule == QLatin1String("warn") ? Severity::Warning : Severity::Error));
                from = start + needle.size();
            }
            return analysis;
        };
        const BaselineComparison comparison = compareWithBaseline(
            analysisOf(beforeText, before), beforeText, analysisOf(afterText, after), afterText);
        QCOMPARE(describe(comparison.added, afterText), added);
        QCOMPARE(describe(comparison.fixed, beforeText), fixed);
        // The added errors are what --baseline fails on (at the default --fail-on).
        QCOMPARE(std::count_if(comparison.added.cbegin(), comparison.added.cend(),
                               [](const Finding &f) { return f.severity == Severity::Error; }),
                 qsizetype(newErrors));
    }

    void baseline_keepsScoresAndVerdicts()
    {
        Analysis before;
        before.score = 33;
        before.verdict = Verdict::Misclassified;
        Analysis after;
        after.score = 91;
        after.verdict = Verdict::Borderline;
        const BaselineComparison comparison = compareWithBaseline(before, {}, after, {});
        QCOMPARE(comparison.scoreBefore, 33);
        QCOMPARE(comparison.scoreAfter, 91);
        QCOMPARE(comparison.verdictBefore, Verdict::Misclassified);
        QCOMPARE(comparison.verdictAfter, Verdict::Borderline);
        QVERIFY(comparison.added.isEmpty());
        QVERIFY(comparison.fixed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBaseline)
#include "tst_baseline.moc"
