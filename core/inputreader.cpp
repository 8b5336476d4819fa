#include "inputreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <cstdio>

namespace rolelens {

namespace {

QString decode(const QByteArray &bytes, QString *text)
{
    if (bytes.contains('\0'))
        return QStringLiteral("binary file, not text");
    QStringDecoder decoder(QStringDecoder::Utf8);
    *text = decoder.decode(bytes);
    if (decoder.hasError())
        return QStringLiteral("not valid UTF-8 text");
    return {};
}

QString tooLarge()
{
    return QStringLiteral("larger than the %1 MB limit").arg(kMaxInputBytes / (1024 * 1024));
}

} // namespace

InputText readInput(const QString &path)
{
    InputText input{path, {}, {}};
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
    if (bytes.size() > kMaxInputBytes) {
        input.error = tooLarge();
        return input;
    }
    input.error = decode(bytes, &input.text);
    if (!input.error.isEmpty())
        input.text.clear();
    return input;
}

} // namespace rolelens
