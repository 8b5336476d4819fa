#include "rules/ruleset.h"

#include <QDir>
#include <QMutex>
#include <limits>

namespace rolelens {

namespace {

template<typename Spec> void mergeById(QList<Spec> *merged, const QList<Spec> &specs)
{
    for (const Spec &spec : specs) {
        const auto same = [&](const Spec &other) { return other.id == spec.id; };
        if (const auto it = std::find_if(merged->begin(), merged->end(), same); it != merged->end())
            *it = spec;
        else
            merged->append(spec);
    }
}

class Compiler
{
public:
    explicit Compiler(RuleSet::BuildResult *result) : m_result(result) {}

    bool resolve(const ClassRegistry &classes, const QStringList &names,
                 const SourceLocation &where, const QString &what, ClassMask *mask)
    {
        QString unknown;
        const auto resolved = classes.resolve(names, &unknown);
        if (!resolved)
            return fail(
                where,
                QStringLiteral("%1 names the unknown lexicon class \"%2\"").arg(what, unknown));
        *mask = *resolved;
        return true;
    }

    bool parseTemplate(const QString &text, const QStringList &slots, const SourceLocation &where,
                       const QString &what, TextTemplate *out)
    {
        QString unknown;
        const auto parsed = TextTemplate::parse(text, slots, &unknown);
        if (!parsed)
            return fail(where, QStringLiteral("%1 uses the unknown placeholder {%2}; known: {%3}")
                                   .arg(what, unknown, slots.join(QStringLiteral("}, {"))));
        *out = *parsed;
        return true;
    }

    bool fail(const SourceLocation &where, const QString &message)
    {
        m_result->error = {where, message};
        return false;
    }

private:
    RuleSet::BuildResult *m_result;
};

} // namespace

const CompiledRule *RuleSet::rule(const QString &id) const
{
    for (const CompiledRule &rule : m_rules) {
        if (rule.spec.id == id)
            return &rule;
    }
    return nullptr;
}

const CheckFindingSpec *RuleSet::checkFinding(QStringView id) const
{
    for (const CheckFindingSpec &finding : m_checks.findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

const JurisdictionSpec *RuleSet::jurisdiction(QStringView id) const
{
    for (const JurisdictionSpec &jurisdiction : m_checks.jurisdictions) {
        if (jurisdiction.id.compare(id, Qt::CaseInsensitive) == 0)
            return &jurisdiction;
    }
    return nullptr;
}

bool RuleSet::isException(const QString &ruleId, QStringView text) const
{
    return !m_exceptions.isEmpty() && m_exceptions.contains(findingKey(ruleId, text));
}

RuleSet::BuildResult RuleSet::build(const QList<RulePack> &packs, const QStringList &disabled)
{
    BuildResult result;
    Compiler compiler(&result);
    std::shared_ptr<RuleSet> set(new RuleSet);

    QList<RuleSpec> rules;
    QList<TopicSpec> topics;
    QStringList off = disabled;
    const ClauseModelSpec *model = nullptr;
    for (const RulePack &pack : packs) {
        for (const auto &[name, terms] : pack.lexicons) {
            const int classId = set->m_classes.intern(name);
            if (classId < 0)
                return compiler.fail(
                           {pack.file, 0, 0},
                           QStringLiteral("more than %1 lexicon classes").arg(kMaxClasses)),
                       result;
            for (const TermSpec &term : terms) {
                if (set->m_matcher.addTerm(term.text, classId, term.caseSensitive) ==
                    TermMatcher::AddResult::TooLong)
                    return compiler.fail(
                               {pack.file, 0, 0},
                               QStringLiteral(
                                   "term \"%1\" of lexicon \"%2\" has more than %3 tokens")
                                   .arg(term.text, name)
                                   .arg(TermMatcher::kMaxTermTokens)),
                           result;
            }
        }
        mergeById(&rules, pack.rules);
        mergeById(&topics, pack.topics);
        off += pack.disabled;
        // Like "disable", an exception may name a rule that no pack defines: "spelling", or
        // a rule a later version of the pack dropped.
        for (const ExceptionSpec &exception : pack.exceptions)
            set->m_exceptions.insert(findingKey(exception.ruleId, exception.text));
        if (pack.scoring)
            set->m_scoring = *pack.scoring;
        if (pack.model)
            model = &*pack.model;
    }
    Special &special = set->m_special;
    special.segmentStart = set->m_classes.intern(QStringLiteral("seg.start"));
    special.contextRequired = set->m_classes.intern(QStringLiteral("ctx.required"));
    special.contextPreferred = set->m_classes.intern(QStringLiteral("ctx.preferred"));
    const auto maskOf = [&](const char *name) {
        ClassMask mask;
        if (const int id = set->m_classes.find(QLatin1String(name)); id >= 0)
            mask.set(std::size_t(id));
        return mask;
    };
    special.listSeparator = maskOf("list.sep");
    special.required = maskOf("mod.required");
    special.preferred = maskOf("mod.preferred");
    special.roleManager = maskOf("role.manager");
    special.asRole = maskOf("prep.as");
    special.usingTools = maskOf("prep.using");
    // "role.dev.one" holds the longer titles ("infrastructure engineer") that swallow the
    // "engineer" of "role.dev" when tagged: a developer's title either way.
    special.roleDeveloper = maskOf("role.dev") | maskOf("role.dev.one");
    special.thirdPerson = maskOf("verb.third");
    special.jobSubjects = maskOf("role.manager") | maskOf("subject.self");
    // "duty.act" is an engineering routine with its verb ("write code", "fix bugs"): after a
    // manager's duty ("Lead sprint planning and write code") it is a duty of its own.
    special.itemVerbs = maskOf("verb.dev") | maskOf("verb.lead") | maskOf("verb.build") |
                        maskOf("verb.build-data") | maskOf("work.query") | maskOf("adj.skill") |
                        maskOf("duty.act");
    // Flattened bullets also start with a cue or a section name ("... Databricks Experience
    // with ...", "... teams Hands-on experience ...", "... skills Requirements ...").
    special.itemCues = maskOf("cue.strong") | maskOf("cue.medium") | maskOf("cue.soft") |
                       maskOf("cue.hands-on") | maskOf("section.required") |
                       maskOf("section.preferred") | maskOf("section.other");
    special.clauseJoin = maskOf("clause.join");
    special.dutyVerbs = maskOf("verb.dev") | maskOf("verb.lead") | maskOf("verb.build") |
                        maskOf("verb.build-data") | maskOf("duty.act");
    special.routineWithVerb = maskOf("duty.act");
    special.passiveVerbs = maskOf("verb.passive");
    special.leadVerbs = maskOf("verb.lead");
    special.workVerbs = special.dutyVerbs & ~special.leadVerbs;
    special.otherSubjects = maskOf("subject.other");
    special.softCues = maskOf("cue.soft");
    special.demandCues = maskOf("cue.strong") | maskOf("cue.medium") | maskOf("cue.hands-on") |
                         maskOf("cue.skills-in") | maskOf("cue.experience-strong");
    special.knowledgeOpeners = maskOf("opener.knowledge");
    special.companySubjects = maskOf("subject.company");
    special.stackUse = maskOf("verb.stack-use");
    special.wants = maskOf("verb.want");
    special.degrees =
        maskOf("degree.advanced") | maskOf("degree.advanced-field") | maskOf("degree.bachelor");
    special.businessFields = maskOf("field.business") | maskOf("degree.business");
    special.adjacentHeads = maskOf("head.org") | maskOf("head.concern");
    special.waivers = maskOf("mod.waived");
    special.managerOptions = maskOf("alt.pm");
    special.pmDisciplines = maskOf("pm.discipline");
    special.organisations = maskOf("head.org");
    special.managementOptionMarks = special.managerOptions | maskOf("alt.pm-option");
    special.managementDisciplines = maskOf("pm.discipline") | maskOf("role.manager");
    special.programs = maskOf("obj.program");
    special.teams = maskOf("head.org") | maskOf("obj.mgmt");
    special.experience = maskOf("exp.noun") | maskOf("cue.medium");
    special.years = maskOf("exp.years");
    special.fields = maskOf("field.tech");
    special.technicalFields = special.fields | maskOf("field.engineering") |
                              maskOf("degree.advanced-field") | maskOf("tech.discipline");
    special.softeners = maskOf("mod.preferred") | maskOf("mod.occasional");
    special.softenedDuties = special.itemVerbs | maskOf("duty.exec");
    special.seeking = maskOf("role.seeking");
    special.alternatives = maskOf("mod.or") | maskOf("mod.either");
    special.sectionRequired = maskOf("section.required");
    special.sectionPreferred = maskOf("section.preferred");
    special.sectionPreferredTitle = maskOf("section.preferred-title");
    special.sectionGeneric = maskOf("section.generic");
    special.sectionOther = maskOf("section.other");
    special.sectionCompany = maskOf("section.company");
    special.sectionAbout = maskOf("section.about");
    QString unused;
    const ClassRegistry &registry = set->m_classes;
    special.ownWork = maskOf("duty.exec") |
                      registry.resolve({QStringLiteral("work.*")}, &unused).value_or(ClassMask());
    special.engineering =
        registry.resolve({QStringLiteral("tech.*")}, &unused).value_or(ClassMask()) |
        special.ownWork;
    special.verbs = registry.resolve({QStringLiteral("verb.*")}, &unused).value_or(ClassMask()) |
                    special.routineWithVerb;
    special.asks = registry.resolve({QStringLiteral("cue.*")}, &unused).value_or(ClassMask()) |
                   registry.resolve({QStringLiteral("exp.*")}, &unused).value_or(ClassMask()) |
                   special.required | special.preferred;
    // Named technologies: the tools, not the disciplines ("software development").
    special.technologies =
        registry.resolve({QStringLiteral("tech.*")}, &unused).value_or(ClassMask()) &
        ~(maskOf("tech.discipline") | maskOf("tech.coding"));
    // Words that only qualify what follows count as none in a rule's gaps: technology names,
    // the adjectives of quality ("write clean, well-tested Go code" is "write code") and
    // "one or more of the following".
    special.modifiers =
        registry.resolve({QStringLiteral("tech.*")}, &unused).value_or(ClassMask()) |
        registry.resolve({QStringLiteral("saas.*")}, &unused).value_or(ClassMask()) |
        special.listSeparator | maskOf("mod.quality") | maskOf("mod.filler");

    for (const RuleSpec &spec : rules) {
        if (off.contains(spec.id))
            continue;
        CompiledRule rule;
        rule.spec = spec;
        if (spec.overrulable != Overrule::Never)
            set->m_overrulable.insert(spec.id, spec.overrulable);
        QStringList slots;
        const QString what = QStringLiteral("rule \"%1\"").arg(spec.id);
        for (const StepSpec &step : spec.steps) {
            CompiledStep compiled;
            if (!compiler.resolve(set->m_classes, step.classes, spec.where, what, &compiled.mask) ||
                !compiler.resolve(set->m_classes, step.except, spec.where,
                                  what + QStringLiteral(": \"except\""), &compiled.except))
                return result;
            // A step whose every class is excluded could never match: a mistake in the pack.
            if (!compiled.mask.intersects(~compiled.except)) {
                compiler.fail(spec.where,
                              what +
                                  QStringLiteral(": \"except\" excludes every class of \"tag\""));
                return result;
            }
            compiled.list = step.list;
            compiled.context = step.context;
            compiled.lowercase = step.lowercase;
            compiled.capitalized = step.capitalized;
            compiled.maxGap = step.maxGap >= 0 ? step.maxGap : spec.maxGap;
            if (step.context && rule.spanStep == int(rule.steps.size()))
                ++rule.spanStep;
            if (!step.capture.isEmpty()) {
                compiled.slot = int(slots.size());
                slots.append(step.capture);
            }
            rule.steps.append(compiled);
        }
        rule.matchSlot = int(slots.size());
        slots.append(QStringLiteral("match"));
        rule.segmentSlot = int(slots.size());
        slots.append(QStringLiteral("segment"));
        rule.slotCount = int(slots.size());
        if (!compiler.resolve(set->m_classes, spec.barrier, spec.where, what, &rule.barrier) ||
            !compiler.resolve(set->m_classes, spec.unless, spec.where, what, &rule.unless) ||
            !compiler.resolve(set->m_classes, spec.unlessBefore, spec.where, what,
                              &rule.unlessBefore) ||
            !compiler.resolve(set->m_classes, spec.unlessAfter, spec.where, what,
                              &rule.unlessAfter) ||
            !compiler.resolve(set->m_classes, spec.softenedBy, spec.where, what,
                              &rule.softenedBy) ||
            !compiler.parseTemplate(spec.message, slots, spec.where,
                                    what + QStringLiteral(": \"message\""), &rule.message))
            return result;
        for (const QString &suggestion : spec.suggestions) {
            TextTemplate parsed;
            if (!compiler.parseTemplate(suggestion, slots, spec.where,
                                        what + QStringLiteral(": a suggestion"), &parsed))
                return result;
            rule.suggestions.append(parsed);
        }
        const auto uses = [&](int slot) {
            return rule.message.uses(slot) ||
                   std::any_of(rule.suggestions.cbegin(), rule.suggestions.cend(),
                               [slot](const TextTemplate &t) { return t.uses(slot); });
        };
        rule.usesMatch = uses(rule.matchSlot);
        rule.usesSegment = uses(rule.segmentSlot);
        rule.firstStep = SparseMask(rule.steps.first().mask);
        if (rule.steps.size() > 2)
            rule.secondStep = SparseMask(rule.steps[1].mask);
        rule.unlessAny = SparseMask(rule.unless);
        set->m_rules.append(rule);
    }
    QList<ClassMask> lastSteps;
    for (const CompiledRule &rule : std::as_const(set->m_rules))
        lastSteps.append(rule.steps.last().mask);
    set->m_rulesByLastStep = MaskIndex(lastSteps);
    for (const TopicSpec &spec : topics) {
        if (off.contains(spec.id))
            continue;
        CompiledTopic topic{spec, {}};
        if (!compiler.resolve(set->m_classes, spec.classes, spec.where,
                              QStringLiteral("topic \"%1\"").arg(spec.id), &topic.mask))
            return result;
        set->m_topics.append(topic);
    }
    for (int id = 0; id < set->m_classes.size(); ++id)
        set->m_classFeatures[std::size_t(id)] =
            FeatureHash::of(QStringLiteral("c:") + set->m_classes.name(id));
    if (model) {
        for (const auto &[names, mask] :
             {std::pair{&model->judges, &set->m_modelJudges},
              std::pair{&model->literacy, &set->m_modelLiteracy},
              std::pair{&model->beyondLiteracy, &set->m_modelBeyondLiteracy},
              std::pair{&model->programObjects, &set->m_modelProgramObjects},
              std::pair{&model->engineeringObjects, &set->m_modelEngineeringObjects}}) {
            if (!compiler.resolve(set->m_classes, *names, {}, QStringLiteral("\"model\""), mask))
                return result;
        }
        set->m_model = ClauseModel(*model);
        constexpr std::array families = {Category::CodingDemand, Category::ExecutionDuty,
                                         Category::Credential, Category::CombinedRole};
        for (std::size_t k = 0; k < families.size(); ++k) {
            const JudgedFindingSpec &spec = model->findings[k];
            JudgedFinding &judged = set->m_judged[std::size_t(families[k])];
            judged.ruleId = categoryName(families[k]) + QStringLiteral("/judged");
            judged.hintRuleId = categoryName(families[k]) + QStringLiteral("/possible");
            judged.category = families[k];
            judged.message = spec.message;
            judged.rationale = spec.rationale;
            judged.enabled = !off.contains(judged.ruleId);
            // A family's threshold of 1 means never, even for a probability rounded up to 1.
            judged.threshold = spec.threshold < 0   ? model->threshold
                               : spec.threshold < 1 ? spec.threshold
                                                    : std::numeric_limits<double>::infinity();
            for (const QString &suggestion : spec.suggestions) {
                TextTemplate parsed;
                if (!compiler.parseTemplate(
                        suggestion, {QStringLiteral("segment")}, {},
                        QStringLiteral("the model's %1 finding").arg(categoryName(families[k])),
                        &parsed))
                    return result;
                judged.suggestions.append(parsed);
            }
        }
    }
    set->m_checks = mergedPostingChecks(packs);
    set->m_checks.findings.removeIf(
        [&](const CheckFindingSpec &finding) { return off.contains(finding.id); });
    set->m_codedWords = CodedWords(set->m_checks, set->m_matcher.vocabulary());
    if (!compiler.resolve(set->m_classes, set->m_scoring.leadershipClasses, {},
                          QStringLiteral("\"scoring\""), &set->m_leadership))
        return result;
    result.rules = set;
    return result;
}

QList<RulePack> RuleSet::builtinPacks()
{
    QList<RulePack> packs;
    // Sorted names give a stable load order: lexicons first, then the rules that use them.
    const QStringList files = QDir(QStringLiteral(":/rules"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        PackLoadResult loaded = loadRulePack(QStringLiteral(":/rules/") + name);
        if (!loaded.pack)
            qFatal("built-in rule pack is broken: %s", qPrintable(loaded.error.toString()));
        packs.append(*loaded.pack);
    }
    return packs;
}

std::shared_ptr<const RuleSet> RuleSet::builtin()
{
    static QMutex mutex;
    static std::shared_ptr<const RuleSet> shared;
    const QMutexLocker lock(&mutex);
    if (!shared) {
        BuildResult built = build(builtinPacks());
        if (!built.rules)
            qFatal("built-in rules do not compile: %s", qPrintable(built.error.toString()));
        shared = built.rules;
    }
    return shared;
}

} // namespace rolelens
