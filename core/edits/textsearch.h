#pragma once

#include "edits/textedits.h"

namespace rolelens {

/// How Find and Replace match: case and whole words, as in every editor's find bar.
struct SearchOptions
{
    bool matchCase = false;
    /// A match may not have a letter, a digit or '_' right before or after it.
    bool wholeWords = false;
};

/// Where \a needle occurs in \a text, in order and without overlaps; every match is
/// needle.size() long. An empty needle matches nowhere.
[[nodiscard]] QList<qsizetype> findMatches(QStringView text, QStringView needle,
                                           SearchOptions options);

/// The edits that replace every match of \a needle with \a replacement: one undo step.
[[nodiscard]] QList<TextEdit> replaceAllEdits(QStringView text, QStringView needle,
                                              const QString &replacement, SearchOptions options);

} // namespace rolelens
