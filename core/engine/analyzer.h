#pragma once

#include "model/analysis.h"
#include "rules/ruleset.h"

#include <memory>

namespace rolelens {

class SpellChecker;

/// Analyses whole documents. Stateless and thread-safe: one analyzer can serve many
/// threads (the CLI's --jobs).
class Analyzer
{
public:
    explicit Analyzer(std::shared_ptr<const RuleSet> rules = RuleSet::builtin(),
                      std::shared_ptr<const SpellChecker> spelling = nullptr);

    enum ClauseDetail
    {
        DropClauses,
        KeepClauses ///< fill Analysis::clauses with how the clause model judged each clause
    };
    [[nodiscard]] Analysis analyze(QStringView text, ClauseDetail detail = DropClauses) const;
    [[nodiscard]] const RuleSet &rules() const { return *m_rules; }
    /// The jurisdiction whose pay-transparency law the posting checks apply (an id of the
    /// rule packs' table, such as "NYC"); empty or unknown: none, the pay checks inform only.
    void setJurisdiction(const QString &id) { m_jurisdiction = m_rules->jurisdiction(id); }

private:
    std::shared_ptr<const RuleSet> m_rules;
    std::shared_ptr<const SpellChecker> m_spelling;
    const JurisdictionSpec *m_jurisdiction = nullptr;
};

/// Analyses a document that changes a little at a time (the editor). Paragraph results are
/// cached by the paragraph's text and context, so an edit re-analyses only the paragraphs it
/// touched; coverage, score and verdict are recombined from the cached parts.
class IncrementalAnalyzer
{
public:
    explicit IncrementalAnalyzer(std::shared_ptr<const RuleSet> rules = RuleSet::builtin(),
                                 std::shared_ptr<const SpellChecker> spelling = nullptr);
    ~IncrementalAnalyzer();
    IncrementalAnalyzer(const IncrementalAnalyzer &) = delete;
    IncrementalAnalyzer &operator=(const IncrementalAnalyzer &) = delete;

    [[nodiscard]] Analysis analyze(QStringView text);
    [[nodiscard]] const RuleSet &rules() const { return *m_rules; }
    /// As Analyzer::setJurisdiction(); the cached paragraphs stay valid.
    void setJurisdiction(const QString &id) { m_jurisdiction = m_rules->jurisdiction(id); }
    /// Paragraphs analysed afresh (cache misses) by the last analyze().
    [[nodiscard]] int lastMisses() const { return m_lastMisses; }

private:
    std::shared_ptr<const RuleSet> m_rules;
    std::shared_ptr<const SpellChecker> m_spelling;
    struct Cache; // paragraph results by their text, one table per paragraph context
    std::unique_ptr<Cache> m_cache;
    const JurisdictionSpec *m_jurisdiction = nullptr;
    int m_lastMisses = 0;
};

} // namespace rolelens
