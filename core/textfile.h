#pragma once

#include <QString>

namespace rolelens {

/// A posting file as the editor holds it: text with "\n" line ends, and how to write it back.
struct TextFile
{
    QString text;
    bool crlf = false; ///< the file used "\r\n"; saving restores it
    QString error;     ///< why it could not be opened; empty on success
};

/// Reads \a path with the checks of readInput() (size, binary, UTF-8).
[[nodiscard]] TextFile loadTextFile(const QString &path);

/// Writes \a text to \a path atomically (QSaveFile): the old file stays intact unless the new
/// one was written completely. Returns an error message, or an empty string on success.
[[nodiscard]] QString saveTextFile(const QString &path, const QString &text, bool crlf);

} // namespace rolelens
