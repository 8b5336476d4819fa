#include "io/inputreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <cstdio>

namespace rolelens {

namespace {

void decode(const QByteArray &bytes, bool windows1252Fallback, InputText *input)
{
    // UTF-16 is recognised by its byte order mark only; it is full of NUL bytes otherwise.
    const bool utf16le = bytes.startsWith("\xff\xfe");
    if (utf16le || bytes.startsWith("\xfe\xff")) {
        input->encoding = utf16le ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        QStringDecoder decoder(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        input->text = decoder.decode(bytes);
        if (decoder.hasError() || bytes.size() % 2 != 0)
            input->error = QStringLiteral("not valid UTF-16 text");
        return;
    }
    if (bytes.contains('\0')) {
        input->error = QStringLiteral("binary file, not text");
        return;
    }
    if (bytes.startsWith("\xef\xbb\xbf"))
        input->encoding = TextEncoding::Utf8WithBom;
    QStringDecoder decoder(QStringDecoder::Utf8);
    input->text = decoder.decode(bytes);
    if (!decoder.hasError())
        return;
    QStringDecoder windows1252("windows-1252");
    if (windows1252Fallback && windows1252.isValid()) {
        input->encoding = TextEncoding::Windows1252;
        input->text = windows1252.decode(bytes);
        return;
    }
    input->invalidUtf8 = true;
    input->error = QStringLiteral("not valid UTF-8 text");
}

QString tooLarge()
{
    return QStringLiteral("larger than the %1 MB limit").arg(kMaxInputBytes / (1024 * 1024));
}

} // namespace

InputText readInput(const QString &path, bool windows1252Fallback)
{
    InputText input;
    input.path = path;
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            input.error = QStringLiteral("cannot read standard input");
            return input;
        }
    } else {
        const QFileInfo info(path);
        if (!info.exists()) {
            input.error = QStringLiteral("no such file");
            return input;
        }
        if (info.isDir()) {
            input.error = QStringLiteral("is a directory");
            return input;
        }
        if (info.size() > kMaxInputBytes) {
            input.error = tooLarge();
            return input;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            input.error = QStringLiteral("cannot read: %1").arg(file.errorString());
            return input;
        }
    }
    // Read one byte past the limit: standard input and special files have no size up front.
    const QByteArray bytes = file.read(kMaxInputBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        input.error = QStringLiteral("cannot read: %1").arg(file.errorString());
        return input;
    }
    if (bytes.size() > kMaxInputBytes) {
        input.error = tooLarge();
        return input;
    }
    decode(bytes, windows1252Fallback, &input);
    // Old Mac line ends: a lone '\r' becomes '\n' (same length, so offsets stay valid).
    for (qsizetype i = 0; i < input.text.size(); ++i) {
        if (input.text[i] == QLatin1Char('\r') &&
            (i + 1 == input.text.size() || input.text[i + 1] != QLatin1Char('\n')))
            input.text[i] = QLatin1Char('\n');
    }
    if (!input.error.isEmpty())
        input.text.clear();
    return input;
}

QString inputName(const QString &path)
{
    return path == QLatin1String("-") ? QStringLiteral("stdin") : path;
}

QString inputFileName(const QString &path)
{
    return path == QLatin1String("-") ? inputName(path) : QFileInfo(path).fileName();
}

} // namespace rolelens
