#include "review/linediff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rolelens;

namespace {

// Each line of a script as "=old/new text", "-old text" or "+new text".
QStringList describe(const QList<DiffLine> &script)
{
    QStringList out;
    for (const DiffLine &line : script) {
        switch (line.kind) {
        case DiffLine::Same:
            out.append(
                QStringLiteral("=%1/%2 %3").arg(line.oldLine).arg(line.newLine).arg(line.text));
            break;
        case DiffLine::Removed:
            out.append(QStringLiteral("-%1 %2").arg(line.oldLine).arg(line.text));
            break;
        case DiffLine::Added:
            out.append(QStringLiteral("+%1 %2").arg(line.newLine).arg(line.text));
            break;
        }
    }
    return out;
}

// The lines of \a text as diffLines() splits it, joined with "\n".
QString normalized(const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    if (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

// Checks that \a script turns \a before into \a after: its Same and Removed lines read
// \a before, its Same and Added lines read \a after, each numbered 1, 2, 3, … in turn.
void verifyScript(const QList<DiffLine> &script, const QString &before, const QString &after)
{
    QStringList oldLines;
    QStringList newLines;
    for (const DiffLine &line : script) {
        QVERIFY(line.kind != DiffLine::Added || line.oldLine == -1);
        QVERIFY(line.kind != DiffLine::Removed || line.newLine == -1);
        if (line.kind != DiffLine::Added) {
            QCOMPARE(line.oldLine, oldLines.size() + 1);
            oldLines.append(line.text);
        }
        if (line.kind != DiffLine::Removed) {
            QCOMPARE(line.newLine, newLines.size() + 1);
            newLines.append(line.text);
        }
    }
    QCOMPARE(oldLines.join(u'\n'), normalized(before));
    QCOMPARE(newLines.join(u'\n'), normalized(after));
}

qsizetype countSame(const QList<DiffLine> &script)
{
    return std::count_if(script.cbegin(), script.cend(),
                         [](const DiffLine &line) { return line.kind == DiffLine::Same; });
}

// The length of the longest common subsequence of two line lists: the number of Same lines
// in a shortest script.
qsizetype longestCommon(const QStringList &a, const QStringList &b)
{
    QList<QList<qsizetype>> table(a.size() + 1, QList<qsizetype>(b.size() + 1, 0));
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1
                                               : std::max(table[i - 1][j], table[i][j - 1]);
    }
    return table[a.size()][b.size()];
}

// \a count lines drawn from a small alphabet, so that lines repeat and scripts are ambiguous.
QStringList randomLines(QRandomGenerator &random, int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines.append(QString(QChar(u'a' + random.bounded(4))));
    return lines;
}

// A posting of about \a bytes, each line different.
QString bigPosting(qsizetype bytes)
{
    QString text = QStringLiteral("# Technical Project Manager\n");
    for (int i = 0; text.size() < bytes; ++i)
        text += QStringLiteral("- Coordinate release %1 with the platform and data teams\n").arg(i);
    return text;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffLines_givesTheEditScript_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("script");

        const QString abc = QStringLiteral("a\nb\nc\n");
        QTest::newRow("identical")
            << abc << abc
            << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("=2/2 b"),
                           QStringLiteral("=3/3 c")};
        QTest::newRow("both empty") << QString() << QString() << QStringList{};
        QTest::newRow("before empty")
            << QString() << QStringLiteral("a\nb")
            << QStringList{QStringLiteral("+1 a"), QStringLiteral("+2 b")};
        QTest::newRow("after empty") << QStringLiteral("a\nb\n") << QString()
                                     << QStringList{QStringLiteral("-1 a"), QStringLiteral("-2 b")};
        QTest::newRow("insert at start")
            << QStringLiteral("b\nc\n") << abc
            << QStringList{QStringLiteral("+1 a"), QStringLiteral("=1/2 b"),
                           QStringLiteral("=2/3 c")};
        QTest::newRow("insert in the middle")
            << QStringLiteral("a\nc\n") << abc
            << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("+2 b"),
                           QStringLiteral("=2/3 c")};
        QTest::newRow("insert at end")
            << QStringLiteral("a\nb\n") << abc
            << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("=2/2 b"),
                           QStringLiteral("+3 c")};
        QTest::newRow("delete") << abc << QStringLiteral("a\nc\n")
                                << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("-2 b"),
                                               QStringLiteral("=3/2 c")};
        QTest::newRow("replace one line")
            << abc << QStringLiteral("a\nx\nc\n")
            << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("-2 b"), QStringLiteral("+2 x"),
                           QStringLiteral("=3/3 c")};
        QTest::newRow("replace two lines by three, removals first")
            << QStringLiteral("a\nb\nc\nd\n") << QStringLiteral("a\nx\ny\nz\nd\n")
            << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("-2 b"), QStringLiteral("-3 c"),
                           QStringLiteral("+2 x"),   QStringLiteral("+3 y"), QStringLiteral("+4 z"),
                           QStringLiteral("=4/5 d")};
        QTest::newRow("two separate changes")
            << QStringLiteral("a\nb\nc\nd\ne") << QStringLiteral("a\nB\nc\nD\ne")
            << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("-2 b"), QStringLiteral("+2 B"),
                           QStringLiteral("=3/3 c"), QStringLiteral("-4 d"), QStringLiteral("+4 D"),
                           QStringLiteral("=5/5 e")};
        QTest::newRow("CRLF and LF line ends are the same")
            << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n")
            << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("=2/2 b")};
        QTest::newRow("lone CR ends a line")
            << QStringLiteral("a\rb\r") << QStringLiteral("a\r\nc")
            << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("-2 b"),
                           QStringLiteral("+2 c")};
        QTest::newRow("missing final line end is no change")
            << QStringLiteral("a\nb") << QStringLiteral("a\nb\n")
            << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("=2/2 b")};
        QTest::newRow("empty line removed")
            << QStringLiteral("a\n\nb\n") << QStringLiteral("a\nb\n")
            << QStringList{QStringLiteral("=1/1 a"), QStringLiteral("-2 "),
                           QStringLiteral("=3/2 b")};
        QTest::newRow("moved line")
            << QStringLiteral("a\nb\nc\nd\n") << QStringLiteral("b\nc\nd\na\n")
            << QStringList{QStringLiteral("-1 a"), QStringLiteral("=2/1 b"),
                           QStringLiteral("=3/2 c"), QStringLiteral("=4/3 d"),
                           QStringLiteral("+4 a")};
    }

    void diffLines_givesTheEditScript()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, script);
        const QList<DiffLine> diff = diffLines(before, after);
        QCOMPARE(describe(diff), script);
        verifyScript(diff, before, after);
    }

    void diffLines_randomTexts_giveShortestCorrectScripts()
    {
        QRandomGenerator random(20260301);
        for (int round = 0; round < 300; ++round) {
            const QStringList a = randomLines(random, random.bounded(12));
            const QStringList b = randomLines(random, random.bounded(12));
            const QString before = a.join(u'\n');
            const QString after = b.join(u'\n');
            const QList<DiffLine> diff = diffLines(before, after);
            verifyScript(diff, before, after);
            QCOMPARE(countSame(diff), longestCommon(a, b));
        }
    }

    void diffLines_overTheEditCap_replacesTheChangedBlock()
    {
        const QString before = QStringLiteral("a\nb\nc\nd\ne\n");
        const QString after = QStringLiteral("a\nB\nc\nD\ne\n");
        // Four edits are needed: with a cap of three, everything between the common first
        // and last lines is replaced, and the script is still right.
        const QList<DiffLine> capped = diffLines(before, after, 3);
        QCOMPARE(describe(capped), (QStringList{QStringLiteral("=1/1 a"), QStringLiteral("-2 b"),
                                                QStringLiteral("-3 c"), QStringLiteral("-4 d"),
                                                QStringLiteral("+2 B"), QStringLiteral("+3 c"),
                                                QStringLiteral("+4 D"), QStringLiteral("=5/5 e")}));
        verifyScript(capped, before, after);
        QCOMPARE(countSame(diffLines(before, after, 4)), qsizetype(3));
    }

    void diffLines_overTheEditCap_randomTexts_stayCorrect()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 100; ++round) {
            const QString before = randomLines(random, 20).join(u'\n');
            const QString after = randomLines(random, 20).join(u'\n');
            verifyScript(diffLines(before, after, random.bounded(4)), before, after);
        }
    }

    void diffLines_bigPostingsWithFewChanges_areShortest()
    {
        const QString before = bigPosting(1 << 20);
        QStringList lines = before.split(u'\n');
        lines[10] = QStringLiteral("- Lead the quarterly planning");
        lines.insert(9000, QStringLiteral("- Keep the risk register"));
        lines.removeAt(15000);
        const QString after = lines.join(u'\n');
        const QList<DiffLine> diff = diffLines(before, after);
        verifyScript(diff, before, after);
        QStringList changes;
        for (const DiffLine &line : diff) {
            if (line.kind != DiffLine::Same)
                changes.append(describe({line}));
        }
        QCOMPARE(changes,
                 (QStringList{QStringLiteral("-11 - Coordinate release 9 with the platform and "
                                             "data teams"),
                              QStringLiteral("+11 - Lead the quarterly planning"),
                              QStringLiteral("+9001 - Keep the risk register"),
                              QStringLiteral("-15000 - Coordinate release 14998 with the platform "
                                             "and data teams")}));
    }

    void diffLines_bigPostingsThatDifferEverywhere_stayCorrect()
    {
        // Every line differs: far more edits than the cap, so the whole text is replaced
        // instead of searched.
        const QString before = bigPosting(1 << 20);
        const QString after =
            QString(before).replace(QStringLiteral("release"), QStringLiteral("launch"));
        const QList<DiffLine> diff = diffLines(before, after);
        verifyScript(diff, before, after);
        QCOMPARE(countSame(diff), qsizetype(1)); // the title
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
