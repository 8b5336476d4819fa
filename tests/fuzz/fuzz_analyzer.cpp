// libFuzzer target: the analyzer on arbitrary bytes. Any finding outside the text, a failed
// fix or an offset conversion out of range aborts.

#include "edits/textedits.h"
#include "engine/analyzer.h"
#include "text/textpositions.h"

#include <cstdint>
#include <cstdlib>

using namespace rolelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static IncrementalAnalyzer incremental; // also exercises the paragraph cache
    static const Analyzer analyzer;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Analysis analysis = analyzer.analyze(text);
    const TextPositions positions(text);
    for (const Finding &finding : analysis.findings) {
        if (finding.start < 0 || finding.length < 0 || finding.end() > text.size())
            std::abort();
        if (positions.at(finding.start).codePoint > text.size())
            std::abort();
    }
    if (analysis.score < 0 || analysis.score > 100)
        std::abort();
    const QString fixed = applyEdits(text, firstSuggestionEdits(text, analysis.findings));
    if (incremental.analyze(text).findings != analysis.findings)
        std::abort();
    (void)analyzer.analyze(fixed);
    return 0;
}
