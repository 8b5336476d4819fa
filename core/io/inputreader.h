#pragma once

#include <QString>

namespace rolelens {

/// Postings larger than this are refused: no real job posting comes close, and analysing
/// a huge file by mistake should fail fast rather than flood the terminal.
inline constexpr qint64 kMaxInputBytes = 10 * 1024 * 1024;

/// How a text file was encoded, so that saving can write it back the same way.
enum class TextEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16LE,
    Utf16BE,
    Windows1252
};

/// A posting read from a file or standard input, or why it could not be read.
struct InputText
{
    QString path; ///< as given; "-" for standard input
    QString text;
    QString error; ///< empty when the text is usable
    TextEncoding encoding = TextEncoding::Utf8;
    bool invalidUtf8 = false; ///< the error is bad UTF-8: reading as Windows-1252 would work
};

/// Reads \a path ("-" for standard input) as text: UTF-8 (a BOM is dropped), or UTF-16 with
/// a BOM. Refuses missing files, directories, unreadable or oversized files, binary data and
/// invalid UTF-8 with a one-line reason; with \a windows1252Fallback, invalid UTF-8 is read
/// as Windows-1252 instead.
[[nodiscard]] InputText readInput(const QString &path, bool windows1252Fallback = false);

/// What messages, reports, JSON, SARIF and PDFs call the input \a path: "stdin" for "-",
/// the path itself otherwise. Standard input has this one name everywhere.
[[nodiscard]] QString inputName(const QString &path);
/// The file name a report or PDF shows for \a path: its last part, or "stdin".
[[nodiscard]] QString inputFileName(const QString &path);

} // namespace rolelens
