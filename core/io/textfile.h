#pragma once

#include "io/inputreader.h"

#include <QString>

namespace rolelens {

/// A posting file as the editor holds it: text with "\n" line ends, and how to write it back.
struct TextFile
{
    QString text;
    bool crlf = false; ///< the file used "\r\n"; saving restores it
    /// How to write it back; a Windows-1252 file is saved as UTF-8.
    TextEncoding encoding = TextEncoding::Utf8;
    QString error;            ///< why it could not be opened; empty on success
    bool invalidUtf8 = false; ///< the error is bad UTF-8 (reading as Windows-1252 would work)
};

/// Reads \a path with the checks of readInput() (size, binary, encoding).
[[nodiscard]] TextFile loadTextFile(const QString &path, bool windows1252Fallback = false);

/// Writes \a bytes to \a path atomically (QSaveFile): an existing file is replaced only by a
/// complete new one. Returns an error message, or an empty string on success.
[[nodiscard]] QString saveFile(const QString &path, const QByteArray &bytes);

/// Writes \a text to \a path atomically (QSaveFile): the old file stays intact unless the new
/// one was written completely. Returns an error message, or an empty string on success.
[[nodiscard]] QString saveTextFile(const QString &path, const QString &text, bool crlf,
                                   TextEncoding encoding = TextEncoding::Utf8);

} // namespace rolelens
