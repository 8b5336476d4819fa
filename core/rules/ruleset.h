#pragma once

#include "rules/classmask.h"
#include "rules/clausemodel.h"
#include "rules/codedwords.h"
#include "rules/rulepack.h"
#include "rules/termmatcher.h"
#include "rules/texttemplate.h"

#include <QHash>
#include <QSet>
#include <limits>
#include <memory>

namespace rolelens {

struct CompiledStep
{
    ClassMask mask;
    ClassMask except; ///< a tag with one of these classes does not match the step
    bool list = false;
    bool context = false;
    bool lowercase = false;
    bool capitalized = false;
    int maxGap = 0; ///< tokens allowed between the previous step and this one
    int slot = -1;  ///< template slot of the capture, -1 if none
};

/// A rule ready to run: class names resolved to masks, templates parsed. Template slots are
/// the step captures in order, then "match" and "segment".
struct CompiledRule
{
    RuleSpec spec;
    QList<CompiledStep> steps;
    /// The masks of the first step, the second (for rules of three steps or more) and
    /// "unless", for the per-sentence filter after RuleSet::rulesByLastStep: a sentence
    /// without a candidate for each step cannot match.
    SparseMask firstStep;
    SparseMask secondStep; ///< empty for rules of one or two steps
    SparseMask unlessAny;
    ClassMask barrier;
    ClassMask unless;
    ClassMask unlessBefore;
    ClassMask unlessAfter;
    ClassMask softenedBy;
    TextTemplate message;
    QList<TextTemplate> suggestions;
    int spanStep = 0; ///< the first step that is not context: where the finding starts
    int slotCount = 0;
    bool usesMatch = false;   ///< a template refers to {match}
    bool usesSegment = false; ///< a template refers to {segment}
    int matchSlot = 0;
    int segmentSlot = 0;
};

/// What a finding looks like when the clause model flags a clause no rule matched.
struct JudgedFinding
{
    QString ruleId;     ///< "<family>/judged"
    QString hintRuleId; ///< "<family>/possible": a clause the model finds only possible
    Category category = Category::CodingDemand;
    QString message;
    QString rationale;
    QList<TextTemplate> suggestions; ///< one slot: {segment}
    bool enabled = false;            ///< a model is loaded and the id is not disabled
    /// The demand probability from which it is flagged alone; infinity: never.
    double threshold = std::numeric_limits<double>::infinity();
};

struct CompiledTopic
{
    TopicSpec spec;
    ClassMask mask;
};

/// Everything the analyzer needs, merged from rule packs and compiled once. Immutable and
/// shared between threads.
class RuleSet
{
public:
    struct BuildResult
    {
        std::shared_ptr<const RuleSet> rules;
        PackError error;
    };

    /// Merges \a packs in order (later packs add terms, replace rules and topics by id,
    /// disable ids) and compiles them. \a disabled lists more ids to leave out.
    static BuildResult build(const QList<RulePack> &packs, const QStringList &disabled = {});
    /// The packs compiled into the binary, in load order.
    static QList<RulePack> builtinPacks();
    /// The built-in rules; built once and shared.
    static std::shared_ptr<const RuleSet> builtin();

    [[nodiscard]] const TermMatcher &matcher() const { return m_matcher; }
    [[nodiscard]] const ClassRegistry &classes() const { return m_classes; }
    [[nodiscard]] const QList<CompiledRule> &rules() const { return m_rules; }
    /// The rules by the classes of their last step (an object, a technology): the rarest
    /// step, so the rules a sentence may match are found from its classes alone.
    [[nodiscard]] const MaskIndex &rulesByLastStep() const { return m_rulesByLastStep; }
    [[nodiscard]] const QList<CompiledTopic> &topics() const { return m_topics; }
    [[nodiscard]] const ScoringSpec &scoring() const { return m_scoring; }
    [[nodiscard]] const ClassMask &leadershipMask() const { return m_leadership; }
    /// Whether the clause model may drop a finding of rule \a ruleId it is sure is wrong: only
    /// rules whose words are a demand in some contexts and not in others allow it.
    [[nodiscard]] bool isOverrulable(const QString &ruleId, bool bullet) const
    {
        const Overrule when = m_overrulable.value(ruleId, Overrule::Never);
        return when == Overrule::Always || (when == Overrule::InProse && !bullet);
    }
    /// The classes of which a clause no rule matched must name one for the model to judge it;
    /// none: every clause.
    [[nodiscard]] const ClassMask &modelJudges() const { return m_modelJudges; }
    /// Whether a clause naming \a classes asks only to understand technology, so that the model
    /// may not flag it on its own.
    [[nodiscard]] bool asksOnlyLiteracy(const ClassMask &classes) const
    {
        return namesOnly(classes, m_modelLiteracy, m_modelBeyondLiteracy);
    }
    /// Whether a clause naming \a classes is about the program's own objects only ("build
    /// status dashboards in Jira"), so that the model may not flag it on its own.
    [[nodiscard]] bool namesOnlyProgramObjects(const ClassMask &classes) const
    {
        return namesOnly(classes, m_modelProgramObjects, m_modelEngineeringObjects);
    }
    /// The clause model that judges every clause; empty when no pack has one.
    [[nodiscard]] const ClauseModel &model() const { return m_model; }
    /// The clause-model feature "c:<name>" of class \a id.
    [[nodiscard]] quint64 classFeature(int id) const { return m_classFeatures[std::size_t(id)]; }
    [[nodiscard]] const JudgedFinding &judgedFinding(Category family) const
    {
        return m_judged[std::size_t(family)];
    }
    /// Whether \a finding is the model's hint: worth a second look, no more.
    [[nodiscard]] bool isHint(const Finding &finding) const
    {
        return isRoleCategory(finding.category) &&
               finding.ruleId == judgedFinding(finding.category).hintRuleId;
    }
    [[nodiscard]] const CompiledRule *rule(const QString &id) const;
    /// The posting checks' limits, jurisdictions and texts, merged from every pack.
    [[nodiscard]] const PostingChecksSpec &postingChecks() const { return m_checks; }
    /// The texts of the posting-check finding \a id; null when no pack defines it or it is
    /// disabled.
    [[nodiscard]] const CheckFindingSpec *checkFinding(QStringView id) const;
    /// The jurisdiction \a id names (case-insensitive); null for none or an unknown one.
    [[nodiscard]] const JurisdictionSpec *jurisdiction(QStringView id) const;
    [[nodiscard]] const CodedWords &codedWords() const { return m_codedWords; }
    /// Whether a pack's "exceptions" keep a finding of rule \a ruleId on \a text from being
    /// reported.
    [[nodiscard]] bool isException(const QString &ruleId, QStringView text) const;

    /// Classes the engine itself gives meaning to.
    struct Special
    {
        ClassMask listSeparator; ///< "list.sep": joins a list ("Java, Python and AWS")
        ClassMask required;      ///< "mod.required": a heading like "Must have:"
        ClassMask preferred;     ///< "mod.preferred": a heading like "Nice to have:"
        ClassMask roleManager;   ///< "role.manager" in the title: a manager posting
        ClassMask thirdPerson;   ///< "verb.third": "builds", "develops"
        ClassMask jobSubjects;   ///< "role.manager", "subject.self": the job as a subject
        ClassMask roleDeveloper; ///< "role.dev", "role.dev.one": a developer's title
        ClassMask itemVerbs;  ///< verbs, "strong": capitalised after a lower-case word, they start
                              ///< an item of a flattened list
        ClassMask itemCues;   ///< cues and section names: capitalised, they start an item after
                              ///< any word
        ClassMask clauseJoin; ///< "clause.join": "and also" before a second duty
        ClassMask dutyVerbs;  ///< the verbs of a duty: after "and" or a comma, a second one
        ClassMask routineWithVerb; ///< "duty.act": a verb with its object ("fix bugs")
        ClassMask passiveVerbs;    ///< "verb.passive": "built by", "maintained by"
        ClassMask leadVerbs;       ///< "verb.lead": "lead", "drive", "coordinate"
        ClassMask workVerbs;       ///< the verbs of a duty that do more than lead
        ClassMask ownWork;         ///< "duty.exec", "work.*": work named as a noun ("writing code")
        ClassMask asks;     ///< "cue.*", "exp.*", "mod.required", "mod.preferred": words that ask
        ClassMask verbs;    ///< "verb.*", "duty.act": whatever starts a duty
        ClassMask softCues; ///< "cue.soft": "understanding of", "able to discuss"
        /// "cue.strong", "cue.medium", "cue.hands-on", "cue.skills-in", "cue.experience-strong":
        /// cues that ask for experience or skill with what follows ("Experience with:"), not
        /// for understanding of it
        ClassMask demandCues;
        ClassMask knowledgeOpeners; ///< "opener.knowledge": "understanding of", "knowledge of"
                                    ///< where they open a clause
        ClassMask otherSubjects;    ///< "subject.other": "teams that", "engineers who"
        ClassMask companySubjects;  ///< "subject.company": "we", "our team"
        ClassMask stackUse;         ///< "verb.stack-use": "using", "work with" after "we"
        ClassMask wants;            ///< "verb.want": "need", "expect", "value"
        ClassMask degrees;          ///< "degree.advanced", "degree.bachelor" and the like
        ClassMask businessFields;   ///< "field.business", "degree.business": "MBA"
        ClassMask technicalFields;  ///< "field.engineering", "field.tech", "degree.advanced-field",
                                    ///< "tech.discipline": what makes a degree an engineer's
        ClassMask adjacentHeads;    ///< "head.org", "head.concern": heads of one word
        ClassMask waivers;          ///< "mod.waived": "is not required", "isn't necessary"
        ClassMask managerOptions;   ///< "alt.pm": "or program management", "platform TPM"
        ClassMask pmDisciplines;    ///< "pm.discipline": "project management"
        ClassMask organisations;    ///< "head.org": "team", "department"
        ClassMask engineering;      ///< "tech.*", "work.*", "duty.exec": engineering named
        ClassMask asRole;           ///< "prep.as": "as a", before the role a person was
        ClassMask usingTools;       ///< "prep.using": "using", "leveraging"
        ClassMask managementOptionMarks; ///< "alt.pm", "alt.pm-option": what marks an "or"
                                         ///< before a management discipline
        ClassMask managementDisciplines; ///< "pm.discipline", "role.manager": "program
                                         ///< management", "project manager"
        ClassMask programs;              ///< "obj.program": "program", "project", "migration"
        ClassMask teams;                 ///< "head.org", "obj.mgmt": whom a manager leads ("teams")
        ClassMask experience;      ///< "exp.noun", "cue.medium": "experience", "experience in"
        ClassMask years;           ///< "exp.years": "5+ years", "at least 3 years"
        ClassMask fields;          ///< "field.tech": "distributed systems", "cloud computing"
        ClassMask softeners;       ///< "mod.preferred", "mod.occasional": "when needed"
        ClassMask modifiers;       ///< "tech.*", "saas.*", "list.sep", "mod.quality", "mod.filler":
                                   ///< free in gaps ("the Python and Bash tooling", "clean, tested
                                   ///< code", "one or more of the following: Go, Java")
        ClassMask technologies;    ///< "tech.*": named technologies
        ClassMask alternatives;    ///< "mod.or", "mod.either": "A, B or C"
        ClassMask seeking;         ///< "role.seeking": "we are looking for", before the role hired
        ClassMask sectionRequired; ///< "section.required": "Minimum qualifications" inline
        ClassMask sectionPreferred; ///< "section.preferred": "Preferred qualifications" inline
        /// "section.preferred-title": a preferred section's name only as a short title of its
        /// own ("Even better"), since in prose it is no section ("make it even better").
        ClassMask sectionPreferredTitle;
        ClassMask sectionGeneric;  ///< "section.generic": "Skills", "Tech stack": no strength
        ClassMask sectionOther;    ///< "section.other": "Responsibilities", "About the role"
        ClassMask sectionCompany;  ///< "section.company": "About us", "Benefits"
        ClassMask sectionAbout;    ///< "section.about": "About" before a company's name
        ClassMask softenedDuties;  ///< what a softener may start: a verb, or "write code"
        int segmentStart = -1;     ///< "seg.start": pseudo-tag at the start of every segment
        int contextRequired = -1;  ///< "ctx.required": pseudo-tag on lines under "Must have:"
        int contextPreferred = -1; ///< "ctx.preferred": pseudo-tag under "Nice to have:"
    };
    [[nodiscard]] const Special &special() const { return m_special; }

private:
    RuleSet() = default;
    /// Whether \a classes name one of \a some and none of \a none.
    [[nodiscard]] static bool namesOnly(const ClassMask &classes, const ClassMask &some,
                                        const ClassMask &none)
    {
        return classes.intersects(some) && !classes.intersects(none);
    }

    TermMatcher m_matcher;
    ClassRegistry m_classes;
    QList<CompiledRule> m_rules;
    MaskIndex m_rulesByLastStep;
    QList<CompiledTopic> m_topics;
    ScoringSpec m_scoring;
    ClassMask m_leadership;
    Special m_special;
    ClauseModel m_model;
    PostingChecksSpec m_checks;
    CodedWords m_codedWords;
    ClassMask m_modelJudges;
    ClassMask m_modelLiteracy;
    ClassMask m_modelBeyondLiteracy;
    ClassMask m_modelProgramObjects;
    ClassMask m_modelEngineeringObjects;
    std::array<quint64, kMaxClasses> m_classFeatures{};
    std::array<JudgedFinding, 4> m_judged;
    QSet<QString> m_exceptions;             // findingKey()s of the packs' exceptions
    QHash<QString, Overrule> m_overrulable; // rules the clause model may overrule
};

} // namespace rolelens
