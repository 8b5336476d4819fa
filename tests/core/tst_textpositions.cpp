#include "textpositions.h"

#include <QTest>

using namespace rolelens;

class TestTextPositions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void at_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("codePoint");

        const QString mixed = QStringLiteral("🚀a\r\nZ🚀b\nc");
        QTest::newRow("start") << mixed << 0 << 1 << 1 << 0;
        QTest::newRow("after emoji") << mixed << 2 << 1 << 2 << 1;
        QTest::newRow("second line") << mixed << 5 << 2 << 1 << 4;
        QTest::newRow("after emoji on second line") << mixed << 8 << 2 << 3 << 6;
        QTest::newRow("third line") << mixed << 10 << 3 << 1 << 8;
        QTest::newRow("end of text") << mixed << 11 << 3 << 2 << 9;
    }

    void at()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, codePoint);
        const TextPositions positions(text);
        const auto where = positions.at(utf16);
        QCOMPARE(where.line, line);
        QCOMPARE(where.column, column);
        QCOMPARE(where.codePoint, qsizetype(codePoint));
    }

    void codePoints_countsSurrogatePairsOnce()
    {
        const QString text = QStringLiteral("a🤯🫡b");
        const TextPositions positions(text);
        QCOMPARE(positions.codePoints(0, text.size()), qsizetype(4));
        QCOMPARE(positions.codePoints(1, 4), qsizetype(2));
    }
};

QTEST_GUILESS_MAIN(TestTextPositions)
#include "tst_textpositions.moc"
