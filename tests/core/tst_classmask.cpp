#include "rules/classmask.h"

#include <QTest>

using namespace rolelens;

class TestClassMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Item i's mask names classes i % 7 and 100 + i; a query finds exactly the items naming
    // one of its classes, across word boundaries of both the classes and the items.
    void maskIndex_findsTheItemsNamingAClass_data()
    {
        QTest::addColumn<int>("itemCount");
        QTest::addColumn<QList<int>>("classes");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("no class") << 70 << QList<int>{} << QList<int>{};
        QTest::newRow("a class no item names") << 70 << QList<int>{255} << QList<int>{};
        QTest::newRow("shared class, two words of items")
            << 70 << QList<int>{3} << QList<int>{3, 10, 17, 24, 31, 38, 45, 52, 59, 66};
        QTest::newRow("own classes in two words of classes")
            << 70 << QList<int>{100, 163, 164, 169} << QList<int>{0, 63, 64, 69};
        QTest::newRow("shared and own") << 9 << QList<int>{0, 108} << QList<int>{0, 7, 8};
        QTest::newRow("no items") << 0 << QList<int>{0, 100} << QList<int>{};
        QTest::newRow("exactly one word of items") << 64 << QList<int>{163} << QList<int>{63};
    }

    void maskIndex_findsTheItemsNamingAClass()
    {
        QFETCH(int, itemCount);
        QFETCH(QList<int>, classes);
        QFETCH(QList<int>, expected);
        QList<ClassMask> masks;
        for (int i = 0; i < itemCount; ++i)
            masks.append(ClassMask().set(std::size_t(i % 7)).set(std::size_t(100 + i)));
        ClassMask query;
        for (const int c : classes)
            query.set(std::size_t(c));
        const QVarLengthArray<quint64, 4> found = MaskIndex(masks).meeting(query.words());
        QList<int> items;
        for (int i = 0; i < int(found.size()) * 64; ++i) {
            if (found[i / 64] & (quint64(1) << (i % 64)))
                items.append(i);
        }
        QCOMPARE(items, expected);
    }
};

QTEST_GUILESS_MAIN(TestClassMask)
#include "tst_classmask.moc"
