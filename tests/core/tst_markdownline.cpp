#include "text/markdownline.h"

#include <QTest>

using namespace rolelens;

Q_DECLARE_METATYPE(rolelens::MarkdownLine::Kind)

class TestMarkdownLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<MarkdownLine::Kind>("kind");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("content");
        using K = MarkdownLine::Kind;
        QTest::newRow("heading") << QStringLiteral("## Requirements") << K::Heading << 2
                                 << QStringLiteral("## ") << QStringLiteral("Requirements");
        QTest::newRow("hashtag is text") << QStringLiteral("#Hiring now") << K::Text << 0
                                         << QString() << QStringLiteral("#Hiring now");
        QTest::newRow("dash bullet") << QStringLiteral("- Plan sprints") << K::Bullet << 0
                                     << QStringLiteral("- ") << QStringLiteral("Plan sprints");
        QTest::newRow("word bullet with tab")
            << QStringLiteral("\u2022\tTrack risks") << K::Bullet << 0 << QStringLiteral("\u2022\t")
            << QStringLiteral("Track risks");
        QTest::newRow("indented en dash")
            << QStringLiteral("  \u2013 Report status") << K::Bullet << 0
            << QStringLiteral("\u2013 ") << QStringLiteral("Report status");
        QTest::newRow("emoji bullet")
            << QStringLiteral("\u2705 Agile delivery") << K::Bullet << 0
            << QStringLiteral("\u2705 ") << QStringLiteral("Agile delivery");
        QTest::newRow("star bullet") << QStringLiteral("\u2B50 Stakeholders") << K::Bullet << 0
                                     << QStringLiteral("\u2B50 ") << QStringLiteral("Stakeholders");
        QTest::newRow("numbered") << QStringLiteral("3) Own the plan") << K::Numbered << 0
                                  << QStringLiteral("3) ") << QStringLiteral("Own the plan");
        QTest::newRow("a number is text") << QStringLiteral("3.5 years") << K::Text << 0
                                          << QString() << QStringLiteral("3.5 years");
        QTest::newRow("dash without space is text") << QStringLiteral("-5 degrees") << K::Text << 0
                                                    << QString() << QStringLiteral("-5 degrees");
        QTest::newRow("blank") << QStringLiteral("  \t") << K::Blank << 0 << QString() << QString();
    }

    void parse()
    {
        QFETCH(QString, line);
        QFETCH(MarkdownLine::Kind, kind);
        QFETCH(int, level);
        QFETCH(QString, marker);
        QFETCH(QString, content);
        const MarkdownLine shape = MarkdownLine::parse(line);
        QCOMPARE(shape.kind, kind);
        QCOMPARE(shape.level, level);
        QCOMPARE(shape.marker.toString(), marker);
        QCOMPARE(MarkdownLine::content(line).toString(), content);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownLine)
#include "tst_markdownline.moc"
