#include "engine/segmentmatcher_p.h"

#include <algorithm>
#include <array>
#include <bit>

namespace rolelens {

namespace {

// "Review pull requests" at the start of a bullet reads "review pull requests" when a
// template puts it mid-sentence; acronyms such as "QA" keep their capitals.
QString lowercaseFirst(QString out)
{
    if (out.size() > 1 && out[0].isUpper() && out[1].isLower())
        out[0] = out[0].toLower();
    return out;
}

// A suggestion that replaces the start of a sentence or bullet starts with a capital.
QString matchCase(QString suggestion, bool startsSegment)
{
    if (startsSegment && !suggestion.isEmpty() && suggestion.front().isLower())
        suggestion[0] = suggestion.front().toUpper();
    return suggestion;
}

} // namespace

void SegmentMatcher::match(const Segment &segment, QList<Finding> *out) const
{
    Matches found;
    ClassMask classes;
    // covered[i]: tokens inside tags[0..i), minus one per tag that counts as a word in gaps.
    Coverage covered;
    covered.append(0);
    const ClassMask &modifiers = m_rules.special().modifiers;
    for (const Tag &tag : segment.tags) {
        classes |= tag.classes;
        const bool counts = tag.tokenCount > 0 && tag.classes.intersects(~modifiers);
        covered.append(covered.back() + tag.tokenCount - (counts ? 1 : 0));
    }
    const MaskWords &words = classes.words();
    // Cheap filter: a rule with a step that has no candidate cannot match. The rules whose
    // last step has one come from the index; the first step is often the context of any
    // sentence, so rules of three steps test their second too. In rule order, which breaks
    // ties below.
    const QVarLengthArray<quint64, 4> candidates = m_rules.rulesByLastStep().meeting(words);
    for (qsizetype w = 0; w < candidates.size(); ++w) {
        for (quint64 bits = candidates[w]; bits != 0; bits &= bits - 1) {
            const CompiledRule &rule = m_rules.rules()[w * 64 + std::countr_zero(bits)];
            if (rule.firstStep.intersects(words) &&
                (rule.secondStep.isEmpty() || rule.secondStep.intersects(words)) &&
                !rule.unlessAny.intersects(words))
                matchRule(rule, segment, covered, &found);
        }
    }
    // Two rules may see the same words ("5+ years of hands-on Java" is a years demand and an
    // expertise demand; "Write Go code" is a duty and names a language): keep the earliest,
    // longest and drop those inside it. The role categories count as one family, so a clause
    // is marked once.
    std::stable_sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Sorted by start, a finding lies inside a kept one of its family exactly when it ends
    // no later than the furthest end kept so far for that family.
    std::array<qsizetype, kCategoryCount> furthestEnd;
    furthestEnd.fill(-1);
    qsizetype roleEnd = -1;
    for (const Match &match : std::as_const(found)) {
        const Category category = match.rule->spec.category;
        qsizetype &end = isRoleCategory(category) ? roleEnd : furthestEnd[std::size_t(category)];
        if (match.end <= end)
            continue;
        end = match.end;
        out->append(makeFinding(match, segment, classes));
    }
}

bool SegmentMatcher::onlyListPunctuation(int fromToken, int toToken) const
{
    for (int i = fromToken; i < toToken; ++i) {
        const Token &token = m_tokens[i];
        if (token.kind != TokenKind::Punct || token.length != 1 ||
            !QStringView(u",()/&+*_").contains(m_line[token.start]))
            return false;
    }
    return true;
}

SegmentMatcher::ListEnd SegmentMatcher::extendList(const Segment &segment, int tag,
                                                   const ClassMask &mask,
                                                   const ClassMask &nextStep) const
{
    const ClassMask &separator = m_rules.special().listSeparator;
    ListEnd end{tag, segment.tags[tag].lastToken(), segment.tags[tag].end};
    int previousToken = end.lastToken;
    for (int j = tag + 1; j < segment.tags.size(); ++j) {
        const Tag &next = segment.tags[j];
        if (!onlyListPunctuation(previousToken + 1, next.firstToken))
            break;
        // "Debug code": "code" is also a verb, but right after one it is the object.
        if (next.firstToken == previousToken + 1 && next.classes.intersects(nextStep))
            break;
        if (next.classes.intersects(mask))
            end = {j, next.lastToken(), next.end};
        else if (!next.classes.intersects(separator))
            break;
        previousToken = next.lastToken();
    }
    // "AWS (EC2, S3, Lambda)": take the closing parenthesis along.
    const int after = end.lastToken + 1;
    if (after <= segment.lastToken && m_line[m_tokens[after].start] == QLatin1Char(')')) {
        const QStringView text =
            m_line.sliced(segment.tags[tag].start, end.end - segment.tags[tag].start);
        if (text.count(QLatin1Char('(')) > text.count(QLatin1Char(')')))
            end = {end.tag, after, m_tokens[after].end()};
    }
    return end;
}

bool SegmentMatcher::listHoldsAllowedItem(const Segment &segment, int tag, const CompiledStep &step,
                                          const ClassMask &nextStep) const
{
    const ListEnd end = extendList(segment, tag, step.mask, nextStep);
    for (int j = tag + 1; j <= end.tag; ++j) {
        const ClassMask &classes = segment.tags[j].classes;
        if (classes.intersects(step.mask) && !classes.intersects(step.except))
            return true;
    }
    return false;
}

bool SegmentMatcher::isWordAt(const Segment &segment, int token, QStringView word) const
{
    return token >= segment.firstToken && m_tokens[token].kind == TokenKind::Word &&
           m_line.sliced(m_tokens[token].start, m_tokens[token].length)
                   .compare(word, Qt::CaseInsensitive) == 0;
}

int SegmentMatcher::lastContrast(const Segment &segment, int from, int end) const
{
    for (int t = end - 1; t >= std::max(from, segment.firstToken); --t) {
        if (isWordAt(segment, t, u"but"))
            return t;
    }
    return -1;
}

bool SegmentMatcher::isCommaAt(const Segment &segment, int token) const
{
    return token >= segment.firstToken && m_line[m_tokens[token].start] == QLatin1Char(',');
}

int SegmentMatcher::infinitiveListStart(const Segment &segment, int token) const
{
    constexpr int kMostItems = 8;
    const auto isWord = [&](int i, QStringView word) { return isWordAt(segment, i, word); };
    const auto isComma = [&](int i) { return isCommaAt(segment, i); };
    int first = token;
    for (int items = 0; items < kMostItems; ++items) {
        // Walking back: "…, and deploy", "… and deploy", "…, deploy".
        int i = first - 1;
        const bool joined = isWord(i, u"and") || isWord(i, u"or");
        if (joined)
            --i;
        if (isComma(i))
            --i;
        else if (!joined)
            break;
        if (i < segment.firstToken || m_tokens[i].kind != TokenKind::Word)
            break;
        first = i;
    }
    return first != token && isWord(first - 1, u"to") ? first : token;
}

bool SegmentMatcher::opensWithKnowledge(const CompiledRule &rule, const Segment &segment,
                                        int startTag) const
{
    const RuleSet::Special &special = m_rules.special();
    if (!rule.unlessBefore.intersects(special.softCues))
        return false;
    const int opener = firstWordTag(segment, m_tokens);
    if (opener >= startTag || segment.tags[opener].firstToken != firstWordOf(segment, m_tokens) ||
        !segment.tags[opener].classes.intersects(special.knowledgeOpeners))
        return false;
    // The knowledge asked for ends at the next ask, option or subject, at a duty of its own
    // after "and" or a comma ("…, and fix bugs in the deploy scripts"), and at a contrast
    // ("Knowledge of the pipeline, but write the Terraform modules").
    const ClassMask ends = special.asks | special.alternatives | special.clauseJoin |
                           special.jobSubjects | special.companySubjects | special.otherSubjects;
    if (lastContrast(segment, segment.tags[opener].lastToken() + 1,
                     segment.tags[startTag].firstToken) >= 0)
        return false;
    for (int t = opener + 1; t <= startTag; ++t) {
        const Tag &tag = segment.tags[t];
        if (tag.classes.intersects(ends))
            return false;
        const int before = tag.firstToken - 1;
        if (tag.classes.intersects(special.verbs) &&
            (isCommaAt(segment, before) || isWordAt(segment, before, u"and")))
            return false;
    }
    return true;
}

bool SegmentMatcher::cancelledBefore(const CompiledRule &rule, const Segment &segment,
                                     int startTag) const
{
    if (rule.unlessBefore.none())
        return false;
    // A clause that opens by asking for knowledge asks for knowledge of what it names:
    // "Understand how to keep quality up by running static code analysis and code review".
    if (opensWithKnowledge(rule, segment, startTag))
        return true;
    // Verbs listed after "to" share what comes before it: "Mentor a team to design, develop,
    // test, document and deploy web applications". The words of the list cancel nothing.
    const int first = segment.tags[startTag].firstToken;
    const int near = first - rule.spec.unlessWindow;
    int from = infinitiveListStart(segment, first);
    if (from != first &&
        !std::any_of(segment.tags.cbegin(), segment.tags.cbegin() + startTag, [&](const Tag &tag) {
            return tag.firstToken == from && tag.classes.intersects(m_rules.special().dutyVerbs);
        }))
        from = first; // "Send updates to engineers, designers and QA" lists no verbs
    int reach = std::min(near, from - rule.spec.unlessWindow);
    if (const int contrast = lastContrast(segment, reach, first); contrast >= 0)
        reach = contrast + 1;
    for (int i = startTag - 1; i >= 0 && segment.tags[i].lastToken() >= reach; --i) {
        const bool beforeList = segment.tags[i].lastToken() < from;
        if ((segment.tags[i].lastToken() >= near || beforeList) &&
            segment.tags[i].classes.intersects(rule.unlessBefore))
            return true;
    }
    return false;
}

void SegmentMatcher::matchRule(const CompiledRule &rule, const Segment &segment,
                               const Coverage &covered, Matches *out) const
{
    // The gap between two steps counts words, with a tagged term as one word and technology
    // names as none: in "maintain the Python and Bash tooling" one word separates verb and
    // object, as in "maintain the tooling".
    const auto gap = [&](const Partial &before, int tag) {
        const int tokens = segment.tags[tag].firstToken - before.lastToken - 1;
        return tokens - (covered[tag] - covered[before.endTag + 1]);
    };
    const int stepCount = int(rule.steps.size());
    std::array<Partial, kMaxRuleSteps> partial{};
    std::array<bool, kMaxRuleSteps> valid{};
    for (int t = 0; t < segment.tags.size(); ++t) {
        const Tag &tag = segment.tags[t];
        if (tag.classes.intersects(rule.barrier)) {
            valid.fill(false);
            continue;
        }
        int skipTo = t;
        // From the last step down, so that one tag advances a partial match by one step only.
        for (int k = stepCount - 1; k >= 0; --k) {
            ++m_steps;
            const CompiledStep &step = rule.steps[k];
            if (!tag.classes.intersects(step.mask) ||
                (step.capitalized && (tag.end == tag.start || !m_line[tag.start].isUpper())))
                continue;
            // An excluded word ("build the infrastructure") ends the partial match rather than
            // being skipped as a gap, unless it starts a list that holds an allowed item
            // ("Develop infrastructure and microservices").
            const ClassMask nextStep = k + 1 < stepCount ? rule.steps[k + 1].mask : ClassMask();
            if (tag.classes.intersects(step.except) &&
                !(step.list && listHoldsAllowedItem(segment, t, step, nextStep))) {
                if (k > 0)
                    valid[k - 1] = false;
                continue;
            }
            Partial next;
            if (k > 0) {
                if (!valid[k - 1] || gap(partial[k - 1], t) > step.maxGap)
                    continue;
                next = partial[k - 1];
            }
            if (k == rule.spanStep) {
                next.startTag = t;
                next.start = tag.start;
            }
            const ListEnd end = step.list ? extendList(segment, t, step.mask, nextStep)
                                          : ListEnd{t, tag.lastToken(), tag.end};
            next.endTag = end.tag;
            next.lastToken = end.lastToken;
            next.end = end.end;
            next.stepSpans[k] = {tag.start, end.end};
            skipTo = std::max(skipTo, end.tag);
            if (k + 1 < stepCount) {
                partial[k] = next;
                valid[k] = true;
                continue;
            }
            valid.fill(false);
            if (!cancelledBefore(rule, segment, next.startTag) &&
                !doneByAnother(rule, segment, next.startTag) &&
                !cancelledAfter(rule, segment, end.tag) && !waivedAfter(rule, segment, end.tag))
                out->append(spanned(rule, segment, next));
            break;
        }
        t = skipTo; // tags inside a list were consumed with it
    }
}

bool doneByOtherSubject(const Segment &segment, int verbTag, const QList<Token> &tokens,
                        const RuleSet::Special &special)
{
    const Tag &verb = segment.tags[verbTag];
    if (!verb.classes.intersects(special.thirdPerson))
        return false;
    // "Plans and builds pipelines": a verb joined to one before it shares its subject.
    if (verbTag > 0 && segment.tags[verbTag - 1].lastToken() == verb.firstToken - 1 &&
        segment.tags[verbTag - 1].classes.intersects(special.listSeparator))
        return false;
    bool subject = false;
    for (int i = segment.firstToken; i < verb.firstToken; ++i)
        subject = subject || tokens[i].kind == TokenKind::Word;
    for (int i = 0; subject && i < verbTag; ++i)
        subject = !segment.tags[i].classes.intersects(special.jobSubjects);
    return subject;
}

bool SegmentMatcher::doneByAnother(const CompiledRule &rule, const Segment &segment,
                                   int startTag) const
{
    return isRoleCategory(rule.spec.category) &&
           doneByOtherSubject(segment, startTag, m_tokens, m_rules.special());
}

// "Programming experience is not required", "Python experience is not needed": the posting
// itself waives what it names, so no developer demand is made. Only a waiver that follows
// the match at once counts, at most an "experience" between and no punctuation: in "Python
// is helpful but not required" the skill is still asked for, as a plus, and in "Python
// required, a degree is not required" the waiver is the degree's.
bool SegmentMatcher::waivedAfter(const CompiledRule &rule, const Segment &segment, int endTag) const
{
    if (!isRoleCategory(rule.spec.category))
        return false;
    const RuleSet::Special &special = m_rules.special();
    constexpr int kMostWordsBetween = 2;
    const int last = segment.tags[endTag].lastToken();
    for (int t = endTag + 1; t < segment.tags.size(); ++t) {
        const Tag &next = segment.tags[t];
        if (wordsBetween(m_line, m_tokens, last, next.firstToken) > kMostWordsBetween ||
            std::any_of(m_tokens.cbegin() + last + 1, m_tokens.cbegin() + next.firstToken,
                        [](const Token &token) { return token.kind == TokenKind::Punct; }))
            return false;
        if (next.classes.intersects(special.waivers))
            return true;
        if (!next.classes.intersects(special.experience))
            return false;
    }
    return false;
}

int firstWordOf(const Segment &segment, const QList<Token> &tokens)
{
    int first = segment.firstToken;
    while (first <= segment.lastToken && tokens[first].kind != TokenKind::Word)
        ++first;
    return first;
}

int firstWordTag(const Segment &segment, const QList<Token> &tokens)
{
    const int firstWord = firstWordOf(segment, tokens);
    int tag = 0;
    while (tag < segment.tags.size() &&
           (segment.tags[tag].tokenCount == 0 || segment.tags[tag].lastToken() < firstWord))
        ++tag;
    return tag;
}

QStringView wordAfter(QStringView line, const QList<Token> &tokens, const Segment &segment,
                      int last)
{
    const int next = last + 1;
    if (next > segment.lastToken || tokens[next].kind != TokenKind::Word)
        return {};
    return line.sliced(tokens[next].start, tokens[next].length);
}

int wordsBetween(QStringView line, const QList<Token> &tokens, int from, int to)
{
    int words = 0;
    for (int i = from + 1; i < to; ++i) {
        const Token &token = tokens[i];
        if (token.kind != TokenKind::Word && token.kind != TokenKind::Number)
            continue;
        // "turn-up": a hyphen glued to the words on both sides joins them into one, also to
        // the word the count starts from ("cluster-level" adds no word after "cluster").
        const Token &hyphen = tokens[i - 1];
        const bool compound = i - 1 > from && hyphen.kind == TokenKind::Punct &&
                              line[hyphen.start] == u'-' && !hyphen.spaceBefore &&
                              !token.spaceBefore;
        words += compound ? 0 : 1;
    }
    return words;
}

// Whether the word after token \a last starts a phrase of place or means: "application
// development on Azure or other cloud environments" asks for the development, whatever the
// phrase names. Not "of", whose phrase is the match's object, nor "for": what is built "for"
// people is as often the team's own work, described ("build custom tools for employees").
bool SegmentMatcher::prepositionAfter(int last, const Segment &segment) const
{
    static constexpr std::array<QStringView, 9> prepositions = {
        u"on", u"in", u"at", u"within", u"across", u"via", u"from", u"through", u"under"};
    return isOneOf(wordAfter(m_line, m_tokens, segment, last), prepositions);
}

// "own the AWS migration": the technology is only a qualifier of the planning noun after it,
// also past another option ("the machine learning or computer hardware industry"), which
// may name a technology or a field of its own ("or cloud computing industry"), and past up to
// two other tagged words right after the match ("own cluster upgrade programs", "maintain
// software product delivery plans"), but not a verb that leads or a cue, and not after a list
// ("Java and Go, leading teams" asks for both).
// A team or a concern heads only the word right before it: "a software development team" is
// no demand, but "software development and team leadership" still asks for development.
bool SegmentMatcher::cancelledAfter(const CompiledRule &rule, const Segment &segment,
                                    int endTag) const
{
    if (rule.unlessAfter.none())
        return false;
    const RuleSet::Special &special = m_rules.special();
    const ClassMask joiners =
        special.listSeparator | special.alternatives | special.modifiers | special.fields;
    const ClassMask neverSkipped = special.leadVerbs | special.itemCues;
    constexpr int kMostSkipped = 2;
    int last = segment.tags[endTag].lastToken();
    int reach = 2;       // the noun, after at most one word ("the AWS cloud migration")
    bool joined = false; // past another option's joiner
    int skipped = 0;     // other tagged words skipped on the way to the noun
    for (int t = endTag + 1; t < segment.tags.size(); ++t) {
        const Tag &next = segment.tags[t];
        if (wordsBetween(m_line, m_tokens, last, next.firstToken) >=
            reach + std::max(0, skipped - 1))
            return false;
        const ClassMask heads = next.classes & rule.unlessAfter;
        if (heads.any())
            return (!(joined || skipped > 0) || heads.intersects(~special.adjacentHeads)) &&
                   !prepositionAfter(segment.tags[endTag].lastToken(), segment);
        if (next.classes.intersects(joiners)) {
            last = next.lastToken();
            reach = 3; // another option's two words, then the noun
            joined = true;
        } else if (joined || skipped == kMostSkipped || next.tokenCount > 1 ||
                   next.classes.intersects(neverSkipped)) {
            return false;
        } else {
            ++skipped;
        }
    }
    return false;
}

SegmentMatcher::Match SegmentMatcher::spanned(const CompiledRule &rule, const Segment &segment,
                                              const Partial &partial)
{
    // A whole-sentence finding is for bullets and short sentences; in a run-on paragraph
    // (bullets flattened by a scraper) it would cover everything, so it keeps to its words.
    constexpr int kMaxSegmentSpanTokens = 40;
    const bool wholeSegment =
        rule.spec.spanSegment && segment.lastToken - segment.firstToken < kMaxSegmentSpanTokens;
    return {&rule, partial, wholeSegment ? segment.textStart : partial.start,
            wholeSegment ? segment.textEnd : partial.end};
}

Finding SegmentMatcher::makeFinding(const Match &found, const Segment &segment,
                                    const ClassMask &classes) const
{
    const CompiledRule &rule = *found.rule;
    const Partial &match = found.partial;
    const int segmentStart = segment.textStart;
    const int segmentEnd = segment.textEnd;

    // On the stack: a finding is made for every match, and two lists on the heap per finding
    // were a measurable part of the analysis.
    constexpr qsizetype kSlotsOnStack = 8;
    QVarLengthArray<QString, kSlotsOnStack> captured(rule.slotCount);
    // A slot no step fills stays empty.
    QVarLengthArray<QStringView, kSlotsOnStack> values(rule.slotCount, QStringView());
    for (int k = 0; k < rule.steps.size(); ++k) {
        if (const int slot = rule.steps[k].slot; slot >= 0) {
            const Span span = match.stepSpans[k];
            // A capture may run over a line break inside the paragraph.
            const QString text =
                m_line.sliced(span.start, span.end - span.start).toString().simplified();
            captured[slot] = rule.steps[k].lowercase ? lowercaseFirst(text) : text;
            values[slot] = captured[slot];
        }
    }
    // {match} and {segment} are copied only for the rules whose texts use them.
    if (rule.usesMatch) {
        captured[rule.matchSlot] =
            m_line.sliced(match.start, match.end - match.start).toString().simplified();
        values[rule.matchSlot] = captured[rule.matchSlot];
    }
    if (rule.usesSegment) {
        if (!segment.text)
            segment.text =
                m_line.sliced(segmentStart, segmentEnd - segmentStart).toString().simplified();
        values[rule.segmentSlot] = *segment.text;
    }

    Finding finding;
    finding.start = found.start;
    finding.length = found.end - found.start;
    finding.ruleId = rule.spec.id;
    finding.category = rule.spec.category;
    finding.severity =
        classes.intersects(rule.softenedBy) ? rule.spec.softenedSeverity : rule.spec.severity;
    finding.message = rule.message.expand(values);
    finding.rationale = rule.spec.rationale;
    const bool startsSegment = finding.start == segmentStart;
    finding.suggestions.reserve(rule.suggestions.size());
    for (const TextTemplate &suggestion : rule.suggestions)
        finding.suggestions.append(matchCase(suggestion.expand(values), startsSegment));
    return finding;
}

} // namespace rolelens
