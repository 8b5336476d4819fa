#include "textfile.h"

#include "inputreader.h"

#include <QSaveFile>

namespace rolelens {

TextFile loadTextFile(const QString &path)
{
    const InputText input = readInput(path);
    TextFile file;
    file.error = input.error;
    file.text = input.text;
    file.crlf = file.text.contains(QLatin1String("\r\n"));
    if (file.crlf)
        file.text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return file;
}

QString saveTextFile(const QString &path, const QString &text, bool crlf)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QString out = text;
    if (crlf)
        out.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    const QByteArray bytes = out.toUtf8();
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return file.errorString();
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace rolelens
