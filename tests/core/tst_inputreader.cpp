#include "io/inputreader.h"
#include "io/textfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rolelens;

Q_DECLARE_METATYPE(rolelens::TextEncoding)

class TestInputReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes)
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("file%1.md").arg(++counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

private Q_SLOTS:
    void inputNames_giveStandardInputOneName()
    {
        QCOMPARE(inputName(QStringLiteral("-")), QStringLiteral("stdin"));
        QCOMPARE(inputFileName(QStringLiteral("-")), QStringLiteral("stdin"));
        QCOMPARE(inputName(QStringLiteral("jobs/tpm.md")), QStringLiteral("jobs/tpm.md"));
        QCOMPARE(inputFileName(QStringLiteral("jobs/tpm.md")), QStringLiteral("tpm.md"));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<rolelens::TextEncoding>("encoding");
        QTest::addColumn<bool>("crlf");

        QTest::newRow("utf-8") << QByteArray("Z\xc3\xbcrich \xf0\x9f\x9a\x80\n")
                               << QStringLiteral("Zürich 🚀\n") << TextEncoding::Utf8 << false;
        QTest::newRow("utf-8 with bom")
            << QByteArray("\xef\xbb\xbfTPM\n") << QStringLiteral("TPM\n")
            << TextEncoding::Utf8WithBom << false;
        QTest::newRow("utf-16le with bom")
            << QByteArray("\xff\xfeT\0P\0M\0\n\0", 10) << QStringLiteral("TPM\n")
            << TextEncoding::Utf16LE << false;
        QTest::newRow("utf-16be with bom")
            << QByteArray("\xfe\xff\0T\0P\0M\0\n", 10) << QStringLiteral("TPM\n")
            << TextEncoding::Utf16BE << false;
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QStringLiteral("a\nb\n")
                              << TextEncoding::Utf8 << true;
        QTest::newRow("empty") << QByteArray() << QString() << TextEncoding::Utf8 << false;
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(rolelens::TextEncoding, encoding);
        QFETCH(bool, crlf);
        const QString path = write(bytes);
        const TextFile file = loadTextFile(path);
        QCOMPARE(file.error, QString());
        QCOMPARE(file.text, text);
        QCOMPARE(file.encoding, encoding);
        QCOMPARE(file.crlf, crlf);
        // Saving writes the same bytes back.
        const QString copy = path + QStringLiteral(".copy");
        QCOMPARE(saveTextFile(copy, file.text, file.crlf, file.encoding), QString());
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
    }

    void invalidUtf8_isRefusedUnlessWindows1252IsAccepted()
    {
        const QString path = write(QByteArray("caf\xe9 \x93quoted\x94\n"));
        const TextFile refused = loadTextFile(path);
        QCOMPARE(refused.error, QStringLiteral("not valid UTF-8 text"));
        QVERIFY(refused.invalidUtf8);
        const TextFile accepted = loadTextFile(path, true);
        QCOMPARE(accepted.error, QString());
        QCOMPARE(accepted.text, QStringLiteral("café \u201cquoted\u201d\n"));
        QCOMPARE(accepted.encoding, TextEncoding::Windows1252);
    }

    void badInputs_haveOneLineReasons_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nope.md"))
                                 << QStringLiteral("no such file");
        QTest::newRow("directory") << m_dir.path() << QStringLiteral("is a directory");
    }

    void badInputs_haveOneLineReasons()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);
        QCOMPARE(readInput(path).error, error);
    }

    void binaryAndOversizedFiles_areRefused()
    {
        QCOMPARE(readInput(write(QByteArray("ab\0cd", 5))).error,
                 QStringLiteral("binary file, not text"));
        QCOMPARE(readInput(write(QByteArray(kMaxInputBytes + 1, 'a'))).error,
                 QStringLiteral("larger than the 10 MB limit"));
        QCOMPARE(readInput(write(QByteArray("\xff\xfe"
                                            "abc",
                                            5)))
                     .error,
                 QStringLiteral("not valid UTF-16 text"));
    }

    void loneCarriageReturns_becomeLineFeeds()
    {
        const InputText input = readInput(write(QByteArray("# TPM\rMust have:\r- Java\r\nend")));
        QCOMPARE(input.text, QStringLiteral("# TPM\nMust have:\n- Java\r\nend"));
    }
};

QTEST_GUILESS_MAIN(TestInputReader)
#include "tst_inputreader.moc"
