#pragma once

#include "engine/paragraphsketch_p.h"
#include "model/analysis.h"
#include "rules/ruleset.h"
#include "text/tokenizer.h"

#include <memory>

namespace rolelens {

/// [start, end) in a paragraph.
struct TextSpan
{
    int start = 0;
    int end = 0;
};

/// A pay range: both ends, and whether a unit (per hour, per year) stands near it.
struct PayRange : TextSpan
{
    double low = 0;
    double high = 0;
    bool unit = false;
};

/// "8+ years of experience".
struct YearsDemand : TextSpan
{
    int years = 0;
};

/// What the posting checks find in one paragraph, in its own offsets: found once per
/// paragraph and cached with it, so that a keystroke scans only what it changed.
struct ParagraphScan
{
    QList<PayRange> ranges;
    QList<TextSpan> openEnded; ///< "up to $X", "from $X", "$X+"
    QList<YearsDemand> years;
    QList<TextSpan> placeholders; ///< "[Company]", "{{salary}}", "$XX,XXX"

    [[nodiscard]] bool isEmpty() const
    {
        return ranges.isEmpty() && openEnded.isEmpty() && years.isEmpty() && placeholders.isEmpty();
    }
};

/// A paragraph's scan, shared by its cached result and the document's checks; null when the
/// scan found nothing, as for most paragraphs. Held by pointer so that a long document's
/// list of paragraphs stays small: the checks walk it several times.
using SharedScan = std::shared_ptr<const ParagraphScan>;

/// Scans \a paragraph (tokenized as \a tokens) for pay figures, years of experience and
/// template fields. Its \a sketch decides which patterns can match at all.
[[nodiscard]] SharedScan scanParagraph(QStringView paragraph, const QList<Token> &tokens,
                                       const ParagraphSketch &sketch);

/// A paragraph as the posting checks see it.
struct CheckedParagraph
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool bullet = false;
    bool leadIn = false;
    bool requirementSection = false; ///< a lead-in of must-haves, not of duties
    bool preferred = false;          ///< an item marked as a plus ("preferred", "a plus")
    bool preferredSection = false;   ///< under a "Nice to have" lead-in
    bool alternatives = false;       ///< names alternatives ("A, B or C", "either")
    int words = 0;
    QList<quint64> technologies; ///< ParagraphResult::technologies
    SharedScan scan;             ///< ParagraphResult::scan
};

/// The posting checks (requirements inflation, pay transparency, structure) that look at the
/// whole document. They add findings of their own categories to \a analysis and adjust the
/// pay findings of the pattern rules to \a jurisdiction (null: none chosen); they change
/// neither the score nor the verdict.
void checkPosting(const RuleSet &rules, const JurisdictionSpec *jurisdiction, QStringView text,
                  const QList<CheckedParagraph> &paragraphs, Analysis *analysis);

} // namespace rolelens
