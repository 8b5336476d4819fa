#pragma once

#include "engine/paragraphanalyzer_p.h"
#include "model/analysis.h"
#include "rules/ruleset.h"

namespace rolelens {

/// A paragraph as the posting checks see it.
struct CheckedParagraph
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool bullet = false;
    bool leadIn = false;
    bool requirementSection = false; ///< a lead-in of must-haves, not of duties
    bool preferred = false;          ///< an item marked as a plus ("preferred", "a plus")
    bool alternatives = false;       ///< names alternatives ("A, B or C", "either")
    int words = 0;
    QStringList technologies; ///< case-folded
};

/// The posting checks (requirements inflation, pay transparency, structure) that look at the
/// whole document. They add findings of their own categories to \a analysis and adjust the
/// pay findings of the pattern rules to \a jurisdiction (null: none chosen); they change
/// neither the score nor the verdict.
void checkPosting(const RuleSet &rules, const JurisdictionSpec *jurisdiction, QStringView text,
                  const QList<CheckedParagraph> &paragraphs, Analysis *analysis);

} // namespace rolelens
