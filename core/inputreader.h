#pragma once

#include <QString>

namespace rolelens {

/// Postings larger than this are refused: no real job posting comes close, and analysing
/// a huge file by mistake should fail fast rather than flood the terminal.
inline constexpr qint64 kMaxInputBytes = 10 * 1024 * 1024;

/// A posting read from a file or standard input, or why it could not be read.
struct InputText
{
    QString path; ///< as given; "-" for standard input
    QString text;
    QString error; ///< empty when the text is usable
};

/// Reads \a path ("-" for standard input) as UTF-8 text (a BOM is dropped). Refuses missing
/// files, directories, unreadable or oversized files, binary data and invalid UTF-8 with a
/// one-line reason.
[[nodiscard]] InputText readInput(const QString &path);

} // namespace rolelens
