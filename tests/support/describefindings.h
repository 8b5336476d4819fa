#pragma once

#include "model/analysis.h"

#include <QStringList>

namespace rolelens {

/// Which findings describeFindings() states.
enum class Described
{
    AllButPostingChecks, ///< the rule tests: role, tone and spelling findings
    PostingChecksOnly    ///< tst_postingchecks: pay, structure, inclusive, requirements
};

/// "rule severity «text»" for each finding of \a analysis, in text order: the form in which
/// the rule tests state exactly what the engine reports.
inline QStringList describeFindings(const QString &text, const Analysis &analysis,
                                    Described which = Described::AllButPostingChecks)
{
    QStringList out;
    for (const Finding &f : analysis.findings) {
        if (isPostingCheckCategory(f.category) == (which == Described::PostingChecksOnly))
            out.append(QStringLiteral("%1 %2 «%3»")
                           .arg(f.ruleId, severityName(f.severity), text.mid(f.start, f.length)));
    }
    return out;
}

} // namespace rolelens
