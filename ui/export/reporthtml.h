#pragma once

#include "report/reports.h"

#include <QString>

namespace rolelens {

/// The review report of \a report as HTML for a QTextDocument: the summary, the changes since
/// the baseline (when there is one), the coverage of TPM topics, the open findings, and the
/// review's comments and decisions (when there is a review). Findings the review keeps are
/// never among the open findings, whether or not \a report already left them out.
[[nodiscard]] QString reportHtml(const FileReport &report);

} // namespace rolelens
