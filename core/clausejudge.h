#pragma once

#include "analysis.h"
#include "ruleset.h"
#include "segmentmatcher.h"

namespace rolelens {

struct ParagraphResult;

/// Judges each requirement clause with the rule set's clause model: it describes the clause
/// by its parts (words and word pairs, lexicon classes and neighbouring class pairs, the
/// rules that matched, its shape), lets the model decide whether it is a developer demand,
/// of which family and how strong, and keeps, drops or adds findings accordingly.
class ClauseJudge
{
public:
    /// With \a keepNames, every clause is also recorded with its feature names (training
    /// dumps), with or without a model.
    ClauseJudge(const RuleSet &rules, bool keepNames) : m_rules(rules), m_keepNames(keepNames) {}

    /// Whether judging may change anything: a model is loaded or clauses are recorded. If not,
    /// the rules' findings are final.
    [[nodiscard]] bool isActive() const { return !m_rules.model().isEmpty() || m_keepNames; }
    /// Whether a clause with the rules' findings \a found needs judging. A model that never
    /// flags a clause on its own (threshold 1) only weighs the clauses a rule matched, which
    /// keeps the cost of judging to a few clauses per posting.
    [[nodiscard]] bool needed(const QList<Finding> &found) const;

    /// Adds to \a result the findings of \a segment that stand: \a found are the rules'.
    void judge(QStringView line, const QList<Token> &tokens, const Segment &segment, bool bullet,
               QList<Finding> *found, ParagraphResult *result) const;

private:
    const RuleSet &m_rules;
    bool m_keepNames;
};

} // namespace rolelens
