#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace rolelens {

/// Where something is in a file the user wrote (a rule pack, a review), for error messages.
struct SourceLocation
{
    QString file;
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0;
};

/// A problem in such a file: "FILE:LINE:COLUMN: MESSAGE", or "FILE: MESSAGE" when the line is
/// unknown.
struct SourceError
{
    SourceLocation where;
    QString message;

    [[nodiscard]] QString toString() const;
};

/// The line and column (both 1-based; the column counts characters) of byte \a offset of
/// \a raw, the contents of \a file.
[[nodiscard]] SourceLocation locateInFile(const QString &file, const QByteArray &raw,
                                          qsizetype offset);

/// Where each line of a file's contents starts, to place many offsets in it (every rule of a
/// pack as it loads) with one pass over the text instead of one per offset.
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &raw);

    /// As locateInFile(\a file, raw, \a offset).
    [[nodiscard]] SourceLocation locate(const QString &file, qsizetype offset) const;

private:
    const QByteArray &m_raw;
    std::vector<qsizetype> m_lineStarts;
};

/// Parses \a raw, the contents of \a file, as a JSON document whose root is an object. On
/// failure, sets \a error to where and why; \a kind names what the file should be ("a rule
/// pack") in the message.
[[nodiscard]] std::optional<QJsonObject> parseJsonObject(const QByteArray &raw, const QString &file,
                                                         const QString &kind, SourceError *error);

} // namespace rolelens
