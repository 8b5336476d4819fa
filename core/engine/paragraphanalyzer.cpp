#include "engine/paragraphanalyzer_p.h"
#include "text/markdownline.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <optional>
#include <span>

namespace rolelens {

namespace {

constexpr int kMaxLeadInTokens = 12;
constexpr int kMaxTitleTokens = 6;

bool isPunct(QStringView line, const Token &token, QStringView chars)
{
    if (token.kind != TokenKind::Punct || token.length != 1)
        return false;
    // A plain search: QStringView::contains() takes the general substring path for one QChar.
    const QChar c = line[token.start];
    return std::find(chars.cbegin(), chars.cend(), c) != chars.cend();
}

struct LineShape
{
    int contentStart = 0; ///< first token after a heading's '#'s or a bullet marker
    bool heading = false;
    bool bullet = false;
};

// The line's Markdown shape (text/MarkdownLine, the one parser of line shapes) in tokens.
LineShape shapeOf(QStringView line, const QList<Token> &tokens)
{
    const MarkdownLine markdown = MarkdownLine::parse(line);
    const bool heading = markdown.kind == MarkdownLine::Kind::Heading;
    if (!heading && !markdown.isListItem())
        return {};
    int first = 0;
    while (first < tokens.size() && tokens[first].start < markdown.contentStart)
        ++first;
    if (first >= tokens.size())
        return {}; // a marker with nothing after it is text
    return {first, heading, !heading};
}

// A 64-bit FNV-1a hash of \a text case-folded: "Java" and "JAVA" are one technology.
quint64 caseFoldedKey(QStringView text)
{
    quint64 hash = 14695981039346656037ull;
    for (const QChar c : text)
        hash = (hash ^ c.toCaseFolded().unicode()) * 1099511628211ull;
    return hash;
}

// Whether a line ends in a colon, past emphasis marks; whether it is wrapped in bold.
struct LineEnd
{
    bool colon = false;
    bool bold = false;
};

LineEnd lineEndOf(QStringView line, const QList<Token> &tokens)
{
    qsizetype last = tokens.size() - 1;
    while (last > 0 && isPunct(line, tokens[last], u"*_"))
        --last;
    return {isPunct(line, tokens[last], u":"),
            last < tokens.size() - 1 && isPunct(line, tokens.first(), u"*_")};
}

// "Requirements:", "**Nice to have**" or a Markdown heading: a short line that introduces
// what follows.
bool isLeadIn(QStringView line, const QList<Token> &tokens, const LineShape &shape)
{
    if (shape.heading)
        return true;
    if (shape.bullet || tokens.size() - shape.contentStart > kMaxLeadInTokens)
        return false;
    const LineEnd end = lineEndOf(line, tokens);
    return end.bold || end.colon;
}

// "Preferred Qualifications" on a line of its own: a short title without punctuation.
bool isShortTitle(QStringView line, const QList<Token> &tokens, const LineShape &shape)
{
    return !shape.bullet && tokens.size() - shape.contentStart <= kMaxTitleTokens &&
           !isPunct(line, tokens.last(), u".!?;,");
}

bool isWord(QStringView line, const Token &token, QStringView word)
{
    return token.kind == TokenKind::Word && line.sliced(token.start, token.length) == word;
}

// "Why Acme?", "Why Join Us?" on a line of its own: the employer's pitch follows. A name is
// capitalised throughout; "Why This Role?" or "Why You?" asks about the job instead, and ends
// the pitch.
enum class WhyTitle : quint8
{
    No,
    Employer,
    Job
};

WhyTitle whyTitleOf(QStringView line, const QList<Token> &tokens, const LineShape &shape)
{
    constexpr int kMostWords = 3;
    const int first = shape.contentStart;
    const int last = int(tokens.size()) - 1;
    if (shape.bullet || last - first < 2 || last - first > kMostWords + 1 ||
        !isWord(line, tokens[first], u"Why") || !isPunct(line, tokens[last], u"?"))
        return WhyTitle::No;
    static const QStringList jobWords = {QStringLiteral("This"), QStringLiteral("The"),
                                         QStringLiteral("You"), QStringLiteral("Your")};
    for (int i = first + 1; i < last; ++i) {
        const QStringView word = line.sliced(tokens[i].start, tokens[i].length);
        if (tokens[i].kind != TokenKind::Word || !word.front().isUpper())
            return WhyTitle::No;
        if (jobWords.contains(word))
            return WhyTitle::Job;
    }
    return WhyTitle::Employer;
}

// "exp", "in": a word in lower case throughout, not a name such as "iOS" or "jQuery".
bool isLowerCaseWord(QStringView word)
{
    return std::none_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); }) &&
           word.front().isLower();
}

// A bullet mark inside a line, as scraped postings glue their lists: "… with clients • Run …".
bool isInlineBullet(QStringView line, const QList<Token> &tokens, int i)
{
    return tokens[i].spaceBefore && tokens[i + 1].spaceBefore &&
           isPunct(line, tokens[i], u"•·▪●◦‣");
}

// A spaced hyphen before a capital or a number, not between two numbers ("8am - 5pm"): a
// list's item may start there ("- 5+ years of … - Experience with …"). Some boards glue the
// hyphen to the mark that ends the item before ("… environment.- Experience with …").
bool mayBeListDash(QStringView line, const QList<Token> &tokens, int i)
{
    const bool partedBefore =
        tokens[i].spaceBefore || (i > 0 && isPunct(line, tokens[i - 1], u".;!?"));
    if (!partedBefore || !tokens[i + 1].spaceBefore || !isPunct(line, tokens[i], u"-"))
        return false;
    const QChar next = line[tokens[i + 1].start];
    return next.isUpper() || (next.isDigit() && (i == 0 || !line[tokens[i - 1].start].isDigit()));
}

// Whether the line glues a list with spaced hyphens, as some boards paste their bullets: two
// such hyphens at least, so that one dash in a sentence ("Python - a plus") parts nothing.
bool gluesListWithDashes(QStringView line, const QList<Token> &tokens, int from)
{
    int dashes = 0;
    for (int i = from; i + 1 < tokens.size() && dashes < 2; ++i) {
        if (mayBeListDash(line, tokens, i))
            ++dashes;
    }
    return dashes >= 2;
}

bool endsSentence(QStringView line, const QList<Token> &tokens, int i)
{
    if (!isPunct(line, tokens[i], u".!?;"))
        return false;
    if (i + 1 < tokens.size() && !tokens[i + 1].spaceBefore)
        return false; // "Node.js", "2.5"
    if (line[tokens[i].start] != QLatin1Char('.') || i == 0)
        return true;
    // "e.g.", "Sr.", "vs." do not end a sentence.
    const Token &before = tokens[i - 1];
    if (before.kind != TokenKind::Word)
        return true;
    const QStringView word = line.sliced(before.start, before.length);
    static const QStringList abbreviations = {QStringLiteral("vs"),     QStringLiteral("inc"),
                                              QStringLiteral("sr"),     QStringLiteral("jr"),
                                              QStringLiteral("approx"), QStringLiteral("incl"),
                                              QStringLiteral("dept"),   QStringLiteral("ltd"),
                                              QStringLiteral("equiv"),  QStringLiteral("assoc")};
    if (word.size() == 1 || abbreviations.contains(word, Qt::CaseInsensitive))
        return false;
    // A new sentence does not start in lower case, so a short word before the '.' is an
    // abbreviation: "5+ yrs exp. w/ Go", "M.Sc. in Physics". A name such as "iOS" or "npm"
    // after a full word may start one: "Experience with Swift. iOS a plus".
    return word.size() > 4 || i + 1 >= tokens.size() || tokens[i + 1].kind != TokenKind::Word ||
           !isLowerCaseWord(line.sliced(tokens[i + 1].start, tokens[i + 1].length));
}

// Scraped postings often lose their bullet marks: "…with stakeholders Deploy services to
// production Track risks". A capitalised item verb straight after a lower-case word starts a
// new item there; after a name ("Technical Architect") it may be part of it. A capitalised
// cue ("... Databricks Experience with ...") starts an item after any word. A second duty
// joined by "and also" ("keep the roadmap current and also prototype dashboards"), or by "and"
// to a verb-led duty, is an item of its own too: what rules out the first ("roadmap") must not
// rule out the second. Sentences are found in the same pass, so each token is looked at once.
enum class ItemStart : quint8
{
    No,
    Item,
    Sentence,         ///< the first word after a sentence's end
    AfterSectionName, ///< "Required skills: Python, SQL": an item of the section named
    InlineBullet,     ///< "… • Python • SQL": an item after a bullet mark inside the line
    Join              ///< "and also" between two duties: part of neither
};

// One per token of a paragraph; on the stack for all but the longest run-on paragraphs.
using ItemStarts = QVarLengthArray<ItemStart, 256>;

ItemStarts implicitItemStarts(QStringView line, const QList<Token> &tokens, const QList<Tag> &tags,
                              const RuleSet::Special &special, const ClassMask &sections,
                              int contentStart)
{
    ItemStarts starts(tokens.size(), ItemStart::No);
    int joinStart = -1; // "and also"
    int afterJoin = -1; // the token after it: a verb there starts a second duty
    int item = contentStart;
    int dutyVerbEnd = -1; // the last token of the verbs the item starts with: "Profile jobs …"
    int scanned = contentStart; // tokens before this one were checked for a sentence's end
    // Inside brackets a ';' parts the items of a list, not two clauses: "an engineering
    // background (e.g. AWS; CI/CD; observability)" is one clause.
    int bracketDepth = 0;
    // Whether spaced hyphens part the line's items, looked at on the first such hyphen only.
    std::optional<bool> dashList;
    const auto isListDash = [&](int i) {
        if (!mayBeListDash(line, tokens, i))
            return false;
        if (!dashList)
            dashList = gluesListWithDashes(line, tokens, i);
        return *dashList;
    };
    const auto findSentencesBefore = [&](int end) {
        for (; scanned < end; ++scanned) {
            if (tokens[scanned].kind != TokenKind::Punct)
                continue;
            const QChar mark = line[tokens[scanned].start];
            if (mark == QLatin1Char('('))
                ++bracketDepth;
            else if (mark == QLatin1Char(')'))
                bracketDepth = std::max(0, bracketDepth - 1);
            if (scanned + 1 >= tokens.size())
                continue;
            if (scanned > contentStart &&
                (isInlineBullet(line, tokens, scanned) || isListDash(scanned))) {
                // "Requirements: • Python • Nice to have: • SQL": each mark starts an item
                // and belongs to neither.
                starts[scanned] = ItemStart::Join;
                starts[scanned + 1] = ItemStart::InlineBullet;
                item = scanned + 1;
                dutyVerbEnd = -1;
            } else if (!(bracketDepth > 0 && mark == QLatin1Char(';')) &&
                       endsSentence(line, tokens, scanned)) {
                if (mark != QLatin1Char(';'))
                    bracketDepth = 0; // an unclosed bracket ends with its sentence
                if (starts[scanned + 1] == ItemStart::No)
                    starts[scanned + 1] = ItemStart::Sentence;
                item = scanned + 1;
                dutyVerbEnd = -1;
            }
        }
    };
    // Whether a duty follows the tag at \a index, past at most one comma ("when needed, write
    // code"): a softener at the end of a duty ("…, a plus") softens that duty instead.
    const auto dutyFollows = [&](qsizetype index) {
        const int after = tags[index].lastToken() + 1; // the comma is tagged too
        for (qsizetype next = index + 1; next < tags.size() && tags[next].firstToken <= after + 1;
             ++next) {
            if (tags[next].classes.intersects(special.softenedDuties))
                return true;
        }
        return false;
    };
    for (const Tag &tag : tags) {
        const int i = tag.firstToken;
        if (tag.end == tag.start)
            continue;
        findSentencesBefore(i);
        const bool verb = tag.classes.intersects(special.itemVerbs);
        const bool dutyVerb = verb && tag.classes.intersects(special.dutyVerbs);
        if (i > item && starts[i] != ItemStart::No)
            item = i; // "Skills: Python …" after a section's name
        if (i == item)
            dutyVerbEnd = dutyVerb ? tag.lastToken() : -1;
        if (tag.classes.intersects(special.clauseJoin)) {
            joinStart = i;
            afterJoin = tag.lastToken() + 1;
            continue;
        }
        // "and" or a comma, then a verb and its object, after a whole duty ("Profile jobs to
        // find bottlenecks and tune the loader", "Run the steering committees, maintain the
        // schedule") starts a second duty. The verbs of one duty stay together ("design,
        // build and test the tool", "stand up and administer"), and so does a verb inside the
        // duty with what "and" joins to it ("Ensure teams write and maintain runbooks": the
        // teams') and a noun that is also a verb ("CI, build and deployment tooling"). A
        // softener joined to a whole duty and followed by a duty starts the second one, and
        // softens it alone ("Lead the sprints and, when needed, write code").
        bool secondDuty = false;
        const auto joinedBefore = [&] {
            return isWord(line, tokens[i - 1], u"and") || isPunct(line, tokens[i - 1], u",");
        };
        // A whole duty, verbs and words, ends before the word joining this tag to it.
        const bool wholeDutyBefore = dutyVerbEnd >= 0 && i - 1 > dutyVerbEnd + 1;
        if (dutyVerbEnd >= 0 && tag.classes.intersects(special.softeners)) {
            if (wholeDutyBefore && joinedBefore() && dutyFollows(&tag - tags.data())) {
                starts[i] = ItemStart::Item;
                item = i;
            }
            dutyVerbEnd = -1;
        } else if (i == afterJoin) {
            secondDuty = verb;
        } else if (dutyVerb && i > 0) {
            const bool joined = joinedBefore();
            if (joined && dutyVerbEnd >= 0 && i - 1 == dutyVerbEnd + 1) {
                dutyVerbEnd = tag.lastToken(); // the next verb of a series
            } else if (!joined && i > dutyVerbEnd + 1) {
                dutyVerbEnd = -1; // a verb inside the duty: what "and" joins is its
            } else if (joined && wholeDutyBefore) {
                // A routine with its verb ("fix bugs") holds its object already.
                const int next = tag.lastToken() + 1;
                secondDuty =
                    tag.classes.intersects(special.routineWithVerb) ||
                    (next < tokens.size() && tokens[next].kind == TokenKind::Word &&
                     !isWord(line, tokens[next], u"and") && !isWord(line, tokens[next], u"or") &&
                     !isWord(line, tokens[next], u"of")); // it takes an object
            }
        }
        if (secondDuty) {
            if (i == afterJoin)
                starts[joinStart] = ItemStart::Join;
            starts[i] = ItemStart::Item;
            item = i;
            dutyVerbEnd = tag.lastToken();
            continue;
        }
        if (!line[tag.start].isUpper())
            continue;
        // A name that is a section's only with its colon ("You will:") holds the colon.
        const int colon =
            isPunct(line, tokens[tag.lastToken()], u":") ? tag.lastToken() : tag.lastToken() + 1;
        if (tag.classes.intersects(sections) && colon + 1 < tokens.size() &&
            isPunct(line, tokens[colon], u":"))
            starts[colon + 1] = ItemStart::AfterSectionName;
        if (i == 0 || tokens[i - 1].kind != TokenKind::Word || starts[i] != ItemStart::No)
            continue;
        // After an article or a possessive a capitalised verb is a title's word: "serve as
        // the Lead Engineer", "join our Build team"; after a preposition it is its object:
        // "Familiarity in Coding".
        const QStringView before = line.sliced(tokens[i - 1].start, tokens[i - 1].length);
        static const QStringList nounLeads = {
            QStringLiteral("the"),  QStringLiteral("a"),    QStringLiteral("an"),
            QStringLiteral("our"),  QStringLiteral("your"), QStringLiteral("their"),
            QStringLiteral("its"),  QStringLiteral("this"), QStringLiteral("my"),
            QStringLiteral("in"),   QStringLiteral("with"), QStringLiteral("of"),
            QStringLiteral("on"),   QStringLiteral("for"),  QStringLiteral("at"),
            QStringLiteral("from"), QStringLiteral("into"), QStringLiteral("about")};
        const bool afterNounLead = nounLeads.contains(before);
        if (tag.classes.intersects(special.itemCues) ||
            (verb && before[0].isLower() && !afterNounLead)) {
            starts[i] = ItemStart::Item;
            item = i;
            dutyVerbEnd = dutyVerb ? tag.lastToken() : -1;
        }
    }
    findSentencesBefore(int(tokens.size()));
    return starts;
}

// Whether \a line may hold a URL or an e-mail address: an '@', a "://" or a "www" word. The
// tokens are at hand, so this costs far less than searching the text for each, and the sketch
// rules most lines out without a look at them.
bool mayHoldAddress(QStringView line, const QList<Token> &tokens, const ParagraphSketch &sketch)
{
    if (!sketch.has(ParagraphSketch::Bit::MaybeAddress) &&
        !sketch.has(ParagraphSketch::Bit::MaybeWww))
        return false;
    for (const Token &token : tokens) {
        if (token.kind == TokenKind::Punct && token.length == 1) {
            const QChar c = line[token.start];
            if (c == QLatin1Char('@') ||
                (c == QLatin1Char(':') && line.sliced(token.start).startsWith(u"://")))
                return true;
        } else if (token.kind == TokenKind::Word && token.length == 3 &&
                   foldForMatching(line[token.start].unicode()) == u'w' &&
                   line.sliced(token.start, 3).compare(u"www", Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// Whether the words from token \a first on name the employer's own section: "About us",
// "Benefits", or "About" and a capitalised name ("About Acme"; "About the role" is the job).
// \a aboutOnly: only a name that starts with "About" counts.
bool namesEmployer(QStringView line, const QList<Token> &tokens, std::span<const Tag> tags,
                   int first, const RuleSet::Special &special, bool aboutOnly = false)
{
    // "**About us**", "🏢 About Acme": the name's first word, past emphasis and emoji.
    while (first < tokens.size() &&
           (tokens[first].kind == TokenKind::Punct || tokens[first].kind == TokenKind::Emoji))
        ++first;
    if (first >= tokens.size() ||
        (aboutOnly && !line.sliced(tokens[first].start).startsWith(u"About")))
        return false;
    for (const Tag &tag : tags) {
        if (tag.firstToken < first || tag.end == tag.start)
            continue;
        if (tag.firstToken > first || !line[tag.start].isUpper())
            return false;
        if (tag.classes.intersects(special.sectionCompany))
            return true;
        const int next = tag.firstToken + tag.tokenCount;
        return tag.classes.intersects(special.sectionAbout) && next < tokens.size() &&
               tokens[next].kind == TokenKind::Word && line[tokens[next].start].isUpper();
    }
    return false;
}

// "For reference, here are some technologies we are currently using:", "Tools we work with:":
// a lead-in to the employer's own stack, which asks the candidate for nothing. What it lists
// belongs to the employer's section, unless the lead-in also asks ("Experience with the tools
// we use:").
bool introducesOwnStack(QStringView line, const QList<Token> &tokens, std::span<const Tag> tags,
                        const RuleSet::Special &special)
{
    constexpr int kMostWords = 3; // "we are currently actively using"
    if (std::any_of(tags.begin(), tags.end(),
                    [&](const Tag &tag) { return tag.classes.intersects(special.asks); }))
        return false;
    for (std::size_t t = 0; t + 1 < tags.size(); ++t) {
        if (tags[t].classes.intersects(special.companySubjects) &&
            tags[t + 1].classes.intersects(special.stackUse) &&
            wordsBetween(line, tokens, tags[t].lastToken(), tags[t + 1].firstToken) <= kMostWords)
            return true;
    }
    return false;
}

// Whether every requirement name among \a tags is a generic one ("Technical skills:", "Tech
// stack:"). Inside a preferred section such a label lists more of what is preferred; only an
// explicit name ("Must have", "Minimum qualifications") or a heading starts a required one.
bool namesOnlyGenericSections(std::span<const Tag> tags, const RuleSet::Special &special)
{
    return std::none_of(tags.begin(), tags.end(), [&](const Tag &tag) {
        return tag.classes.intersects(special.required | special.sectionRequired) &&
               !tag.classes.intersects(special.sectionGeneric);
    });
}

// Whether a lead-in names no section but asks for experience or skill with what its items
// name ("Practical experience with:"), not for understanding of it ("Familiarity with:") nor
// for somebody else's ("Our engineers have experience with:").
bool asksForItems(const ClassMask &classes, const RuleSet::Special &special)
{
    return classes.intersects(special.demandCues) &&
           !classes.intersects(special.softCues | special.otherSubjects | special.companySubjects |
                               special.sectionOther | special.sectionCompany);
}

// The section a sentence names inline: "Preferred qualifications", "Minimum qualifications",
// "About Acme", and in the employer's section "Responsibilities" (an ordinary section: no
// context). Only a capitalised name counts: "gather requirements" names no section. Inline,
// only "About ..." starts the employer's section: "Benefits: 401(k) Schedule: ... SQL: 1 year"
// is a run of fields, the last of which may be a requirement.
std::optional<ParagraphContext> sectionNamed(QStringView line, const QList<Token> &tokens,
                                             const RuleSet::Special &special,
                                             const Segment &segment, ParagraphContext current)
{
    if (namesEmployer(line, tokens, {segment.tags.data(), std::size_t(segment.tags.size())},
                      segment.firstToken, special, /*aboutOnly=*/true))
        return ParagraphContext::Company;
    std::optional<ParagraphContext> named;
    for (const Tag &tag : segment.tags) {
        if (tag.end == tag.start || !line[tag.start].isUpper())
            continue;
        if (tag.classes.intersects(special.sectionPreferred))
            named = ParagraphContext::Preferred;
        else if (tag.classes.intersects(special.sectionRequired) &&
                 !(current == ParagraphContext::Preferred &&
                   tag.classes.intersects(special.sectionGeneric)))
            named = ParagraphContext::Required;
        else if (current == ParagraphContext::Company &&
                 tag.classes.intersects(special.sectionOther) &&
                 !tag.classes.intersects(special.sectionCompany))
            named = ParagraphContext::None;
    }
    return named;
}

// "We are looking for an experienced Salesforce developer": the role the posting hires, read
// from the body when the title names only the field.
Role seekingRole(const RuleSet::Special &special, const Segment &segment)
{
    bool seeking = false;
    for (const Tag &tag : segment.tags) {
        if (tag.classes.intersects(special.seeking))
            seeking = true;
        else if (seeking && tag.classes.intersects(special.roleManager))
            return Role::Manager;
        else if (seeking && tag.classes.intersects(special.roleDeveloper))
            return Role::Developer;
    }
    return Role::Unknown;
}

// Words that start a phrase of their own after "or": "build or maintain tools for project
// management" offers no management option, the tools are for it.
bool startsPhrase(QStringView word)
{
    static constexpr std::array<QStringView, 9> kWords = {u"for", u"of", u"to",    u"with", u"in",
                                                          u"on",  u"by", u"using", u"via"};
    return isOneOf(word, kWords);
}

// "Network engineering or infrastructure technical program management": an "or" whose option,
// past a few qualifying words, is managing programs or projects lets a TPM meet the whole ask
// as a TPM (LABELLING.md), whatever the qualifiers are, so the "or" is marked as such an option.
void markManagementOptions(QStringView line, const QList<Token> &tokens, QList<Tag> *tags,
                           const RuleSet::Special &special)
{
    constexpr int kQualifierWords = 3;
    for (qsizetype t = 0; t + 1 < tags->size(); ++t) {
        Tag &option = (*tags)[t];
        if (!option.classes.intersects(special.alternatives) ||
            option.classes.intersects(special.managerOptions))
            continue;
        // The qualifiers may be tagged ("infrastructure", "technical"), but are no verb.
        // A bound on the tokens keeps the search short: words, and a slash or hyphen each.
        const int reach = option.lastToken() + 2 * kQualifierWords + 1;
        const auto next = std::find_if(tags->cbegin() + t + 1, tags->cend(), [&](const Tag &tag) {
            return tag.firstToken > reach ||
                   tag.classes.intersects(special.managementDisciplines | special.dutyVerbs |
                                          special.listSeparator);
        });
        if (next == tags->cend() || next->firstToken > reach ||
            !next->classes.intersects(special.managementDisciplines) ||
            wordsBetween(line, tokens, option.lastToken(), next->firstToken) > kQualifierWords)
            continue;
        bool qualifiersOnly = true;
        for (int i = option.lastToken() + 1; qualifiersOnly && i < next->firstToken; ++i) {
            const Token &token = tokens[i];
            qualifiersOnly = token.kind == TokenKind::Word
                                 ? !startsPhrase(line.sliced(token.start, token.length))
                                 : isPunct(line, token, u"/-&");
        }
        if (qualifiersOnly)
            option.classes |= special.managementOptionMarks;
    }
}

// Whether the employer speaks of itself in \a segment ("We run our Python services on AWS",
// "Our team has built open-source tools for 15 years"): a sentence that starts with the
// company as its subject and neither addresses the candidate ("you", "someone who") nor asks
// for anything ("we need", "we're looking for", "we'd love"). Like an "About us" section,
// it describes the employer's work, nobody's duty.
bool employerSpeaks(QStringView line, const QList<Token> &tokens, const Segment &segment,
                    const RuleSet::Special &special)
{
    const int first = firstWordOf(segment, tokens);
    const bool companyFirst =
        std::any_of(segment.tags.cbegin(), segment.tags.cend(), [&](const Tag &tag) {
            return tag.firstToken == first && tag.classes.intersects(special.companySubjects);
        });
    if (!companyFirst)
        return false;
    const ClassMask asks = special.jobSubjects | special.seeking | special.wants |
                           special.required | special.preferred | special.sectionRequired |
                           special.sectionPreferred;
    for (const Tag &tag : segment.tags) {
        if (tag.classes.intersects(asks))
            return false;
    }
    static constexpr QStringView kCandidate[] = {u"you",    u"your",  u"you'll",  u"you're",
                                                 u"you've", u"you'd", u"you’ll",  u"you’re",
                                                 u"you’ve", u"you’d", u"yourself"};
    for (int i = first; i <= segment.lastToken; ++i) {
        if (tokens[i].kind == TokenKind::Word &&
            isOneOf(line.sliced(tokens[i].start, tokens[i].length), kCandidate))
            return false;
    }
    return true;
}

// The classes tagged in the head of the title \a line (from token \a from, after its list
// marker): its first part that names a role (\a roles), parts ending at a qualifier: "(", ",",
// "|" or a dash between spaces ("Engineer - Platform"), not a hyphen ("Full-Stack"). A part
// that names no role is a rank, not the job: in "Vice President - Principal Engineer -
// Delivery Lead" the head is "Principal Engineer".
ClassMask headClasses(QStringView line, const QList<Token> &tokens, const QList<Tag> &tags,
                      int from, const ClassMask &roles)
{
    const auto isQualifier = [&](qsizetype i) {
        const bool spacedDash = isPunct(line, tokens[i], u"-\u2013\u2014") &&
                                tokens[i].spaceBefore &&
                                (i + 1 == tokens.size() || tokens[i + 1].spaceBefore);
        return isPunct(line, tokens[i], u"(,|") || spacedDash;
    };
    qsizetype tag = 0;
    for (qsizetype start = from; start < tokens.size();) {
        qsizetype end = start;
        while (end < tokens.size() && !isQualifier(end))
            ++end;
        ClassMask classes;
        for (; tag < tags.size() && tags[tag].firstToken < end; ++tag)
            classes |= tags[tag].classes;
        if (classes.intersects(roles))
            return classes;
        start = end + 1;
    }
    return {};
}

} // namespace

void ParagraphAnalyzer::addMisspellings(QStringView paragraph, const QList<Token> &tokens,
                                        ParagraphResult *result) const
{
    if (!m_spelling)
        return;
    for (const auto &[start, end] : m_spelling->misspellings(paragraph, tokens)) {
        Finding finding;
        finding.start = start;
        finding.length = end - start;
        finding.ruleId = QStringLiteral("spelling");
        finding.category = Category::Spelling;
        finding.severity = Severity::Info;
        const QString word = paragraph.sliced(start, end - start).toString();
        finding.message =
            QCoreApplication::translate("rolelens", "\u201c%1\u201d is not in the %2 dictionary")
                .arg(word, m_spelling->language());
        finding.rationale = QCoreApplication::translate(
            "rolelens", "A misspelled posting costs the employer credibility with the candidates "
                        "it wants most.");
        result->findings.append(finding);
    }
}

// Gender-coded words are counted; those the list gives neutral alternatives for are
// reported too (the others, such as "lead" or "support", are most postings' plain words).
void ParagraphAnalyzer::addCodedWords(QStringView paragraph, const QList<Token> &tokens,
                                      const TermMatcher::TokenIds &ids,
                                      ParagraphResult *result) const
{
    const CodedWords &coded = m_rules.codedWords();
    for (const CodedWords::Match &match : coded.find(paragraph, tokens, ids)) {
        const CodedWordSpec &word = coded.words()[match.word];
        ++(word.masculine ? result->masculineCoded : result->feminineCoded);
        const CheckFindingSpec *spec = m_rules.checkFinding(
            word.masculine ? u"inclusive/masculine-coded" : u"inclusive/feminine-coded");
        if (!spec || word.alternatives.isEmpty())
            continue;
        Finding finding;
        finding.start = match.start;
        finding.length = match.end - match.start;
        finding.ruleId = spec->id;
        finding.category = Category::Inclusive;
        finding.severity = spec->severity;
        const QString text = paragraph.sliced(match.start, finding.length).toString();
        finding.message = QString(spec->message).replace(QStringLiteral("{word}"), text);
        finding.rationale = spec->rationale;
        finding.suggestions = word.alternatives;
        result->findings.append(finding);
    }
}

ParagraphResult ParagraphAnalyzer::analyze(QStringView line, ParagraphContext context) const
{
    ParagraphResult result;
    const QList<Token> tokens = tokenize(line);
    if (tokens.isEmpty())
        return result;
    result.blank = false;
    for (const Token &token : tokens)
        result.words += token.kind == TokenKind::Word || token.kind == TokenKind::Number ||
                        token.kind == TokenKind::Hashtag;
    const LineShape shape = shapeOf(line, tokens);
    result.bullet = shape.bullet;
    TermMatcher::TokenIds ids;
    QList<Tag> tags = m_rules.matcher().match(line, tokens, &ids);
    tags.removeIf([&](const Tag &tag) { return tag.firstToken < shape.contentStart; });
    // "Apply or write to jobs@example.com": an address is no part of any requirement.
    const ParagraphSketch sketch(line, tokens);
    if (mayHoldAddress(line, tokens, sketch)) {
        // Tags and addresses are both in text order: one sweep over the two.
        const auto addresses = addressRanges(line);
        qsizetype next = 0;
        tags.removeIf([&](const Tag &tag) {
            while (next < addresses.size() && addresses[next].second <= tag.start)
                ++next;
            return next < addresses.size() && addresses[next].first < tag.end;
        });
    }
    const RuleSet::Special &special = m_rules.special();
    markManagementOptions(line, tokens, &tags, special);
    for (const Tag &tag : tags) {
        result.classes |= tag.classes;
        if (tag.classes.intersects(m_rules.leadershipMask()))
            ++result.leadershipTags;
        if (tag.classes.intersects(special.technologies))
            result.technologies.append(caseFoldedKey(line.sliced(tag.start, tag.end - tag.start)));
    }
    if (result.classes.intersects(special.roleManager | special.roleDeveloper))
        result.headClasses = headClasses(line, tokens, tags, shape.contentStart,
                                         special.roleManager | special.roleDeveloper);
    // A short line that names a section ("Preferred Qualifications", "Responsibilities") is
    // a lead-in even without a colon; a section of another kind ends "Nice to have" above it.
    const bool shortTitle = isShortTitle(line, tokens, shape);
    const ClassMask preferred = special.preferred | special.sectionPreferred |
                                (shortTitle ? special.sectionPreferredTitle : ClassMask());
    const ClassMask required = special.required | special.sectionRequired;
    // The names of sections, which a colon after them makes lead-ins of items inline.
    const ClassMask sectionNames = special.sectionRequired | special.sectionPreferred |
                                   special.sectionOther | special.sectionCompany;
    const bool namesEmployersSection =
        result.classes.intersects(special.sectionAbout | special.sectionCompany) &&
        namesEmployer(line, tokens, {tags.data(), std::size_t(tags.size())}, shape.contentStart,
                      special);
    const bool namesContext =
        namesEmployersSection || result.classes.intersects(preferred | required | sectionNames);
    // A lead-in to the employer's stack may run long: "For reference, here is a list of some
    // technologies we are currently using on a day-to-day basis:".
    const bool ownStack =
        !shape.bullet && lineEndOf(line, tokens).colon &&
        introducesOwnStack(line, tokens, {tags.data(), std::size_t(tags.size())}, special);
    const WhyTitle why = whyTitleOf(line, tokens, shape);
    if (isLeadIn(line, tokens, shape) || ownStack || why != WhyTitle::No ||
        (namesContext && shortTitle)) {
        result.leadIn = true;
        if (namesEmployersSection || ownStack || why == WhyTitle::Employer)
            result.context = ParagraphContext::Company;
        else if (result.classes.intersects(preferred))
            result.context = ParagraphContext::Preferred;
        else if (result.classes.intersects(required))
            result.context =
                !shape.heading && context == ParagraphContext::Preferred &&
                        namesOnlyGenericSections({tags.data(), std::size_t(tags.size())}, special)
                    ? ParagraphContext::Preferred
                    : ParagraphContext::Required;
        else if (asksForItems(result.classes, special))
            // "Hands-on experience with:" asks for each item below: preferred inside a
            // preferred section, else required.
            result.context = context == ParagraphContext::Preferred ? ParagraphContext::Preferred
                                                                    : ParagraphContext::Required;
        context = ParagraphContext::None; // a lead-in speaks for the lines below, not itself
    }
    addMisspellings(line, tokens, &result);
    addCodedWords(line, tokens, ids, &result);
    result.scan = scanParagraph(line, tokens, sketch);
    if (shape.contentStart >= tokens.size())
        return result;

    // Every segment starts with a zero-width pseudo-tag: "seg.start", plus the context of
    // the lead-in above, so rules can ask for "at the start of a bullet under Must have:".
    Tag pseudo;
    const auto setContext = [&](ParagraphContext to) {
        pseudo.classes.reset(std::size_t(special.contextRequired));
        pseudo.classes.reset(std::size_t(special.contextPreferred));
        if (to == ParagraphContext::Required)
            pseudo.classes.set(std::size_t(special.contextRequired));
        else if (to == ParagraphContext::Preferred)
            pseudo.classes.set(std::size_t(special.contextPreferred));
    };
    pseudo.classes.set(std::size_t(special.segmentStart));
    setContext(context);
    const ItemStarts itemStarts =
        implicitItemStarts(line, tokens, tags, special, sectionNames, shape.contentStart);
    // Checked per sentence only in the few paragraphs that name a section at all.
    const bool namesSection = result.classes.intersects(sectionNames | special.sectionAbout);
    const SegmentMatcher matcher(m_rules, line, tokens);
    // Without a model and without a training dump the rules' findings are final.
    const bool judging = m_judge.isActive();
    qsizetype nextTag = 0;
    int segmentStart = shape.contentStart;
    const ParagraphContext given = context;
    for (int i = shape.contentStart; i < tokens.size(); ++i) {
        if (i + 1 < tokens.size() && itemStarts[i + 1] == ItemStart::No)
            continue;
        if (itemStarts[segmentStart] == ItemStart::Join) {
            // The words joining two duties belong to neither clause, nor to its finding.
            while (nextTag < tags.size() && tags[nextTag].firstToken <= i)
                ++nextTag;
            segmentStart = i + 1;
            continue;
        }
        Segment segment;
        segment.firstToken = segmentStart;
        segment.lastToken = i;
        int last = i;
        while (last > segmentStart && tokens[last].kind == TokenKind::Punct &&
               QStringView(u".!?;:").contains(line[tokens[last].start]))
            --last;
        segment.textStart = tokens[segmentStart].start;
        segment.textEnd = tokens[last].end();
        pseudo.firstToken = segmentStart;
        pseudo.start = pseudo.end = tokens[segmentStart].start;
        segment.tags.append(pseudo);
        while (nextTag < tags.size() && tags[nextTag].firstToken <= i)
            segment.tags.append(tags[nextTag++]);
        if (result.seeks == Role::Unknown && result.classes.intersects(special.seeking))
            result.seeks = seekingRole(special, segment);
        // Run-on postings name their sections inline ("... About Acme: ...", "... Preferred
        // qualifications: MBA ..."): the sentences after the name are in that section. The
        // employer's section starts and ends at the sentence naming it; a requirement section
        // after the sentence, which is its lead-in.
        std::optional<ParagraphContext> named;
        if (namesSection) {
            named = sectionNamed(line, tokens, special, segment, context);
            if (named == ParagraphContext::Company ||
                (named == ParagraphContext::None && context == ParagraphContext::Company))
                context = *named;
        }
        QList<Finding> found;
        matcher.match(segment, &found);
        // Under "Requirements:" even a "we" sentence lists what is asked.
        if (context == ParagraphContext::Company ||
            (context == ParagraphContext::None && employerSpeaks(line, tokens, segment, special))) {
            // What the employer says of itself ("Acme builds data pipelines") is nobody's duty,
            // so no clause of it is judged either.
            found.removeIf([](const Finding &f) { return isRoleCategory(f.category); });
            result.findings.append(found);
        } else if (judging) {
            ClassMask classes;
            for (const Tag &tag : segment.tags)
                classes |= tag.classes;
            // "Skills: Python, SQL": what follows a section's name and colon is an item of it,
            // judged as a bullet.
            const bool item = shape.bullet ||
                              itemStarts[segmentStart] == ItemStart::AfterSectionName ||
                              itemStarts[segmentStart] == ItemStart::InlineBullet;
            if (m_judge.needed(found, classes))
                m_judge.judge(line, tokens, segment, item, classes, &found, &result);
            else
                result.findings.append(found);
        } else {
            result.findings.append(found);
        }
        segmentStart = i + 1;
        if (named) {
            context = *named;
            setContext(context);
        }
    }
    result.matchSteps = matcher.steps();
    result.leavesEmployerSection =
        given == ParagraphContext::Company && context != ParagraphContext::Company;
    return result;
}

} // namespace rolelens
