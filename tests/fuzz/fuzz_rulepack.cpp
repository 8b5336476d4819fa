// libFuzzer target: the rule-pack loader and compiler on arbitrary bytes. A pack that loads
// is compiled with the built-in packs and run on a sample; nothing may crash or hang.

#include "engine/analyzer.h"
#include "rules/rulepack.h"
#include "rules/ruleset.h"

#include <cstdint>

using namespace rolelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<RulePack> builtin = RuleSet::builtinPacks();
    const PackLoadResult loaded =
        parseRulePack(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                      QStringLiteral("fuzz.json"));
    if (!loaded.pack)
        return 0;
    QList<RulePack> packs = builtin;
    packs.append(*loaded.pack);
    const RuleSet::BuildResult built = RuleSet::build(packs);
    if (!built.rules)
        return 0;
    (void)Analyzer(built.rules)
        .analyze(QStringLiteral("# TPM\nMust have:\n- Expertise in Java, Python and AWS\n"
                                "- 5+ years developing in Go. #Hiring rockstar 🚀\n"));
    return 0;
}
