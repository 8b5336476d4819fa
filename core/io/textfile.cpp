#include "io/textfile.h"

#include "io/inputreader.h"

#include <QSaveFile>
#include <QStringEncoder>

namespace rolelens {

TextFile loadTextFile(const QString &path, bool windows1252Fallback)
{
    const InputText input = readInput(path, windows1252Fallback);
    TextFile file;
    file.error = input.error;
    file.invalidUtf8 = input.invalidUtf8;
    file.encoding = input.encoding;
    file.text = input.text;
    file.crlf = file.text.contains(QLatin1String("\r\n"));
    if (file.crlf)
        file.text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return file;
}

namespace {
QByteArray encode(const QString &text, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        QStringEncoder encoder(encoding == TextEncoding::Utf16LE ? QStringEncoder::Utf16LE
                                                                 : QStringEncoder::Utf16BE,
                               QStringEncoder::Flag::WriteBom);
        return encoder.encode(text);
    }
    case TextEncoding::Utf8WithBom:
        return QByteArray("\xef\xbb\xbf") + text.toUtf8();
    case TextEncoding::Utf8:
    case TextEncoding::Windows1252:
        break;
    }
    return text.toUtf8();
}
} // namespace

QString saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

QString saveTextFile(const QString &path, const QString &text, bool crlf, TextEncoding encoding)
{
    QString out = text;
    if (crlf)
        out.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return saveFile(path, encode(out, encoding));
}

} // namespace rolelens
