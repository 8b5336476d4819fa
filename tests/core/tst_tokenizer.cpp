#include "text/tokenizer.h"

#include <QTest>

using namespace rolelens;

Q_DECLARE_METATYPE(QList<Token>)

namespace {
// Tokens as "text/kind" strings, for readable failures.
QStringList describe(QStringView text, const QList<Token> &tokens)
{
    static const char *kinds[] = {"w", "n", "p", "h", "e"};
    QStringList out;
    for (const Token &t : tokens) {
        out.append(text.sliced(t.start, t.length).toString() + QLatin1Char('/') +
                   QLatin1String(kinds[int(t.kind)]) +
                   (t.spaceBefore ? QStringLiteral("_") : QString()));
    }
    return out;
}
} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // text/kind, "_" = space before

        QTest::newRow("words and punctuation")
            << QStringLiteral("Java, Python.")
            << QStringList{QStringLiteral("Java/w_"), QStringLiteral(",/p"),
                           QStringLiteral("Python/w_"), QStringLiteral("./p")};
        QTest::newRow("c++ and c# are punctuation after a word, not hashtags")
            << QStringLiteral("C++ C#")
            << QStringList{QStringLiteral("C/w_"), QStringLiteral("+/p"), QStringLiteral("+/p"),
                           QStringLiteral("C/w_"), QStringLiteral("#/p")};
        QTest::newRow("hashtags") << QStringLiteral("#Urgent #Hiring")
                                  << QStringList{QStringLiteral("#Urgent/h_"),
                                                 QStringLiteral("#Hiring/h_")};
        QTest::newRow("markdown heading is punctuation")
            << QStringLiteral("# Title")
            << QStringList{QStringLiteral("#/p_"), QStringLiteral("Title/w_")};
        QTest::newRow("apostrophes inside words")
            << QStringLiteral("Master’s don't")
            << QStringList{QStringLiteral("Master’s/w_"), QStringLiteral("don't/w_")};
        QTest::newRow("numbers") << QStringLiteral("5+ years 10x")
                                 << QStringList{QStringLiteral("5/n_"), QStringLiteral("+/p"),
                                                QStringLiteral("years/w_"),
                                                QStringLiteral("10x/w_")};
        // A word ends after any number of letters, at the characters either side of the letter
        // and digit ranges, and at no non-ASCII letter, wherever it falls.
        QTest::newRow("words ending in each of four places")
            << QStringLiteral("abcd,abcde;Kubernetes1 xy9z")
            << QStringList{QStringLiteral("abcd/w_"),       QStringLiteral(",/p"),
                           QStringLiteral("abcde/w"),       QStringLiteral(";/p"),
                           QStringLiteral("Kubernetes1/w"), QStringLiteral("xy9z/w_")};
        QTest::newRow("characters either side of the ranges end a word")
            << QStringLiteral("abc@def[ghi`jkl{mno/pqr:stu")
            << QStringList{
                   QStringLiteral("abc/w_"), QStringLiteral("@/p"),   QStringLiteral("def/w"),
                   QStringLiteral("[/p"),    QStringLiteral("ghi/w"), QStringLiteral("`/p"),
                   QStringLiteral("jkl/w"),  QStringLiteral("{/p"),   QStringLiteral("mno/w"),
                   QStringLiteral("//p"),    QStringLiteral("pqr/w"), QStringLiteral(":/p"),
                   QStringLiteral("stu/w")};
        QTest::newRow("a non-ASCII sign whose low bits spell a letter or digit ends a word")
            << QStringLiteral("abc\u00d7def\u00b7gh")
            << QStringList{QStringLiteral("abc/w_"), QStringLiteral("\u00d7/p"),
                           QStringLiteral("def/w"), QStringLiteral("\u00b7/p"),
                           QStringLiteral("gh/w")};
        QTest::newRow("a non-ASCII letter in any lane stays in the word")
            << QStringLiteral("\u00e9tudiant na\u00efve \u0130stanbul")
            << QStringList{QStringLiteral("\u00e9tudiant/w_"), QStringLiteral("na\u00efve/w_"),
                           QStringLiteral("\u0130stanbul/w_")};
        QTest::newRow("non-ascii letters stay in the word")
            << QStringLiteral("Zürich café")
            << QStringList{QStringLiteral("Zürich/w_"), QStringLiteral("café/w_")};
        QTest::newRow("emoji with zwj and variation selector is one token")
            << QStringLiteral("a 👩‍💻✔️b")
            << QStringList{QStringLiteral("a/w_"), QStringLiteral("👩‍💻/e_"),
                           QStringLiteral("✔️/e"), QStringLiteral("b/w")};
        QTest::newRow("node.js splits at the dot")
            << QStringLiteral("Node.js")
            << QStringList{QStringLiteral("Node/w_"), QStringLiteral("./p"),
                           QStringLiteral("js/w")};
        QTest::newRow("a Markdown escape is no token and keeps the hyphen glued")
            << QStringLiteral("hands\\-on, $5 \\- $9 \\\\ C:\\dir")
            << QStringList{
                   QStringLiteral("hands/w_"), QStringLiteral("-/p"),  QStringLiteral("on/w"),
                   QStringLiteral(",/p"),      QStringLiteral("$/p_"), QStringLiteral("5/n"),
                   QStringLiteral("-/p_"),     QStringLiteral("$/p_"), QStringLiteral("9/n"),
                   QStringLiteral("\\/p_"),    QStringLiteral("C/w_"), QStringLiteral(":/p"),
                   QStringLiteral("\\/p"),     QStringLiteral("dir/w")};
        QTest::newRow("an HTML character reference is one token, a space's a space")
            << QStringLiteral("R&amp;D in&nbsp;ops &#xA0;x &#8211; a&b; &bogus &;")
            << QStringList{
                   QStringLiteral("R/w_"),       QStringLiteral("&amp;/p"), QStringLiteral("D/w"),
                   QStringLiteral("in/w_"),      QStringLiteral("ops/w_"),  QStringLiteral("x/w_"),
                   QStringLiteral("&#8211;/p_"), QStringLiteral("a/w_"),    QStringLiteral("&/p"),
                   QStringLiteral("b/w"),        QStringLiteral(";/p"),     QStringLiteral("&/p_"),
                   QStringLiteral("bogus/w"),    QStringLiteral("&/p_"),    QStringLiteral(";/p")};
        QTest::newRow("crlf is whitespace")
            << QStringLiteral("a\r\nb")
            << QStringList{QStringLiteral("a/w_"), QStringLiteral("b/w_")};
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(text, tokenize(text)), expected);
    }

    void offsets_pointIntoTheOriginalText()
    {
        const QString text = QStringLiteral("🤯🫡 Zürich\r\n- expertise in Java");
        const QList<Token> tokens = tokenize(text);
        QCOMPARE(tokens.size(), 7);
        QCOMPARE(tokens[0].start, 0); // 🤯 is a surrogate pair
        QCOMPARE(tokens[0].length, 2);
        QCOMPARE(tokens[1].start, 2); // 🫡
        QCOMPARE(tokens[1].length, 2);
        QCOMPARE(tokens[2].start, 5); // Zürich
        QCOMPARE(tokens[2].length, 6);
        QCOMPARE(tokens[3].start, 13); // "-" after \r\n
        QCOMPARE(tokens[6].start, 28); // Java
        QCOMPARE(text.mid(tokens[6].start, tokens[6].length), QStringLiteral("Java"));
    }

    void fold_matchesCaseAndTypography()
    {
        QCOMPARE(foldForMatching(u'A'), u'a');
        QCOMPARE(foldForMatching(u'\u2019'), u'\'');
        QCOMPARE(foldForMatching(u'\u2013'), u'-');
        QCOMPARE(foldForMatching(u'\u00DC'), u'\u00FC');
    }

    void emptyAndBlank_giveNoTokens()
    {
        QVERIFY(tokenize(u"").isEmpty());
        QVERIFY(tokenize(u" \t\r\n ").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
