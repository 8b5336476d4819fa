#include "rules/vocabulary.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace rolelens;

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Lookups fold case and apostrophes; a word longer than the stack buffer takes the heap path,
    // one ASCII character a table. word() gives back what was interned, folded.
    void vocabulary_findsWordsWhateverTheirCase_data()
    {
        QTest::addColumn<QString>("interned");
        QTest::addColumn<QString>("looked");
        QTest::addColumn<bool>("found");
        const QString longWord = QStringLiteral("x").repeated(70);
        QTest::newRow("same") << "kubernetes"
                              << "kubernetes" << true;
        QTest::newRow("capitals") << "Kubernetes"
                                  << "KUBERNETES" << true;
        QTest::newRow("apostrophe") << "don't"
                                    << "don\u2019t" << true;
        QTest::newRow("accented capital") << "\u00e9quipe"
                                          << "\u00c9QUIPE" << true;
        QTest::newRow("one character") << ","
                                       << "," << true;
        QTest::newRow("one capital") << "k"
                                     << "K" << true;
        QTest::newRow("another character") << ","
                                           << ";" << false;
        QTest::newRow("one character, not ASCII") << "\u00e9"
                                                  << "\u00c9" << true;
        QTest::newRow("prefix only") << "kubernetes"
                                     << "kube" << false;
        QTest::newRow("longer") << "kube"
                                << "kubernetes" << false;
        // Every length up to seventeen, the last character differing, and the characters either
        // side of A to Z, which do not fold.
        QTest::newRow("empty") << ""
                               << "" << true;
        QTest::newRow("two") << "go"
                             << "GO" << true;
        QTest::newRow("three") << "aws"
                               << "AWS" << true;
        QTest::newRow("four") << "java"
                              << "JaVa" << true;
        QTest::newRow("five") << "scrum"
                              << "SCRUM" << true;
        QTest::newRow("six, last differs") << "python"
                                           << "pythoN3" << false;
        QTest::newRow("seven") << "python3"
                               << "PYTHON3" << true;
        QTest::newRow("seven, last differs") << "python3"
                                             << "PYTHON4" << false;
        QTest::newRow("eight") << "postgres"
                               << "PostgreS" << true;
        QTest::newRow("nine") << "terraform"
                              << "TERRAFORM" << true;
        QTest::newRow("sixteen") << "infrastructureas"
                                 << "INFRASTRUCTUREAS" << true;
        QTest::newRow("sixteen, last differs") << "infrastructureas"
                                               << "INFRASTRUCTUREAZ" << false;
        QTest::newRow("seventeen") << "infrastructuresas"
                                   << "INFRASTRUCTURESAS" << true;
        QTest::newRow("before A") << "`ab"
                                  << "@AB" << false;
        QTest::newRow("after Z") << "{ab"
                                 << "[AB" << false;
        QTest::newRow("short, not ASCII") << "café"
                                          << "CAFÉ" << true;
        QTest::newRow("short, dash") << "e-mail"
                                     << "E–MAIL" << true;
        const QString bufferWord = QStringLiteral("y").repeated(64); // the stack buffer's size
        QTest::newRow("word as long as the buffer") << bufferWord << bufferWord.toUpper() << true;
        QTest::newRow("word one longer than the buffer")
            << bufferWord + u'y' << (bufferWord + u'y').toUpper() << true;
        QTest::newRow("long word") << longWord << longWord.toUpper() << true;
        QTest::newRow("long word, one letter off")
            << longWord << longWord.chopped(1) + u'y' << false;
    }

    void vocabulary_findsWordsWhateverTheirCase()
    {
        QFETCH(QString, interned);
        QFETCH(QString, looked);
        QFETCH(bool, found);
        Vocabulary vocabulary;
        vocabulary.intern(u"other");
        const int id = vocabulary.intern(interned);
        QCOMPARE(vocabulary.intern(interned), id);
        QCOMPARE(vocabulary.find(looked), found ? id : -1);
        QCOMPARE(vocabulary.size(), 2);
        QCOMPARE(vocabulary.word(id).toString(), foldedForMatching(interned));
        QCOMPARE(vocabulary.word(0).toString(), QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
