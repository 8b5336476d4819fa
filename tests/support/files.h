#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace rolelens {

/// Writes \a bytes to \a path; a test that cannot write its own input stops there.
inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// The bytes of \a path, or none when it cannot be read.
inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace rolelens
