#pragma once

#include "io/sourcelocation.h"
#include "model/finding.h"
#include "rules/clausemodel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace rolelens {

/// Upper bound on the steps of a rule pattern.
inline constexpr int kMaxRuleSteps = 6;

/// A rule-pack problem: "FILE:LINE:COLUMN: MESSAGE".
using PackError = SourceError;

struct TermSpec
{
    QString text;
    bool caseSensitive = false;
};

/// One step of a rule: a tag whose classes intersect \a classes.
struct StepSpec
{
    QStringList classes;
    QStringList except;       ///< classes the tag must not have: "infrastructure" is no code
    bool list = false;        ///< extend over a coordinated list ("Java, Python, and AWS")
    QString capture;          ///< name under which the step's text is offered to templates
    bool lowercase = false;   ///< offer the capture with a lowercase first letter
    bool capitalized = false; ///< the tag must start with a capital ("Deploy services")
    bool context = false;     ///< must match but stays out of the finding's span ("you will")
    int maxGap = -1;          ///< tokens allowed before this step; -1: the rule's maxGap
};

/// When the clause model may drop a rule's finding that it is sure is wrong.
enum class Overrule : quint8
{
    Never,  ///< the rule's words are a demand wherever they stand
    Always, ///< the words are a demand in some contexts and not in others
    InProse ///< only in sentences: in a bullet of its own the match stands
};

struct RuleSpec
{
    QString id;
    Category category = Category::CodingDemand;
    Severity severity = Severity::Error;
    Severity softenedSeverity = Severity::Warning; ///< when a softenedBy class is present
    QList<StepSpec> steps;
    int maxGap = 3;           ///< tokens allowed between consecutive steps
    QStringList barrier;      ///< classes that break a partial match between steps
    QStringList unless;       ///< classes anywhere in the segment that cancel the match
    QStringList unlessBefore; ///< classes that, shortly before the match, cancel it
    int unlessWindow = 8;     ///< how many tokens "shortly before" reaches back
    QStringList unlessAfter;  ///< classes right after the match that cancel it ("AWS migration")
    QStringList softenedBy;   ///< classes anywhere in the segment that lower the severity
    bool spanSegment = false; ///< the finding covers the whole sentence or bullet
    Overrule overrulable = Overrule::Never; ///< when the clause model may drop the finding
    QString message;
    QString rationale;
    QStringList suggestions;
    QString example;
    SourceLocation where;
};

/// A topic a good TPM posting covers; present when any tag has one of \a classes.
struct TopicSpec
{
    QString id;
    QString title;
    QStringList classes;
    QString message;
    QString snippet;
    QString section; ///< "responsibilities" or "qualifications": where the snippet belongs
    SourceLocation where;
};

/// A finding a team has agreed to keep: rule \a ruleId on \a text is not reported. Texts
/// compare as comparableFindingText() does.
struct ExceptionSpec
{
    QString ruleId;
    QString text;
    QString reason; ///< why the team keeps it; for people, the engine ignores it
};

struct ScoringSpec
{
    int errorPenalty = 18;
    int warningPenalty = 8;
    int infoPenalty = 2;
    int missingTopicPenalty = 3;
    QStringList leadershipClasses;
};

/// What a jurisdiction's pay-transparency law asks of a posting.
struct JurisdictionSpec
{
    QString id;                      ///< "NYC", "CA", as --jurisdiction and Settings name it
    QString name;                    ///< "New York City"
    QString law;                     ///< the law's name, quoted in the findings' rationale
    Severity range = Severity::Info; ///< how a posting without a pay range is reported
    bool benefits = false;           ///< must describe the benefits
    bool howToApply = false;         ///< must say how (and by when) to apply
    bool eeo = false;                ///< must carry an equal-opportunity statement
};

/// A gender-coded word as the published list gives it: a word or a stem ("aggress*").
struct CodedWordSpec
{
    QString word;
    bool masculine = true;
    QStringList alternatives; ///< neutral words; none: counted, but not reported on its own
};

/// The texts of a finding the posting checks make themselves (not by a pattern rule).
/// Templates name their values in braces: {count}, {limit}, {law}, {word}.
struct CheckFindingSpec
{
    QString id;
    Severity severity = Severity::Info;
    QString message;
    QString rationale;
    QStringList suggestions;
};

/// The document-level posting checks: their limits, the jurisdictions' table, the coded
/// words and the texts of their findings. A later pack replaces what it names.
struct PostingChecksSpec
{
    int maxMustHaves = 10; ///< must-have items before requirements inflation is flagged
    int maxMustHaveTechnologies = 3;
    int seniorYears = 8;        ///< years a non-senior title should not ask for
    int maxYears = 15;          ///< years no title should ask for
    double maxRangeRatio = 1.6; ///< the top of a pay range over its bottom
    int minWords = 300;
    int maxWords = 700;
    QStringList seniorTitles;      ///< title words that make a senior role ("senior", "staff")
    QStringList benefitWords;      ///< words that describe benefits
    QStringList applyWords;        ///< words that say how to apply
    QStringList otherSectionWords; ///< \"Physical requirements\": sections of no qualifications
    QStringList eeoWords;          ///< words of an equal-opportunity statement
    QList<JurisdictionSpec> jurisdictions;
    QList<CodedWordSpec> codedWords;
    QStringList codedExclusions; ///< technical senses of coded words ("lead time")
    QList<CheckFindingSpec> findings;
};

/// One rule-pack file, parsed but not yet compiled. Later packs add lexicon terms, replace
/// rules and topics with the same id, disable rules or topics by id and add exceptions.
struct RulePack
{
    QString name;
    QString file;
    QList<QPair<QString, QList<TermSpec>>> lexicons;
    QList<RuleSpec> rules;
    QList<TopicSpec> topics;
    QStringList disabled;
    QList<ExceptionSpec> exceptions;
    std::optional<ScoringSpec> scoring;
    std::optional<ClauseModelSpec> model; ///< replaces the model of the packs before it
    /// The "postingChecks" section as written, checked; packs merge it before it is read.
    QJsonObject postingChecks;
};

struct PackLoadResult
{
    std::optional<RulePack> pack;
    PackError error;
};

/// Parses a rule pack. Errors name the file, the line and the problem.
[[nodiscard]] PackLoadResult parseRulePack(const QByteArray &json, const QString &fileName);
/// The "postingChecks" sections of \a packs merged in order (a later pack replaces the keys it
/// names; "findings" and "jurisdictions" by id) and read. Never fails: each section was
/// checked when its pack was parsed.
[[nodiscard]] PostingChecksSpec mergedPostingChecks(const QList<RulePack> &packs);
/// Reads and parses a rule pack file (also ":/rules/..." resources).
[[nodiscard]] PackLoadResult loadRulePack(const QString &fileName);

} // namespace rolelens
