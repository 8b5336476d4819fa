#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace rolelens {

/// Writes \a bytes to \a path; false if it could not (tests QVERIFY it).
[[nodiscard]] inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The bytes of \a path, or none when it cannot be read.
inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace rolelens
