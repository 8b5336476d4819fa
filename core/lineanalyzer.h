#pragma once

#include "finding.h"
#include "ruleset.h"

#include <QList>
#include <QStringView>

namespace rolelens {

/// What a lead-in line ("Must have:", "## Nice to have") says about the lines below it.
enum class LineContext : quint8 { None, Required, Preferred };

/// The analysis of one line. Offsets are relative to the line, so a result can be cached
/// by the line's text and reused wherever that line moves.
struct LineResult
{
    QList<Finding> findings;
    ClassMask classes;      ///< every class tagged in the line (coverage, role detection)
    int leadershipTags = 0; ///< tags in the scoring's leadership classes
    bool blank = true;
    bool leadIn = false;    ///< a heading or "Something:" line; sets the context below it
    LineContext context = LineContext::None; ///< the context a lead-in sets
};

/// Runs the rules over one line: splits it into sentences (a bullet is one segment or more),
/// tags lexicon terms and matches every rule inside each segment.
class LineAnalyzer
{
public:
    explicit LineAnalyzer(const RuleSet &rules) : m_rules(rules) {}

    /// \a context is the one set by the nearest lead-in above the line.
    [[nodiscard]] LineResult analyze(QStringView line, LineContext context) const;

private:
    const RuleSet &m_rules;
};

} // namespace rolelens
