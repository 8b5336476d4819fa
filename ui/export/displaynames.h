#pragma once

#include "model/analysis.h"
#include "model/finding.h"

#include <QString>

namespace rolelens {

/// Translated names for people ("Coding demand", "Warning"), where core has ids
/// ("coding-demand", "warning"). Shared by the dock and the review report.
[[nodiscard]] QString categoryTitle(Category category);
/// One or two sentences on what a category's findings are about, for the help.
[[nodiscard]] QString categoryDescription(Category category);
[[nodiscard]] QString severityTitle(Severity severity);
[[nodiscard]] QString verdictTitle(Verdict verdict);

/// \a text on one line between typographic quotes, cut short with an ellipsis to
/// \a maxLength characters when that is above 0. How the dock, the dialogs and the report
/// quote a posting.
[[nodiscard]] QString quoted(QStringView text, qsizetype maxLength = 0);
/// A change of score with its sign: "+36", "−8" (a minus sign, not a hyphen), "±0".
[[nodiscard]] QString signedChange(int delta);

} // namespace rolelens
