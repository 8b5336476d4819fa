#pragma once

#include "engine/clausejudge_p.h"
#include "engine/postingchecks_p.h"
#include "engine/segmentmatcher_p.h"
#include "model/analysis.h"
#include "model/finding.h"
#include "rules/ruleset.h"
#include "spelling/spellchecker.h"

#include <QList>
#include <QStringView>

namespace rolelens {

/// What a lead-in ("Must have:", "## Nice to have", "## About us") says about the paragraphs
/// below it.
enum class ParagraphContext : quint8
{
    None,
    Required,
    Preferred,
    Company ///< the employer describes itself, its products or its benefits: nobody's duties
};
inline constexpr std::size_t kParagraphContextCount = std::size_t(ParagraphContext::Company) + 1;

/// The analysis of one paragraph: a heading, a bullet, a lead-in or a run of prose lines.
/// Offsets are relative to the paragraph, so a result can be cached by the paragraph's text
/// and reused wherever the paragraph moves.
struct ParagraphResult
{
    QList<Finding> findings;
    ClassMask classes; ///< every class tagged (coverage, role detection)
    /// The classes tagged in the line's first part that names a role, parts ending at a
    /// qualifier ("(", ",", "|", a spaced dash), where it names a role at all: a title's head,
    /// "Infrastructure Engineer" of "Infrastructure Engineer (Scrum Master)" and of "Vice
    /// President - Infrastructure Engineer - Delivery Lead".
    ClassMask headClasses;
    int leadershipTags = 0; ///< tags in the scoring's leadership classes
    int words = 0;          ///< word, number and hashtag tokens
    /// The technologies named ("tech.*" tags), each by a hash of its case-folded words: the
    /// requirements check counts the distinct ones, and needs no copy of their names.
    QList<quint64> technologies;
    int masculineCoded = 0; ///< gender-coded words (CodedWords)
    int feminineCoded = 0;
    bool blank = true;
    bool bullet = false; ///< a bullet or numbered item
    SharedScan scan;     ///< pay figures, years, template fields; null: none
    bool leadIn = false; ///< a heading or "Something:" line; sets the context below
    ParagraphContext context = ParagraphContext::None; ///< the context a lead-in sets
    /// The employer's section, given from above, ended inside ("... Responsibilities: ...").
    bool leavesEmployerSection = false;
    Role seeks = Role::Unknown;  ///< the role a "we are looking for a ..." sentence names
    QList<ClauseRecord> clauses; ///< only when the analyzer keeps them
    qint64 matchSteps = 0;       ///< the rule matcher's work (SegmentMatcher::steps())
};

/// Runs the rules over one paragraph: splits it into sentences, tags lexicon terms and
/// matches every rule inside each sentence. Line breaks inside a paragraph are spaces.
class ParagraphAnalyzer
{
public:
    /// \a spelling may be null: no spell checking. With \a keepClauses, every result lists
    /// how the clause model judged its clauses.
    ParagraphAnalyzer(const RuleSet &rules, const SpellChecker *spelling, bool keepClauses = false)
        : m_rules(rules), m_spelling(spelling), m_judge(rules, keepClauses)
    {}

    /// \a context is the one set by the nearest lead-in above the paragraph.
    [[nodiscard]] ParagraphResult analyze(QStringView paragraph, ParagraphContext context) const;

private:
    void addMisspellings(QStringView paragraph, const QList<Token> &tokens,
                         ParagraphResult *result) const;
    void addCodedWords(QStringView paragraph, const QList<Token> &tokens,
                       const TermMatcher::TokenIds &ids, ParagraphResult *result) const;

    const RuleSet &m_rules;
    const SpellChecker *m_spelling;
    ClauseJudge m_judge;
};

} // namespace rolelens
