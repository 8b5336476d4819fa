#pragma once

#include "engine/segmentmatcher_p.h"
#include "model/analysis.h"
#include "rules/ruleset.h"

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
    /// Whether a clause with the rules' findings \a found and the lexicon classes \a classes
    /// needs judging: a rule matched it, or the model may flag it on its own because it names
    /// one of the classes the model judges. Most clauses (benefits, the company, the team)
    /// name none, which keeps the cost of judging to a fraction of the clauses.
    [[nodiscard]] bool needed(const QList<Finding> &found, const ClassMask &classes) const;

    /// Adds to \a result the findings of \a segment that stand: \a found are the rules',
    /// \a classes those of its tags.
    void judge(QStringView line, const QList<Token> &tokens, const Segment &segment, bool bullet,
               const ClassMask &classes, QList<Finding> *found, ParagraphResult *result) const;

private:
    [[nodiscard]] bool mayFlagAlone(const ClassMask &classes) const;
    [[nodiscard]] bool offersBusinessDegree(const Segment &segment) const;
    [[nodiscard]] bool offersManagerRole(QStringView line, const QList<Token> &tokens,
                                         const Segment &segment) const;
    [[nodiscard]] bool asksForManagement(QStringView line, const QList<Token> &tokens,
                                         const Segment &segment) const;
    [[nodiscard]] bool namesDegreeWithoutField(const ClassMask &classes) const;
    [[nodiscard]] bool listsStackOutsideRequirements(const Segment &segment,
                                                     const ClassMask &classes) const;

    const RuleSet &m_rules;
    bool m_keepNames;
};

} // namespace rolelens
