#include "analyzer.h"

#include "scorer.h"

#include <functional>

namespace rolelens {

namespace {

using LineSource = std::function<LineResult(QStringView line, LineContext context)>;

// Walks the lines of \a text in order, carrying the context of the last lead-in, and
// combines the line results into a document analysis.
Analysis combineLines(const RuleSet &rules, QStringView text, const LineSource &analyzeLine)
{
    Analysis analysis;
    DocumentTotals totals;
    LineContext context = LineContext::None;
    bool seenTitle = false;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const LineResult result = analyzeLine(line, context);
        if (!result.blank) {
            if (!seenTitle) {
                totals.titleClasses = result.classes;
                seenTitle = true;
            }
            if (result.leadIn)
                context = result.context;
            totals.classes |= result.classes;
            totals.leadershipTags += result.leadershipTags;
            for (Finding finding : result.findings) {
                finding.start += lineStart;
                analysis.findings.append(finding);
            }
        }
        lineStart = lineEnd + 1;
    }
    scoreAnalysis(rules, totals, &analysis);
    return analysis;
}

} // namespace

Analyzer::Analyzer(std::shared_ptr<const RuleSet> rules) : m_rules(std::move(rules)) {}

Analysis Analyzer::analyze(QStringView text) const
{
    const LineAnalyzer lines(*m_rules);
    return combineLines(*m_rules, text, [&](QStringView line, LineContext context) {
        return lines.analyze(line, context);
    });
}

IncrementalAnalyzer::IncrementalAnalyzer(std::shared_ptr<const RuleSet> rules)
    : m_rules(std::move(rules))
{
}

Analysis IncrementalAnalyzer::analyze(QStringView text)
{
    const LineAnalyzer lines(*m_rules);
    std::array<QHash<QString, LineResult>, 3> used;
    m_lastMisses = 0;
    Analysis analysis = combineLines(*m_rules, text, [&](QStringView line, LineContext context) {
        auto &cache = m_cache[std::size_t(context)];
        const QString key = line.toString();
        auto it = cache.constFind(key);
        if (it == cache.cend()) {
            ++m_lastMisses;
            it = cache.insert(key, lines.analyze(line, context));
        }
        used[std::size_t(context)].insert(key, it.value());
        return it.value();
    });
    m_cache = std::move(used); // forget lines that are gone, so the cache tracks the document
    return analysis;
}

} // namespace rolelens
