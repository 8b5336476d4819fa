#include "io/sourcelocation.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace rolelens {

QString SourceError::toString() const
{
    if (where.line <= 0)
        return QStringLiteral("%1: %2").arg(where.file, message);
    return QStringLiteral("%1:%2:%3: %4")
        .arg(where.file)
        .arg(where.line)
        .arg(where.column)
        .arg(message);
}

SourceLocation locateInFile(const QString &file, const QByteArray &raw, qsizetype offset)
{
    SourceLocation where{file, 1, 1};
    offset = qBound<qsizetype>(0, offset, raw.size());
    const qsizetype lineStart = raw.lastIndexOf('\n', offset - 1) + 1;
    where.line = int(raw.left(offset).count('\n')) + 1;
    where.column = int(QString::fromUtf8(raw.mid(lineStart, offset - lineStart)).size()) + 1;
    return where;
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &raw, const QString &file,
                                           const QString &kind, SourceError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = {locateInFile(file, raw, parseError.offset),
                  QStringLiteral("invalid JSON: %1").arg(parseError.errorString())};
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = {locateInFile(file, raw, 0), QStringLiteral("%1 must be a JSON object").arg(kind)};
        return std::nullopt;
    }
    return document.object();
}

} // namespace rolelens
