#pragma once

#include "model/analysis.h"

#include <QList>
#include <QString>

namespace rolelens {

/// How a posting changed since an earlier version (the baseline).
struct BaselineComparison
{
    QList<Finding> added; ///< new since the baseline; offsets into the current text
    QList<Finding> fixed; ///< gone since the baseline; offsets into the baseline's text
    int scoreBefore = 0;
    int scoreAfter = 0;
    Verdict verdictBefore = Verdict::None;
    Verdict verdictAfter = Verdict::None;
    int errorsBefore = 0; ///< findings of severity error in the baseline
    int errorsAfter = 0;
    int warningsBefore = 0;
    int warningsAfter = 0;

    /// Whether \a finding of the current analysis is one of the added ones (SARIF's
    /// baselineState "new"; else "unchanged").
    [[nodiscard]] bool isAdded(const Finding &finding) const;
    /// The name of \a finding's baseline state: "new" or "unchanged".
    [[nodiscard]] QString stateOf(const Finding &finding) const;
};

/// Compares the analysis \a after of \a afterText with the analysis \a before of the baseline
/// \a beforeText. Findings are the same when their rule and their text are (as
/// comparableFindingText() compares texts), wherever they are, so moving text changes
/// nothing. They are counted: two equal findings before and one after make one fixed.
[[nodiscard]] BaselineComparison compareWithBaseline(const Analysis &before,
                                                     const QString &beforeText,
                                                     const Analysis &after,
                                                     const QString &afterText);

} // namespace rolelens
