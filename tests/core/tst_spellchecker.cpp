#include "rules/ruleset.h"
#include "spelling/dictionaries.h"
#include "spelling/spellchecker.h"
#include "spelling/speller.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace rolelens;

namespace {

const QString kDictionaryFolder = QStringLiteral(ROLELENS_TEST_DATA "/dict");

std::unique_ptr<SpellChecker> tinyChecker(const QString &personalPath = {})
{
    const QString base = kDictionaryFolder + QStringLiteral("/xx_TEST");
    return std::make_unique<SpellChecker>(
        QStringLiteral("xx_TEST"),
        [base] { return std::unique_ptr<Speller>(HunspellSpeller::load(base)); },
        [](QStringView word) { return SpellChecker::fold(word) == QLatin1String("jira"); },
        personalPath);
}

QStringList misspelled(const SpellChecker &checker, const QString &text)
{
    QStringList words;
    for (const auto &[start, end] : checker.misspellings(text, tokenize(text)))
        words.append(text.mid(start, end - start));
    return words;
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void misspellings_skipWhatIsNotProse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const char *text, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        row("plain typo", "the teh team", {QStringLiteral("teh")});
        row("capitalised typo", "Teh team", {QStringLiteral("Teh")});
        row("url", "see https://exmple.com/pagez now", {});
        row("www address", "see www.exmple.com now", {});
        row("e-mail address", "mail jo@exmple.com now", {});
        row("hashtag", "the #Hirring team", {});
        row("words with digits", "the 3rdparty v2 team", {});
        row("short acronyms", "the PMO and RACI team", {});
        row("long all-caps word is checked", "the ABCDEF team", {QStringLiteral("ABCDEF")});
        row("inline code", "the `fooBar` code", {});
        row("markdown markup", "# The **team** is *the* team", {});
        row("domain word", "the Jira team", {});
    }

    void misspellings_skipWhatIsNotProse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(misspelled(*tinyChecker(), text), expected);
    }

    // The bundled list holds the words postings use that dictionaries lack, folded for
    // matching, and no comment line.
    void bundledDomainWords_holdTradeWords()
    {
        const QSet<QString> words = SpellChecker::bundledDomainWords();
        for (const char *word : {"jira", "kanban", "saas", "paas", "iaas", "okrs"})
            QVERIFY2(words.contains(QLatin1String(word)), word);
        QVERIFY(!words.contains(QStringLiteral("SaaS")));
        QVERIFY(std::none_of(words.cbegin(), words.cend(),
                             [](const QString &word) { return word.startsWith(u'#'); }));
    }

    void misspellings_haveExactOffsets()
    {
        const QString text = QStringLiteral("We need teh manaeg.");
        const auto spans = tinyChecker()->misspellings(text, tokenize(text));
        QCOMPARE(spans.size(), qsizetype(2));
        QCOMPARE(spans[0], (std::pair<int, int>{8, 11}));
        QCOMPARE(spans[1], (std::pair<int, int>{12, 18}));
    }

    void suggestions_comeFromTheDictionary()
    {
        const auto checker = tinyChecker();
        const QStringList first = checker->suggestions(QStringLiteral("teem"));
        QVERIFY2(first.contains(QStringLiteral("team")), qPrintable(first.join(QLatin1Char(','))));
        QCOMPARE(checker->suggestions(QStringLiteral("teem")), first);
        QVERIFY(checker->suggestions(QStringLiteral("teem"), 1).size() <= 1);
    }

    // Suggestions asked from several threads at once (rolelens-check --jobs N) each get an
    // instance of their own and the same answers as one thread alone.
    void suggestions_inParallelAreTheSameAsInTurn()
    {
        const auto speller = HunspellSpeller::load(kDictionaryFolder + QStringLiteral("/xx_TEST"));
        QVERIFY(speller);
        const QStringList words = {QStringLiteral("teem"), QStringLiteral("stakehlder"),
                                   QStringLiteral("delivry"), QStringLiteral("risc")};
        QList<QStringList> alone;
        for (const QString &word : words)
            alone.append(speller->suggest(word));
        QList<QStringList> together(words.size() * 4);
        QList<QThread *> threads;
        for (qsizetype i = 0; i < together.size(); ++i) {
            threads.append(QThread::create(
                [&, i] { together[i] = speller->suggest(words[i % words.size()]); }));
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QVERIFY(!alone.first().isEmpty());
        for (qsizetype i = 0; i < together.size(); ++i)
            QCOMPARE(together[i], alone[i % words.size()]);
    }

    void personalDictionary_isWrittenAndReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/personal.txt"));
        auto checker = tinyChecker(path);
        QCOMPARE(misspelled(*checker, QStringLiteral("the zorb team")),
                 QStringList{QStringLiteral("zorb")});
        QCOMPARE(checker->addToPersonalDictionary(QStringLiteral("zorb")), QString());
        QCOMPARE(misspelled(*checker, QStringLiteral("the zorb team")), QStringList{});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("zorb\n"));
        QCOMPARE(misspelled(*tinyChecker(path), QStringLiteral("the Zorb team")), QStringList{});
    }

    void ignoreAll_acceptsTheWordForTheSession()
    {
        auto checker = tinyChecker();
        checker->ignoreAll(QStringLiteral("Blorp"));
        QCOMPARE(misspelled(*checker, QStringLiteral("blorp the team")), QStringList{});
        QCOMPARE(misspelled(*tinyChecker(), QStringLiteral("blorp the team")),
                 QStringList{QStringLiteral("blorp")});
    }

    void missingDictionary_checksNothing()
    {
        SpellChecker checker(QStringLiteral("zz"), [] { return std::unique_ptr<Speller>(); }, {});
        QVERIFY(!checker.ensureLoaded());
        QCOMPARE(misspelled(checker, QStringLiteral("teh manaeg")), QStringList{});
        QVERIFY(checker.suggestions(QStringLiteral("teh")).isEmpty());
    }

    void dictionaries_areFoundInExtraFolders()
    {
        const QMap<QString, QString> found = Dictionaries::available({kDictionaryFolder});
        QCOMPARE(found.value(QStringLiteral("xx_TEST")),
                 kDictionaryFolder + QStringLiteral("/xx_TEST"));
        QVERIFY(!found.contains(QStringLiteral("hyph_xx_TEST")));
        QVERIFY(!createSpellChecker(QStringLiteral("no_SUCH"), RuleSet::builtin()));
    }

    void enUS_agreesWithHunspellExceptDomainWordsAndSkippedTokens()
    {
        const QString text = QStringLiteral(
            "We need a TPM who can manaeg stakeholdrs with Jira and Kubernetes. Email "
            "jo@exmple.com or see https://exmple.com/jobz. The PMO keeps a RACI; teh 3rdparty "
            "tooling is recieved weekly.\n");
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("posting.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        QProcess hunspell;
        hunspell.start(QStringLiteral("hunspell"), {QStringLiteral("-l"), QStringLiteral("-d"),
                                                    QStringLiteral("en_US"), file.fileName()});
        QVERIFY2(hunspell.waitForFinished(),
                 "the hunspell command (Debian package hunspell) must be installed");
        QStringList theirs = QString::fromUtf8(hunspell.readAllStandardOutput())
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(theirs, (QStringList{QStringLiteral("TPM"), QStringLiteral("manaeg"),
                                      QStringLiteral("stakeholdrs"), QStringLiteral("Jira"),
                                      QStringLiteral("Kubernetes"), QStringLiteral("PMO"),
                                      QStringLiteral("RACI"), QStringLiteral("teh"),
                                      QStringLiteral("3rdparty"), QStringLiteral("recieved")}));
        const auto checker = createSpellChecker(QStringLiteral("en_US"), RuleSet::builtin());
        QVERIFY2(checker, "the en_US dictionary (Debian package hunspell-en-us) must be installed");
        // Differences: Jira and Kubernetes are domain words; TPM, PMO and RACI are short
        // acronyms; 3rdparty has a digit.
        QCOMPARE(misspelled(*checker, text),
                 (QStringList{QStringLiteral("manaeg"), QStringLiteral("stakeholdrs"),
                              QStringLiteral("teh"), QStringLiteral("recieved")}));
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
