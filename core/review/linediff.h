#pragma once

#include <QList>
#include <QString>

namespace rolelens {

/// One line of a line-by-line comparison of two texts.
struct DiffLine
{
    enum Kind
    {
        Same,    ///< in both texts
        Removed, ///< only in the earlier text
        Added    ///< only in the later text
    };

    Kind kind = Same;
    int oldLine = -1; ///< 1-based line in the earlier text; -1 for Added
    int newLine = -1; ///< 1-based line in the later text; -1 for Removed
    QString text;     ///< the line without its line end

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

/// The default for diffLines()' \a maxEdits.
inline constexpr int kDefaultMaxDiffEdits = 2000;

/// Compares \a before with \a after line by line and returns an edit script: read in order,
/// its Same and Removed lines are \a before, its Same and Added lines are \a after. Within a
/// run of changes, the removed lines come first.
///
/// "\n", "\r\n" and a lone "\r" all end a line, and a line end after the last line adds no
/// empty line, so line ends alone never differ. The script is a shortest one (Myers' O(ND)
/// algorithm on what lies between the common first and last lines) unless it needs more than
/// \a maxEdits removed and added lines, or the search would take too long: then the lines
/// between the common ones are all removed and added. That script is longer but still
/// correct, and so two large texts cost time in proportion to their length and memory
/// bounded by \a maxEdits, however much they differ.
[[nodiscard]] QList<DiffLine> diffLines(const QString &before, const QString &after,
                                        int maxEdits = kDefaultMaxDiffEdits);

} // namespace rolelens
