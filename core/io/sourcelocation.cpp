#include "io/sourcelocation.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

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
    return LineIndex(raw).locate(file, offset);
}

LineIndex::LineIndex(const QByteArray &raw) : m_raw(raw)
{
    m_lineStarts.push_back(0);
    for (qsizetype i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1))
        m_lineStarts.push_back(i + 1);
}

SourceLocation LineIndex::locate(const QString &file, qsizetype offset) const
{
    SourceLocation where{file, 1, 1};
    offset = qBound<qsizetype>(0, offset, m_raw.size());
    // The last line that starts at or before the offset.
    const auto line = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - 1;
    where.line = int(line - m_lineStarts.cbegin()) + 1;
    where.column = int(QString::fromUtf8(m_raw.mid(*line, offset - *line)).size()) + 1;
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
