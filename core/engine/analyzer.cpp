#include "engine/analyzer.h"

#include "engine/paragraphanalyzer_p.h"
#include "engine/postingchecks_p.h"
#include "engine/scorer.h"
#include "text/markdownline.h"

#include <algorithm>
#include <functional>

namespace rolelens {

namespace {

using ParagraphSource =
    std::function<ParagraphResult(QStringView paragraph, ParagraphContext context)>;

// Every line of the text passes through the helpers below, which look at one end of it each:
// plain loops, where trimmed() would be a call into Qt that trims both ends.

// The first character of \a line that is no space, or null (a blank line). A pointer, not an
// optional QChar: this runs once or twice a line, and the optional's two-part store stalled
// the read that followed it.
const QChar *firstMark(QStringView line)
{
    const auto found = std::find_if(line.begin(), line.end(), [](QChar c) { return !c.isSpace(); });
    return found == line.end() ? nullptr : found;
}

// A line that starts a paragraph of its own: blank, a heading, a bullet or a numbered item.
bool startsParagraph(QStringView line)
{
    return MarkdownLine::parse(line).kind != MarkdownLine::Kind::Text;
}

// The last character of a line, Markdown emphasis and spaces left out.
QChar lastMark(QStringView line)
{
    while (!line.isEmpty() && line.back().isSpace())
        line.chop(1);
    while (line.endsWith(QLatin1Char('*')) || line.endsWith(QLatin1Char('_')))
        line.chop(1);
    return line.isEmpty() ? QChar() : line.back();
}

bool endsClause(QStringView line)
{
    switch (lastMark(line).unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u':':
    case u';':
        return true;
    default:
        return false;
    }
}

// The ends of the lines of a text, the last one found remembered: paragraphEnd() looks one
// line past a paragraph's end, and that line starts the next paragraph. So each line is
// searched once.
class LineEnds
{
public:
    explicit LineEnds(QStringView text) : m_text(text) {}

    qsizetype at(qsizetype start)
    {
        if (start != m_start) {
            m_start = start;
            const qsizetype end = m_text.indexOf(u'\n', start);
            m_end = end < 0 ? m_text.size() : end;
        }
        return m_end;
    }

private:
    QStringView m_text;
    qsizetype m_start = -1;
    qsizetype m_end = -1;
};

// Whether \a line continues the sentence of the line above: it starts in lower case.
// Scraped postings put one item per line without bullets or full stops ("Strong SQL skills"
// then "Ability to ..."); those lines must stay apart.
bool continuesSentence(QStringView line)
{
    const QChar *first = firstMark(line);
    return first && first->isLower();
}

// The end of the paragraph that starts at \a start. A paragraph runs on only where a line
// breaks mid-sentence: the line ends no clause and the next one starts in lower case.
// Splitting at clause ends loses nothing: rules never look across them.
qsizetype paragraphEnd(QStringView text, qsizetype start, LineEnds &lineEnds)
{
    qsizetype end = lineEnds.at(start);
    QStringView line = text.sliced(start, end - start);
    if (const QChar *first = firstMark(line); !first || *first == u'#')
        return end;
    while (end < text.size() && !endsClause(line)) {
        const qsizetype nextEnd = lineEnds.at(end + 1);
        const QStringView next = text.sliced(end + 1, nextEnd - end - 1);
        if (!continuesSentence(next) || startsParagraph(next) || lastMark(next) == QLatin1Char(':'))
            break;
        end = nextEnd;
        line = next;
    }
    return end;
}

// Whether \a paragraph, after a blank line, closes the list above it: a long stretch of
// prose (an equal-opportunity statement, "About us") is no longer under "Must have:".
bool endsList(QStringView paragraph)
{
    constexpr qsizetype kProseLength = 200;
    return paragraph.size() > kProseLength && !startsParagraph(paragraph);
}

// Walks the paragraphs of \a text in order, carrying the context of the last lead-in, and
// combines their results into a document analysis.
Analysis combineParagraphs(const RuleSet &rules, const JurisdictionSpec *jurisdiction,
                           QStringView text, const ParagraphSource &analyzeParagraph)
{
    Analysis analysis;
    QList<CheckedParagraph> checked;
    const RuleSet::Special &special = rules.special();
    DocumentTotals totals;
    ParagraphContext context = ParagraphContext::None;
    bool seenTitle = false;
    bool afterBlank = false;
    LineEnds lineEnds(text);
    qsizetype start = 0;
    while (start <= text.size()) {
        const qsizetype end = paragraphEnd(text, start, lineEnds);
        const QStringView paragraph = text.sliced(start, end - start);
        // A paragraph of prose ends a list's section, but not the employer's self-description.
        if (afterBlank && context != ParagraphContext::Company && endsList(paragraph))
            context = ParagraphContext::None;
        const ParagraphResult result = analyzeParagraph(paragraph, context);
        afterBlank = result.blank;
        if (!result.blank) {
            checked.append({start, end, result.bullet, result.leadIn,
                            result.leadIn && result.context == ParagraphContext::Required &&
                                !result.classes.intersects(special.sectionOther),
                            result.classes.intersects(special.preferred),
                            !result.leadIn && context == ParagraphContext::Preferred,
                            result.classes.intersects(special.alternatives), result.words,
                            result.technologies, result.scan});
            analysis.masculineCoded += result.masculineCoded;
            analysis.feminineCoded += result.feminineCoded;
            if (!seenTitle) {
                totals.titleClasses = result.classes;
                totals.titleHead = result.headClasses;
                seenTitle = true;
            }
            if (result.leadIn)
                context = result.context;
            else if (result.leavesEmployerSection)
                context = ParagraphContext::None;
            if (totals.seeks == Role::Unknown)
                totals.seeks = result.seeks;
            for (ClauseRecord clause : result.clauses) {
                clause.start += start;
                clause.end += start;
                analysis.clauses.append(clause);
            }
            totals.classes |= result.classes;
            totals.leadershipTags += result.leadershipTags;
            analysis.wordCount += result.words;
            analysis.matchSteps += result.matchSteps;
            for (Finding finding : result.findings) {
                // Before scoring: a finding the team agreed to keep costs the posting nothing.
                if (rules.isException(finding.ruleId,
                                      paragraph.sliced(finding.start, finding.length)))
                    continue;
                finding.start += start;
                analysis.findings.append(finding);
            }
        }
        start = end + 1;
    }
    scoreAnalysis(rules, totals, &analysis);
    checkPosting(rules, jurisdiction, text, checked, &analysis);
    return analysis;
}

} // namespace

Analyzer::Analyzer(std::shared_ptr<const RuleSet> rules,
                   std::shared_ptr<const SpellChecker> spelling)
    : m_rules(std::move(rules)), m_spelling(std::move(spelling))
{}

Analysis Analyzer::analyze(QStringView text, ClauseDetail detail) const
{
    const ParagraphAnalyzer paragraphs(*m_rules, m_spelling.get(), detail == KeepClauses);
    return combineParagraphs(*m_rules, m_jurisdiction, text,
                             [&](QStringView paragraph, ParagraphContext context) {
                                 return paragraphs.analyze(paragraph, context);
                             });
}

struct IncrementalAnalyzer::Cache
{
    std::array<QHash<QString, ParagraphResult>, kParagraphContextCount> byContext;
};

IncrementalAnalyzer::IncrementalAnalyzer(std::shared_ptr<const RuleSet> rules,
                                         std::shared_ptr<const SpellChecker> spelling)
    : m_rules(std::move(rules)), m_spelling(std::move(spelling)), m_cache(std::make_unique<Cache>())
{}

IncrementalAnalyzer::~IncrementalAnalyzer() = default;

Analysis IncrementalAnalyzer::analyze(QStringView text)
{
    const ParagraphAnalyzer paragraphs(*m_rules, m_spelling.get());
    Cache used;
    m_lastMisses = 0;
    Analysis analysis = combineParagraphs(
        *m_rules, m_jurisdiction, text, [&](QStringView paragraph, ParagraphContext context) {
            auto &cache = m_cache->byContext[std::size_t(context)];
            const QString key = paragraph.toString();
            auto it = cache.constFind(key);
            if (it == cache.cend()) {
                ++m_lastMisses;
                it = cache.insert(key, paragraphs.analyze(paragraph, context));
            }
            used.byContext[std::size_t(context)].insert(key, it.value());
            return it.value();
        });
    *m_cache = std::move(used); // forget paragraphs that are gone: the cache tracks the document
    return analysis;
}

} // namespace rolelens
