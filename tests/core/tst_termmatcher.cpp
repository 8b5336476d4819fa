#include "rules/termmatcher.h"

#include <QTest>

using namespace rolelens;

class TestTermMatcher : public QObject
{
    Q_OBJECT

private:
    ClassRegistry m_classes;
    TermMatcher m_matcher;

    void add(const char *className, std::initializer_list<const char *> terms,
             bool caseSensitive = false)
    {
        const int id = m_classes.intern(QLatin1String(className));
        for (const char *term : terms)
            QCOMPARE(m_matcher.addTerm(QString::fromUtf8(term), id, caseSensitive),
                     TermMatcher::AddResult::Added);
    }

    // "text[class1,class2]" for every tag.
    QStringList tagsOf(const QString &text) const
    {
        QStringList out;
        for (const Tag &tag : m_matcher.match(text, tokenize(text))) {
            QStringList names;
            for (int i = 0; i < m_classes.size(); ++i) {
                if (tag.classes.test(std::size_t(i)))
                    names.append(m_classes.name(i));
            }
            out.append(text.mid(tag.start, tag.end - tag.start) + QLatin1Char('[') +
                       names.join(QLatin1Char(',')) + QLatin1Char(']'));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        add("tech", {"Java", "C++", "C#", "Node.js", "CI/CD", "CI/CD pipelines", "AWS",
                     "Amazon Web Services"});
        add("tech", {"Go", "C", "R"}, true);
        add("cue.strong", {"hands-on", "expertise in"});
        add("pm", {"hands-on program management", "Jira", "AWS"});
        add("years", {"<num>+ years"});
        add("sep", {"and/or"});
        add("alt", {"or program management", "or release/deploy work"});
        add("hashtag", {"<hashtag>"});
        add("emoji", {"<emoji>"});
    }

    void match_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("case-insensitive terms")
            << QStringLiteral("expertise in JAVA")
            << QStringList{QStringLiteral("expertise in[cue.strong]"),
                           QStringLiteral("JAVA[tech]")};
        QTest::newRow("longest term wins over the cue inside it")
            << QStringLiteral("hands-on program management")
            << QStringList{QStringLiteral("hands-on program management[pm]")};
        QTest::newRow("hyphen left out still matches")
            << QStringLiteral("hands on") << QStringList{QStringLiteral("hands on[cue.strong]")};
        QTest::newRow("joined words fused still match")
            << QStringLiteral("NodeJS and node js")
            << QStringList{QStringLiteral("NodeJS[tech]"), QStringLiteral("node js[tech]")};
        QTest::newRow("slash term and its longer form")
            << QStringLiteral("CI/CD pipelines, CI / CD")
            << QStringList{QStringLiteral("CI/CD pipelines[tech]"),
                           QStringLiteral("CI / CD[tech]")};
        QTest::newRow("symbols in names")
            << QStringLiteral("C++ and C#")
            << QStringList{QStringLiteral("C++[tech]"), QStringLiteral("C#[tech]")};
        QTest::newRow("a term in two classes carries both")
            << QStringLiteral("AWS") << QStringList{QStringLiteral("AWS[tech,pm]")};
        QTest::newRow("multi-word term")
            << QStringLiteral("Amazon Web Services")
            << QStringList{QStringLiteral("Amazon Web Services[tech]")};
        QTest::newRow("case-sensitive Go is not the verb go")
            << QStringLiteral("Go, go") << QStringList{QStringLiteral("Go[tech]")};
        QTest::newRow("number placeholder")
            << QStringLiteral("7+ years") << QStringList{QStringLiteral("7+ years[years]")};
        QTest::newRow("hashtag and emoji placeholders")
            << QStringLiteral("#Hiring 🚀")
            << QStringList{QStringLiteral("#Hiring[hashtag]"), QStringLiteral("🚀[emoji]")};
        QTest::newRow("typographic dash matches a hyphen")
            << QStringLiteral("hands–on") << QStringList{QStringLiteral("hands–on[cue.strong]")};
        QTest::newRow("a letter inside an abbreviation is no term")
            << QStringLiteral("under 8 U.S.C. 1324, a C.P.A. or an R.N., in C or R.")
            << QStringList{QStringLiteral("C[tech]"), QStringLiteral("R[tech]")};
        QTest::newRow("a word glued to an abbreviation is still a term")
            << QStringLiteral("e.g.Java") << QStringList{QStringLiteral("Java[tech]")};
        QTest::newRow("a term after a word and a dot still matches")
            << QStringLiteral("Spring.Java") << QStringList{QStringLiteral("Java[tech]")};
        QTest::newRow("an alternative starting with 'or' also follows 'and/'")
            << QStringLiteral("Java or program management, Go and/or program management and/or C")
            << QStringList{
                   QStringLiteral("Java[tech]"),  QStringLiteral("or program management[alt]"),
                   QStringLiteral("Go[tech]"),    QStringLiteral("and/or program management[alt]"),
                   QStringLiteral("and/or[sep]"), QStringLiteral("C[tech]")};
        QTest::newRow("so does each spelling of a joined alternative")
            << QStringLiteral("Go and/or release deploy work")
            << QStringList{QStringLiteral("Go[tech]"),
                           QStringLiteral("and/or release deploy work[alt]")};
        QTest::newRow("unknown words are not tagged")
            << QStringLiteral("coordinate sprint planning") << QStringList{};
    }

    void match()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(tagsOf(text), expected);
    }

    void addTerm_rejectsEmptyAndOverlongTerms()
    {
        TermMatcher matcher;
        QCOMPARE(matcher.addTerm(u"  ", 0, false), TermMatcher::AddResult::Empty);
        QCOMPARE(matcher.addTerm(u"a b c d e f g h i j k l m", 0, false),
                 TermMatcher::AddResult::TooLong);
        QCOMPARE(matcher.termCount(), 0);
    }

    void tags_keepTokenPositions()
    {
        const QString text = QStringLiteral("x expertise in Java");
        const QList<Tag> tags = m_matcher.match(text, tokenize(text));
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[0].firstToken, 1);
        QCOMPARE(tags[0].tokenCount, 2);
        QCOMPARE(tags[1].firstToken, 3);
        QCOMPARE(tags[1].start, 15);
        QCOMPARE(tags[1].end, 19);
    }
};

QTEST_GUILESS_MAIN(TestTermMatcher)
#include "tst_termmatcher.moc"
