#pragma once

#include "rules/ruleset.h"

#include <QVarLengthArray>
#include <optional>

namespace rolelens {

/// A sentence or bullet: tokens [firstToken, lastToken] of a line and their tags in order,
/// led by the context pseudo-tag of the line, if any.
struct Segment
{
    int firstToken = 0;
    int lastToken = 0;
    int textStart = 0;                   ///< where its text starts
    int textEnd = 0;                     ///< where its text ends, sentence punctuation left out
    mutable std::optional<QString> text; ///< the text, simplified; made once if a rule asks
    QVarLengthArray<Tag, 24> tags;
};

/// Whether the verb tagged \a verbTag in \a segment tells what somebody else does: a verb in
/// the third person after a subject of its own ("Acme builds data pipelines"). A verb that
/// starts the segment ("Builds dashboards") or follows the job as its subject ("The TPM
/// builds", "This role develops") describes the job.
[[nodiscard]] bool doneByOtherSubject(const Segment &segment, int verbTag,
                                      const QList<Token> &tokens, const RuleSet::Special &special);

/// The index of the first word token of \a segment; past its last token if it has none.
[[nodiscard]] int firstWordOf(const Segment &segment, const QList<Token> &tokens);

/// The index of the first tag of \a segment that holds words and does not end before its
/// first word; the number of its tags if none does. The pseudo-tag at the start ("seg.start",
/// the section's strength) has no words.
[[nodiscard]] int firstWordTag(const Segment &segment, const QList<Token> &tokens);

/// The word right after token \a last of \a line inside \a segment, or an empty view where the
/// segment ends there or a mark follows.
[[nodiscard]] QStringView wordAfter(QStringView line, const QList<Token> &tokens,
                                    const Segment &segment, int last);

/// The words strictly between tokens \a from and \a to of \a line, a hyphenated compound
/// ("turn-up") counting once and one glued to \a from ("cluster-level") not at all.
[[nodiscard]] int wordsBetween(QStringView line, const QList<Token> &tokens, int from, int to);

/// Matches every rule of a rule set inside one segment. Each rule is a small automaton over
/// the segment's tags that keeps only the latest partial match per step, so a segment costs
/// O(tags x steps) per rule however the text is written.
class SegmentMatcher
{
public:
    SegmentMatcher(const RuleSet &rules, QStringView line, const QList<Token> &tokens)
        : m_rules(rules), m_line(line), m_tokens(tokens)
    {}

    /// Appends the findings of \a segment (line-relative offsets) to \a out.
    void match(const Segment &segment, QList<Finding> *out) const;
    /// The rule steps tried against tags so far: the matcher's work, which the tests hold
    /// to grow linearly with the text.
    [[nodiscard]] qint64 steps() const { return m_steps; }

private:
    struct Span
    {
        int start = 0;
        int end = 0;
    };
    struct Partial
    {
        int startTag = 0;
        int endTag = 0;
        int lastToken = 0;
        int start = 0;
        int end = 0;
        std::array<Span, kMaxRuleSteps> stepSpans{};
    };
    struct ListEnd
    {
        int tag = 0;
        int lastToken = 0;
        int end = 0;
    };

    /// A rule's match before it becomes a finding: the finding's texts are made only for the
    /// matches that no longer one of the same family contains.
    struct Match
    {
        const CompiledRule *rule = nullptr;
        Partial partial;
        int start = 0; ///< the finding's span, as makeFinding() gives it
        int end = 0;
    };
    using Matches = QVarLengthArray<Match, 8>;
    using Coverage = QVarLengthArray<int, 25>;
    void matchRule(const CompiledRule &rule, const Segment &segment, const Coverage &covered,
                   Matches *out) const;
    [[nodiscard]] ListEnd extendList(const Segment &segment, int tag, const ClassMask &mask,
                                     const ClassMask &nextStep) const;
    [[nodiscard]] bool onlyListPunctuation(int fromToken, int toToken) const;
    /// Whether the list a step's excluded word starts holds an item the step allows.
    [[nodiscard]] bool listHoldsAllowedItem(const Segment &segment, int tag,
                                            const CompiledStep &step,
                                            const ClassMask &nextStep) const;
    /// Whether token \a token of \a segment is the word \a word, in any case.
    [[nodiscard]] bool isWordAt(const Segment &segment, int token, QStringView word) const;
    /// The last "but" among tokens [\a from, \a end) of \a segment, or -1: a contrast ends
    /// what a cue, a negation or a subject before it says ("No coding required, but …").
    [[nodiscard]] int lastContrast(const Segment &segment, int from, int end) const;
    /// Whether token \a token of \a segment is a comma.
    [[nodiscard]] bool isCommaAt(const Segment &segment, int token) const;
    /// The first word of the list of single words, joined by commas, "and", "or" or ", and",
    /// that ends at \a token after an infinitive's "to" ("to design, build, test and
    /// deploy"); \a token itself when it is no such list's last word.
    [[nodiscard]] int infinitiveListStart(const Segment &segment, int token) const;
    /// Whether \a segment opens with a knowledge cue that \a rule yields to and that still
    /// governs the tag \a startTag: no other ask, option, subject or duty of its own between.
    [[nodiscard]] bool opensWithKnowledge(const CompiledRule &rule, const Segment &segment,
                                          int startTag) const;
    [[nodiscard]] bool cancelledBefore(const CompiledRule &rule, const Segment &segment,
                                       int startTag) const;
    [[nodiscard]] bool doneByAnother(const CompiledRule &rule, const Segment &segment,
                                     int startTag) const;
    [[nodiscard]] bool cancelledAfter(const CompiledRule &rule, const Segment &segment,
                                      int endTag) const;
    [[nodiscard]] bool waivedAfter(const CompiledRule &rule, const Segment &segment,
                                   int endTag) const;
    [[nodiscard]] bool prepositionAfter(int last, const Segment &segment) const;
    [[nodiscard]] static Match spanned(const CompiledRule &rule, const Segment &segment,
                                       const Partial &partial);
    [[nodiscard]] Finding makeFinding(const Match &match, const Segment &segment,
                                      const ClassMask &classes) const;

    const RuleSet &m_rules;
    QStringView m_line;
    const QList<Token> &m_tokens;
    mutable qint64 m_steps = 0;
};

} // namespace rolelens
