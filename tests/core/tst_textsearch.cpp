#include "edits/textsearch.h"

#include <QTest>

using namespace rolelens;

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<QList<qsizetype>>("starts");
        const QString text = QStringLiteral("Scrum, scrum master, SCRUMS and Scrum_Ban.");
        QTest::newRow("any case") << text << QStringLiteral("scrum") << false << false
                                  << QList<qsizetype>{0, 7, 21, 32};
        QTest::newRow("match case")
            << text << QStringLiteral("scrum") << true << false << QList<qsizetype>{7};
        QTest::newRow("whole words: not inside SCRUMS or Scrum_Ban")
            << text << QStringLiteral("scrum") << false << true << QList<qsizetype>{0, 7};
        QTest::newRow("whole words look past a part-word match")
            << QStringLiteral("concat cat") << QStringLiteral("cat") << false << true
            << QList<qsizetype>{7};
        QTest::newRow("no overlaps") << QStringLiteral("aaaa") << QStringLiteral("aa") << false
                                     << false << QList<qsizetype>{0, 2};
        QTest::newRow("accented letters are word characters")
            << QStringLiteral("caf\u00e9 cafe") << QStringLiteral("caf") << false << true
            << QList<qsizetype>{};
        QTest::newRow("a phrase across punctuation")
            << QStringLiteral("CI/CD and ci/cd") << QStringLiteral("CI/CD") << false << true
            << QList<qsizetype>{0, 10};
        QTest::newRow("empty needle") << text << QString() << false << false << QList<qsizetype>{};
    }
    void findMatches()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(bool, matchCase);
        QFETCH(bool, wholeWords);
        QFETCH(QList<qsizetype>, starts);
        QCOMPARE(rolelens::findMatches(text, needle, {matchCase, wholeWords}), starts);
    }

    void replaceAllEdits_replaceEachMatch()
    {
        const QString text = QStringLiteral("Use Jira. jira boards, Jira.");
        const QList<TextEdit> edits =
            replaceAllEdits(text, QStringLiteral("jira"), QStringLiteral("Linear"), {});
        QCOMPARE(edits.size(), qsizetype(3));
        QCOMPARE(edits[1].start, qsizetype(10));
        QCOMPARE(edits[1].length, qsizetype(4));
        QCOMPARE(applyEdits(text, edits), QStringLiteral("Use Linear. Linear boards, Linear."));
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
