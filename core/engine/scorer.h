#pragma once

#include "model/analysis.h"
#include "rules/ruleset.h"

namespace rolelens {

/// What the lines of a document add up to, besides their findings.
struct DocumentTotals
{
    ClassMask classes;      ///< every class tagged anywhere
    ClassMask titleClasses; ///< classes of the first non-blank line
    ClassMask titleHead;    ///< those of its head (ParagraphResult::headClasses)
    int leadershipTags = 0;
    Role seeks = Role::Unknown; ///< the first "we are looking for a ..." role of the body
};

/// Fills in role, coverage, score, its explanation, balance and verdict of \a analysis from
/// its findings and \a totals. In developer postings, role-mismatch findings become Info and
/// count for nothing.
void scoreAnalysis(const RuleSet &rules, const DocumentTotals &totals, Analysis *analysis);

} // namespace rolelens
