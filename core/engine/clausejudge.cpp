#include "engine/clausejudge_p.h"
#include "engine/paragraphanalyzer_p.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace rolelens {

namespace {

// The demand probability from which a clause no rule matched may be an error.
constexpr float kSureDemand = 0.9f;

// Clauses shorter than this are headings or fragments; longer ones are run-on paragraphs.
int lengthBucket(int words)
{
    return words <= 3 ? 0 : words <= 8 ? 1 : words <= 20 ? 2 : words <= 40 ? 3 : 4;
}

// A feature made of a fixed prefix and a name ("r:" and a rule id), hashed without building
// the string unless its name is kept.
void addPrefixed(ClauseFeatures *features, QStringView prefix, const QString &name, bool keepNames)
{
    FeatureHash hash;
    hash.add(prefix);
    hash.add(name);
    features->addNamed(hash.value(), keepNames ? prefix.toString() + name : QString());
}

// The clause's shape: bullet or prose, and its length bucket.
void addShape(ClauseFeatures *features, bool bullet, int words, bool keepNames)
{
    static const std::array<QString, 2> kinds = {QStringLiteral("s:prose"),
                                                 QStringLiteral("s:bullet")};
    static const std::array<QString, 5> lengths = {
        QStringLiteral("s:len0"), QStringLiteral("s:len1"), QStringLiteral("s:len2"),
        QStringLiteral("s:len3"), QStringLiteral("s:len4")};
    static const std::array<quint64, 2> kindHashes = {FeatureHash::of(kinds[0]),
                                                      FeatureHash::of(kinds[1])};
    static const std::array<quint64, 5> lengthHashes = {
        FeatureHash::of(lengths[0]), FeatureHash::of(lengths[1]), FeatureHash::of(lengths[2]),
        FeatureHash::of(lengths[3]), FeatureHash::of(lengths[4])};
    const std::size_t bucket = std::size_t(lengthBucket(words));
    features->addNamed(kindHashes[bullet], keepNames ? kinds[bullet] : QString());
    features->addNamed(lengthHashes[bucket], keepNames ? lengths[bucket] : QString());
}

using ClassIds = QVarLengthArray<int, 8>;

ClassIds classIdsOf(const ClassMask &mask)
{
    ClassIds out;
    for (std::size_t id = mask.first(); id < mask.size(); id = mask.next(id + 1))
        out.append(int(id));
    return out;
}

void addClassPairs(const RuleSet &rules, const ClassIds &before, const ClassIds &after,
                   ClauseFeatures *features, bool keepNames)
{
    const ClassRegistry &registry = rules.classes();
    for (const int a : before) {
        for (const int b : after) {
            features->addNamed(
                classPairFeature(rules.classFeature(a), rules.classFeature(b)),
                keepNames ? QStringLiteral("p:%1>%2").arg(registry.name(a), registry.name(b))
                          : QString());
        }
    }
}

bool hasRoleFinding(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return isRoleCategory(f.category); });
}

// The first tag from \a from on with a verb of work that does more than lead; -1 if none.
int firstWorkVerb(const Segment &segment, const RuleSet::Special &special, int from = 0)
{
    for (int t = from; t < segment.tags.size(); ++t) {
        if (segment.tags[t].classes.intersects(special.workVerbs))
            return t;
    }
    return -1;
}

// Whether the clause gives the work it names to others: a passive names its agent before any
// verb of the TPM's own ("Report on dashboards built by the analytics team", but not
// "Implement APIs designed by the architects"), or its first verb of work has another subject
// ("The team develops services in Go", "Lead teams that build ML systems"). A rule, which sees
// a verb of the TPM's own, may still flag the clause; the model alone may not. A verb that
// leads is no such sign and the search goes on past it: real postings label "Drive data
// quality improvements: schema management, deduplication" and "Lead the execution of …
// reporting (SQL analysis)" as demands.
bool doneByOthers(const Segment &segment, const QList<Token> &tokens,
                  const RuleSet::Special &special)
{
    const int verb = firstWorkVerb(segment, special);
    const int end = verb < 0 ? int(segment.tags.size()) : verb;
    for (int t = 0; t < end; ++t) {
        if (segment.tags[t].classes.intersects(special.passiveVerbs))
            return true;
    }
    return verb >= 0 &&
           ((verb > 0 && segment.tags[verb - 1].classes.intersects(special.otherSubjects)) ||
            doneByOtherSubject(segment, verb, tokens, special));
}

// How the noun phrase headed by a tag ends.
enum class PhraseEnd
{
    Continues,  ///< another word of the phrase follows: "Deliver project features"
    Ends,       ///< the clause ends, punctuation or a new phrase follows: "program across …"
    Relative,   ///< a relative clause describes the noun: "programs that improve …"
    Participle, ///< a participle does, but work may follow it: "projects refreshing the network"
};

// Words that start a new phrase after a noun: prepositions and conjunctions.
constexpr std::array<QStringView, 16> kPhraseStarts = {
    u"across", u"and", u"at", u"by",   u"for",     u"from", u"in",   u"into",
    u"of",     u"on",  u"or", u"over", u"through", u"to",   u"with", u"within"};

PhraseEnd phraseEndAfter(QStringView line, const QList<Token> &tokens, const Segment &segment,
                         const Tag &tag)
{
    static constexpr std::array<QStringView, 2> relatives = {u"that", u"which"};
    const QStringView word = wordAfter(line, tokens, segment, tag.lastToken());
    if (word.isEmpty())
        return PhraseEnd::Ends;
    // Words in -ing that start no description of the program: a preposition ("during") or
    // a demand on the candidate ("requiring").
    static constexpr std::array<QStringView, 3> notParticiples = {u"during", u"requiring",
                                                                  u"according"};
    if (isOneOf(word, relatives))
        return PhraseEnd::Relative;
    if (word.size() > 5 && word.endsWith(u"ing") && !isOneOf(word, notParticiples))
        return PhraseEnd::Participle;
    return isOneOf(word, kPhraseStarts) ? PhraseEnd::Ends : PhraseEnd::Continues;
}

// Nouns that name work as a whole: "development tasks", "engineering activities".
constexpr std::array<QStringView, 5> kWorkNouns = {u"tasks", u"activities", u"work", u"efforts",
                                                   u"phases"};

// Where the scope of the work led starts after token \a last, the token after "including",
// "involving", "spanning", "such as" or "associated with", also past one noun of work
// ("development tasks associated with …"); -1 if none follows. What it lists is the work the
// team does ("Oversee development activities including coding, testing and deployment"), as
// LABELLING.md reads "manage the development of …".
int scopeAfter(QStringView line, const QList<Token> &tokens, const Segment &segment, int last)
{
    static constexpr std::array<QStringView, 3> scopes = {u"including", u"involving", u"spanning"};
    const auto wordAt = [&](int i) {
        return i <= segment.lastToken && tokens[i].kind == TokenKind::Word
                   ? line.sliced(tokens[i].start, tokens[i].length)
                   : QStringView();
    };
    int i = last + 1;
    if (isOneOf(wordAt(i), kWorkNouns))
        ++i;
    const QStringView word = wordAt(i);
    const QStringView next = wordAt(i + 1);
    const bool twoWords = (word.compare(u"such", Qt::CaseInsensitive) == 0 &&
                           next.compare(u"as", Qt::CaseInsensitive) == 0) ||
                          (word.compare(u"associated", Qt::CaseInsensitive) == 0 &&
                           next.compare(u"with", Qt::CaseInsensitive) == 0);
    const int scope = isOneOf(word, scopes) ? i + 1 : twoWords ? i + 2 : -1;
    return scope <= segment.lastToken ? scope : -1; // a scope names something
}

// Where the scope of the work led by the verb ending at token \a verbEnd starts, when the
// work is named by a few words up to a noun of work ("manage software development tasks
// associated with debugging …"), whatever the lexicons tag in them; -1 if it is not.
int namedWorkScope(QStringView line, const QList<Token> &tokens, const Segment &segment,
                   int verbEnd)
{
    constexpr int kMostWords = 3;
    int words = 0;
    for (int i = verbEnd + 1; i <= segment.lastToken && words < kMostWords; ++i) {
        if (tokens[i].kind != TokenKind::Word) {
            if (line[tokens[i].start] != QLatin1Char('-'))
                return -1; // "Manage stakeholders, tasks including …" names no work led
            continue;
        }
        const QStringView word = line.sliced(tokens[i].start, tokens[i].length);
        if (isOneOf(word, kPhraseStarts))
            return -1;
        if (isOneOf(word, kWorkNouns))
            return scopeAfter(line, tokens, segment, i - 1);
        ++words;
    }
    return -1;
}

// The first token of a program's scope in the clause ("data projects including deploying
// warehouses"), or -1: what it lists is the program's work, not the TPM's own. None of the
// development corpus's programs and projects "including", "involving" or "spanning" some work
// is labelled a demand. So is the scope of work the TPM leads ("Apply your knowledge to
// manage development tasks associated with debugging …").
int programScopeStart(QStringView line, const QList<Token> &tokens, const Segment &segment,
                      const RuleSet::Special &special)
{
    const ClassMask leaders = special.programs | special.leadVerbs;
    for (const Tag &tag : segment.tags) {
        if (!tag.classes.intersects(leaders))
            continue;
        const int scope = tag.classes.intersects(special.programs)
                              ? scopeAfter(line, tokens, segment, tag.lastToken())
                              : namedWorkScope(line, tokens, segment, tag.lastToken());
        if (scope >= 0)
            return scope;
    }
    return -1;
}

// Whether \a tag is the object of the verb ending at token \a verbEnd: at most two words
// ("a", "the", "engineering") and no preposition between them, so "Lead a team of …" leads
// the team and "Drive the work within the team" does not.
bool objectOfVerb(QStringView line, const QList<Token> &tokens, int verbEnd, const Tag &tag)
{
    constexpr int kMostWords = 2;
    if (wordsBetween(line, tokens, verbEnd, tag.firstToken) > kMostWords)
        return false;
    for (int i = verbEnd + 1; i < tag.firstToken; ++i) {
        if (isOneOf(line.sliced(tokens[i].start, tokens[i].length), kPhraseStarts))
            return false;
    }
    return true;
}

// Whether the team of \a tag is led in, on or through the work that follows: "the development
// team in the design and coding of …".
bool leadsTeamIn(QStringView line, const QList<Token> &tokens, const Segment &segment,
                 const Tag &tag)
{
    static constexpr std::array<QStringView, 3> through = {u"in", u"on", u"through"};
    return isOneOf(wordAfter(line, tokens, segment, tag.lastToken()), through);
}

// Whether no verb of work follows \a token: none in the tags that start after it.
bool noWorkAfter(const Segment &segment, const RuleSet::Special &special, int token)
{
    int after = 0;
    while (after < segment.tags.size() && segment.tags[after].firstToken <= token)
        ++after;
    return firstWorkVerb(segment, special, after) < 0;
}

// The token "of" after work named as a noun, the object of a verb that leads ("Oversee the
// testing and validation of autonomous systems"), or -1: LABELLING.md counts the work so named
// as the team's, led by the TPM. \a t is the tag of the first work noun; other nouns of work
// ("validation", tagged or not) may follow it, joined by "and", "or", "&" or commas, but no
// object ("testing code of …"). Tools used for the work ("… of C++ services using gdb") make
// it the person's own.
int ofAfterNamedWork(QStringView line, const QList<Token> &tokens, const Segment &segment,
                     const RuleSet::Special &special, int t)
{
    const auto usesTools = [&](int of) {
        return std::any_of(segment.tags.cbegin(), segment.tags.cend(), [&](const Tag &tag) {
            return tag.firstToken > of && tag.classes.intersects(special.usingTools);
        });
    };
    constexpr int kMostTokens = 8;
    qsizetype tag = t + 1;
    const int from = segment.tags[t].lastToken() + 1;
    for (int i = from; i <= segment.lastToken && i < from + kMostTokens; ++i) {
        while (tag < segment.tags.size() && segment.tags[tag].lastToken() < i)
            ++tag;
        const bool tagged = tag < segment.tags.size() && segment.tags[tag].firstToken <= i;
        if (tagged &&
            !segment.tags[tag].classes.intersects(special.workVerbs | special.listSeparator))
            return -1;
        const QStringView text = line.sliced(tokens[i].start, tokens[i].length);
        if (tokens[i].kind == TokenKind::Word && text.compare(u"of", Qt::CaseInsensitive) == 0)
            return usesTools(i) ? -1 : i;
        if (tokens[i].kind != TokenKind::Word && text != u"," && text != u"&")
            return -1;
    }
    return -1;
}

// "5+ years of experience in software development projects": a technology or technical field
// right before a program or project names the program's kind, when the program ends the phrase
// ("Haskell project features" are features). With no work in the clause (no verb of work, nor
// "writing code"), the experience asked for is the program's (LABELLING.md: a technology that
// qualifies management experience is no demand), so the model may only hint at it.
bool namesProgramKind(QStringView line, const QList<Token> &tokens, const Segment &segment,
                      const ClassMask &classes, const RuleSet::Special &special)
{
    if (classes.intersects(special.workVerbs | special.ownWork))
        return false;
    const ClassMask kinds = special.technologies | special.technicalFields;
    for (qsizetype t = 0; t + 1 < segment.tags.size(); ++t) {
        const Tag &tag = segment.tags[t];
        const Tag &next = segment.tags[t + 1];
        if (tag.classes.intersects(kinds) && next.firstToken == tag.lastToken() + 1 &&
            next.classes.intersects(special.programs) &&
            phraseEndAfter(line, tokens, segment, next) != PhraseEnd::Continues)
            return true;
    }
    return false;
}

// Whether the clause leads a program and does no work of its own: "Drive the SQL Server
// upgrade program across 30 databases". Its first word is a verb that leads, a program or
// project heads the short phrase after it, before any list, and no verb of work follows
// except as a qualifier of that noun ("upgrade program") or in a clause that describes it
// ("Lead programs that improve developer productivity through AI-assisted coding", "Lead projects
// refreshing the network, including server patching"). "Help the team by writing tooling" and
// "Deliver project features in Java" are not such clauses. Work named as a noun leads the same
// way ("Oversee the testing and validation of …"). What such a clause lists is the program's
// scope: neither the model nor a rule flags it.
bool leadsAProgram(QStringView line, const QList<Token> &tokens, const Segment &segment,
                   const RuleSet::Special &special)
{
    constexpr int kPhraseWords = 5;
    const int firstWord = firstWordOf(segment, tokens);
    // The years asked for ("5+ years", "Five years") may start before the first word.
    int verb = firstWordTag(segment, tokens);
    const auto nextFollows = [&](int t) { // the tag after t, at most one word after it
        return t + 1 < segment.tags.size() &&
               wordsBetween(line, tokens, segment.tags[t].lastToken(),
                            segment.tags[t + 1].firstToken) <= 1;
    };
    if (verb == segment.tags.size())
        return false;
    const bool years = segment.tags[verb].classes.intersects(special.years);
    if (years && nextFollows(verb))
        ++verb;
    else if (segment.tags[verb].firstToken != firstWord)
        return false;
    // "Experience leading a team of …", "5+ years of experience in managing projects …": the
    // experience asked for is that of leading.
    if (segment.tags[verb].classes.intersects(special.experience) && nextFollows(verb))
        ++verb;
    if (!segment.tags[verb].classes.intersects(special.leadVerbs) ||
        firstWorkVerb(segment, special, verb) == verb)
        return false;
    const int verbEnd = segment.tags[verb].lastToken();
    bool asked = false; // a cue between the verb and its object asks for more than leading
    for (int t = verb + 1; t < segment.tags.size(); ++t) {
        const Tag &tag = segment.tags[t];
        if (wordsBetween(line, tokens, verbEnd, tag.firstToken) > kPhraseWords ||
            tag.classes.intersects(special.listSeparator))
            return false;
        asked = asked || tag.classes.intersects(special.asks);
        const bool object = !asked && objectOfVerb(line, tokens, verbEnd, tag);
        if (object && scopeAfter(line, tokens, segment, tag.lastToken()) >= 0)
            return true;
        // What follows the team led describes it ("a team comprised of Java and SQL
        // skillsets", "teams working in Go"): whom the TPM leads, not what they do; so does
        // the work the team is led in ("Coordinate the development team in the design,
        // coding and deploying of applications"). A program is read below, where a relative
        // clause after it counts.
        if (object && tag.classes.intersects(special.teams) &&
            !tag.classes.intersects(special.programs))
            return (tag.classes.intersects(special.organisations) &&
                    leadsTeamIn(line, tokens, segment, tag)) ||
                   noWorkAfter(segment, special, tag.lastToken() + 1);
        if (tag.classes.intersects(special.programs)) {
            const PhraseEnd end = phraseEndAfter(line, tokens, segment, tag);
            if (end == PhraseEnd::Relative)
                return true;
            if (end != PhraseEnd::Continues) {
                // The word ending the phrase is no verb of the TPM's, not even a participle
                // that is one ("projects implementing …"); a verb after it is ("projects
                // delivering APIs, and develop …").
                return noWorkAfter(segment, special, tag.lastToken() + 1);
            }
        }
        const bool works = firstWorkVerb(segment, special, t) == t;
        if (works) {
            if (const int of = ofAfterNamedWork(line, tokens, segment, special, t); of >= 0)
                return noWorkAfter(segment, special, of);
        }
        const bool qualifier = t + 1 < segment.tags.size() &&
                               segment.tags[t + 1].firstToken == tag.lastToken() + 1 &&
                               segment.tags[t + 1].classes.intersects(special.programs);
        if (works && !qualifier)
            return false;
    }
    return false;
}

} // namespace

// A clause that names program management or a TPM role ("… as an engineer, or as a TPM",
// "performance engineering, platform TPM or SRE") is met by a TPM as a TPM (LABELLING.md's
// table), so the model never flags it alone; rules still flag the TPM's own engineering in it.
// Nor does it flag alone a clause that waives something ("Java is not required"): the
// model's features cannot tell what the waiver is of, and the rules keep any demand left.
bool ClauseJudge::mayFlagAlone(const ClassMask &classes) const
{
    const ClassMask &judges = m_rules.modelJudges();
    return m_rules.model().hintThreshold() < 1.0 && (judges.none() || classes.intersects(judges)) &&
           !m_rules.asksOnlyLiteracy(classes) && !m_rules.namesOnlyProgramObjects(classes) &&
           !classes.intersects(m_rules.special().managerOptions | m_rules.special().waivers);
}

// A degree with a business field among the options after it ("Master's in Information
// Systems, Business or a related field") asks for no engineering credential: the model may
// only hint at such a clause, for the experience it may also ask for.
bool ClauseJudge::offersBusinessDegree(const Segment &segment) const
{
    const RuleSet::Special &special = m_rules.special();
    const auto degree =
        std::find_if(segment.tags.cbegin(), segment.tags.cend(),
                     [&](const Tag &tag) { return tag.classes.intersects(special.degrees); });
    return std::any_of(degree, segment.tags.cend(), [&](const Tag &tag) {
        return tag.classes.intersects(special.businessFields);
    });
}

// "Master's degree, or other related advanced degree", "MS preferred": a degree in no technical
// field, and no work asked for beside it. LABELLING.md's credential is a Master's in engineering,
// computer science or another technical field; real postings label a bare one a demand about one
// time in three, so the model may only hint at such a clause.
bool ClauseJudge::namesDegreeWithoutField(const ClassMask &classes) const
{
    const RuleSet::Special &special = m_rules.special();
    return classes.intersects(special.degrees) &&
           !classes.intersects(special.technicalFields | special.technologies | special.dutyVerbs);
}

// "Go, React, PostgreSQL, Kafka, Jira": a clause that is a list of technology names, with no
// verb, cue, strength or degree and outside any requirements section, lists the company's stack
// ("Technologies we use:") and asks nothing of the candidate. Under "Requirements" (and under
// "Tech stack", which the lexicons read as a requirements heading) the rules flag such a list.
// A product name the lexicons read otherwise ("Enterprise Architect") does not make it more, so
// three in four of its terms are technologies. The model may only hint at it.
bool ClauseJudge::listsStackOutsideRequirements(const Segment &segment,
                                                const ClassMask &classes) const
{
    const RuleSet::Special &special = m_rules.special();
    if (classes.test(std::size_t(special.contextRequired)) ||
        classes.test(std::size_t(special.contextPreferred)) ||
        classes.intersects(special.itemVerbs | special.itemCues | special.asks | special.degrees |
                           special.wants))
        return false;
    const ClassMask joining = special.listSeparator | special.alternatives;
    int technologies = 0;
    int others = 0;
    for (const Tag &tag : segment.tags) {
        if (tag.tokenCount == 0 || !tag.classes.intersects(~joining))
            continue;
        ++(tag.classes.intersects(special.technologies) ? technologies : others);
    }
    constexpr int kMinTechnologies = 3;
    return technologies >= kMinTechnologies && 4 * technologies >= 3 * (technologies + others);
}

// "10+ years of experience as a Technical Program Manager or Technical Lead": a clause that
// offers the candidate a manager's role to have been in ("as a program manager") is met by a
// TPM as a TPM, whatever other role it also names. Managers merely named ("with program
// managers or designers") are no such offer.
bool ClauseJudge::offersManagerRole(QStringView line, const QList<Token> &tokens,
                                    const Segment &segment) const
{
    const RuleSet::Special &special = m_rules.special();
    const auto &tags = segment.tags;
    for (qsizetype t = 0; t < tags.size(); ++t) {
        if (!tags[t].classes.intersects(special.roleManager))
            continue;
        const bool afterAs = t > 0 && tags[t - 1].classes.intersects(special.asRole) &&
                             tags[t - 1].lastToken() + 1 == tags[t].firstToken;
        const Token &first = tokens[tags[t].firstToken];
        if (afterAs ||
            line.sliced(first.start, first.length).compare(u"as", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "3 years of hands-on knowledge of project management in UX design", "experience in program
// management for cloud products": what the clause's first cue asks for is management, of
// whatever field (LABELLING.md: "hands-on program management" is no demand), so the model
// never flags it alone, unless the clause names engineering too.
bool ClauseJudge::asksForManagement(QStringView line, const QList<Token> &tokens,
                                    const Segment &segment) const
{
    constexpr int kMostWords = 2; // "knowledge of", "experience in the"
    const RuleSet::Special &special = m_rules.special();
    const auto &tags = segment.tags;
    auto cue = std::find_if(tags.cbegin(), tags.cend(), [&](const Tag &tag) {
        return tag.tokenCount > 0 && tag.classes.intersects(special.asks);
    });
    // Engineering named beside the management ("program management roles including
    // scripting") is asked for too.
    if (cue == tags.cend() || std::any_of(tags.cbegin(), tags.cend(), [&](const Tag &tag) {
            return tag.classes.intersects(special.engineering);
        }))
        return false;
    // Past a run of cues ("3 years of hands-on knowledge of") to what they ask for.
    auto next = std::next(cue);
    while (next != tags.cend() && next->classes.intersects(special.asks) &&
           !next->classes.intersects(special.pmDisciplines) &&
           wordsBetween(line, tokens, cue->lastToken(), next->firstToken) <= kMostWords)
        cue = next++;
    return next != tags.cend() && next->classes.intersects(special.pmDisciplines) &&
           wordsBetween(line, tokens, cue->lastToken(), next->firstToken) <= kMostWords;
}

bool ClauseJudge::needed(const QList<Finding> &found, const ClassMask &classes) const
{
    return m_keepNames ||
           (!m_rules.model().isEmpty() && (hasRoleFinding(found) || mayFlagAlone(classes)));
}

void ClauseJudge::judge(QStringView line, const QList<Token> &tokens, const Segment &segment,
                        bool bullet, const ClassMask &tagged, QList<Finding> *found,
                        ParagraphResult *result) const
{
    const ClauseModel &model = m_rules.model();
    // What a program's scope lists is the program's work: the role findings inside it go,
    // and the model may not flag the clause on its own (below), only hint at it.
    const int scope = programScopeStart(line, tokens, segment, m_rules.special());
    if (scope >= 0) {
        found->removeIf([&](const Finding &finding) {
            return isRoleCategory(finding.category) && finding.start >= tokens[scope].start;
        });
    }
    // Passes the clause's findings on but for the role findings it drops: all of them in a
    // clause that only leads a program, and those the model overrules where their rule lets
    // it. Whether a role finding is kept.
    const auto passFindings = [&](bool leads, bool overruled) {
        bool kept = false;
        for (const Finding &finding : std::as_const(*found)) {
            if (isRoleCategory(finding.category)) {
                if (leads || (overruled && m_rules.isOverrulable(finding.ruleId, bullet)))
                    continue;
                kept = true;
            }
            result->findings.append(finding);
        }
        return kept;
    };
    // A clause that only unambiguous rules matched keeps their findings whatever the model
    // says, unless it only leads a program: no features are needed (outside a training dump).
    const bool matched = hasRoleFinding(*found);
    if (matched && !m_keepNames && !model.isEmpty() &&
        std::none_of(found->cbegin(), found->cend(), [&](const Finding &finding) {
            return isRoleCategory(finding.category) &&
                   m_rules.isOverrulable(finding.ruleId, bullet);
        })) {
        passFindings(leadsAProgram(line, tokens, segment, m_rules.special()), false);
        return;
    }
    // The clause's parts as features: its words and word pairs, the lexicon classes tagged
    // in it (cue, activity, object, section strength), the rules that matched and its shape.
    ClauseFeatures features(m_keepNames);
    QStringView previous;
    quint64 previousKey = 0;
    int words = 0;
    for (int i = segment.firstToken; i <= segment.lastToken; ++i) {
        const Token &token = tokens[i];
        if (token.kind != TokenKind::Word && token.kind != TokenKind::Number) {
            previous = {};
            continue;
        }
        const QStringView word = token.kind == TokenKind::Number
                                     ? QStringView(u"#")
                                     : line.sliced(token.start, token.length);
        const quint64 key = stemKey(word);
        features.addWord(u'w', key, word);
        if (words++ == 0)
            features.addWord(u'f', key, word);
        if (!previous.isNull())
            features.addPair(previousKey, previous, key, word);
        previous = word;
        previousKey = key;
    }
    ClassMask classes = tagged;
    classes.reset(std::size_t(m_rules.special().segmentStart));
    const ClassRegistry &registry = m_rules.classes();
    for (std::size_t id = classes.first(); id < classes.size(); id = classes.next(id + 1))
        features.addNamed(m_rules.classFeature(int(id)),
                          m_keepNames ? QStringLiteral("c:") + registry.name(int(id)) : QString());
    // Classes of neighbouring tags in order ("p:verb.dev>obj.dev", "p:verb.lead>obj.dev"): the
    // activity with its object, the cue with its technology, the clause start with its verb.
    // Each tag's classes are listed once, though each tag takes part in up to four pairs.
    QVarLengthArray<ClassIds, 32> tagClasses;
    for (const Tag &tag : segment.tags)
        tagClasses.append(classIdsOf(tag.classes));
    for (qsizetype t = 0; t + 1 < tagClasses.size(); ++t) {
        for (qsizetype u = t + 1; u < std::min(t + 3, tagClasses.size()); ++u)
            addClassPairs(m_rules, tagClasses[t], tagClasses[u], &features, m_keepNames);
    }
    for (const Finding &finding : std::as_const(*found)) {
        if (isRoleCategory(finding.category))
            addPrefixed(&features, u"r:", finding.ruleId, m_keepNames);
    }
    addShape(&features, bullet, words, m_keepNames);
    features.finish();
    const ClauseModel::Prediction prediction = model.predict(features);
    // A rule's match is evidence of its own: the model overrules it only when it is sure the
    // match is wrong (and the rule allows it), and flags a clause no rule matched only when
    // fairly sure it is a demand. A clause that only leads a program lists the program's
    // scope: neither flags it.
    const bool mayJudgeAlone = !model.isEmpty() && !matched &&
                               prediction.demand >= model.hintThreshold() && mayFlagAlone(tagged) &&
                               !offersManagerRole(line, tokens, segment) &&
                               !asksForManagement(line, tokens, segment) &&
                               !doneByOthers(segment, tokens, m_rules.special());
    const bool leads =
        (matched || mayJudgeAlone) && leadsAProgram(line, tokens, segment, m_rules.special());
    const bool mayJudge = mayJudgeAlone && !leads;
    const JudgedFinding &judged = m_rules.judgedFinding(prediction.family);
    const bool flagged =
        matched
            ? !model.isEmpty() && !leads && prediction.keep >= model.keepThreshold()
            : mayJudge && prediction.demand >= judged.threshold && !offersBusinessDegree(segment) &&
                  !namesDegreeWithoutField(tagged) &&
                  !listsStackOutsideRequirements(segment, tagged) &&
                  !namesProgramKind(line, tokens, segment, tagged, m_rules.special()) && scope < 0;
    // Below the threshold the model is unsure: the clause is only offered as a hint to check,
    // which weighs on neither the verdict nor the balance.
    const bool hinted = mayJudge && !flagged;
    if (m_keepNames)
        result->clauses.append({segment.textStart, segment.textEnd, features.names(),
                                prediction.demand, prediction.preferred, prediction.family,
                                flagged});
    if (model.isEmpty()) {
        result->findings.append(*found);
        return;
    }

    // The model decides whether the clause is a demand; the rules, where one matched, say
    // which words, how strong the ask is (from its section and wording) and offer the rewrite.
    const bool kept = passFindings(leads, !flagged);
    if (!(flagged || hinted) || kept || !judged.enabled)
        return;
    Finding finding;
    finding.start = segment.textStart;
    finding.length = segment.textEnd - segment.textStart;
    finding.ruleId = hinted ? judged.hintRuleId : judged.ruleId;
    finding.category = judged.category;
    // No rule says how strong the ask is, so only a clause the model is sure of, and sure is
    // required, is an error; a merely likely one is a warning and makes a posting borderline.
    // Words that soften a rule's finding ("a plus", "or", a preferred section) soften it too.
    const RuleSet::Special &special = m_rules.special();
    const bool softened = tagged.intersects(special.softeners | special.alternatives) ||
                          tagged.test(std::size_t(special.contextPreferred));
    finding.severity =
        hinted ? Severity::Info
        : !softened && prediction.preferred < 0.5f && prediction.demand >= kSureDemand
            ? Severity::Error
            : Severity::Warning;
    finding.message =
        hinted
            ? QCoreApplication::translate("rolelens", "Worth a second look: %1").arg(judged.message)
            : judged.message;
    finding.rationale = judged.rationale;
    // A hint offers no rewrite: most hints are no demand, and a rewrite would be applied by
    // "Fix all" and --fix without anybody deciding.
    if (!hinted) {
        const QString text = line.sliced(finding.start, finding.length).toString().simplified();
        const QStringView values[] = {text};
        for (const TextTemplate &suggestion : judged.suggestions)
            finding.suggestions.append(suggestion.expand(values));
    }
    result->findings.append(finding);
}

} // namespace rolelens
