#include "text/textpositions.h"

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

    void utf16Offset_isTheInverseOfAt_data()
    {
        QTest::addColumn<int>("codePoint");
        QTest::addColumn<int>("utf16");

        QTest::newRow("start") << 0 << 0;
        QTest::newRow("after emoji") << 1 << 2;
        QTest::newRow("second line") << 4 << 5;
        QTest::newRow("after emoji on second line") << 6 << 8;
        QTest::newRow("third line") << 8 << 10;
        QTest::newRow("end of text") << 9 << 11;
        QTest::newRow("past the end") << 10 << -1;
        QTest::newRow("negative") << -1 << -1;
    }

    void utf16Offset_isTheInverseOfAt()
    {
        QFETCH(int, codePoint);
        QFETCH(int, utf16);
        const TextPositions positions(QStringLiteral("🚀a\r\nZ🚀b\nc"));
        QCOMPARE(positions.utf16Offset(codePoint), qsizetype(utf16));
        if (utf16 >= 0)
            QCOMPARE(positions.at(utf16).codePoint, qsizetype(codePoint));
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
