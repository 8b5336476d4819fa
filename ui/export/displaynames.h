#pragma once

#include "model/analysis.h"
#include "model/finding.h"

#include <QDateTime>
#include <QString>

namespace rolelens {

/// Translated names for people ("Coding demand", "Warning"), where core has ids
/// ("coding-demand", "warning"). Shared by the dock and the review report.
[[nodiscard]] QString categoryTitle(Category category);
/// One or two sentences on what a category's findings are about, for the help.
[[nodiscard]] QString categoryDescription(Category category);
[[nodiscard]] QString severityTitle(Severity severity);
[[nodiscard]] QString verdictTitle(Verdict verdict);

/// \a text on one line, cut to \a maxLength characters (none: whole) with an ellipsis.
[[nodiscard]] QString elided(QStringView text, qsizetype maxLength = 0);

/// \a text on one line between typographic quotes, cut short with an ellipsis to
/// \a maxLength characters when that is above 0. How the dock, the dialogs and the report
/// quote a posting.
[[nodiscard]] QString quoted(QStringView text, qsizetype maxLength = 0);
/// Who wrote a comment or made a decision, and when, in local time ("Dana, 01/03/2026
/// 09:30"), leaving out what is unknown. The Review dock and the report show it alike.
[[nodiscard]] QString byline(const QString &author, const QDateTime &when);
/// A change of score with its sign: "+36", "−8" (a minus sign, not a hyphen), "±0".
[[nodiscard]] QString signedChange(int delta);

} // namespace rolelens
