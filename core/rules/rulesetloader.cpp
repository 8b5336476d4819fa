#include "rules/rulesetloader.h"

namespace rolelens {

RuleSetLoad loadRuleSet(const QStringList &files, const QStringList &disabled,
                        PackFailure onFailure)
{
    RuleSetLoad result;
    QList<RulePack> packs = RuleSet::builtinPacks();
    for (const QString &file : files) {
        PackLoadResult loaded = loadRulePack(file);
        if (loaded.pack) {
            packs.append(*loaded.pack);
            continue;
        }
        result.problems.append(loaded.error.toString());
        if (onFailure == PackFailure::Fail)
            return result;
    }
    RuleSet::BuildResult built = RuleSet::build(packs, disabled);
    if (!built.rules) {
        result.problems.append(built.error.toString());
        if (onFailure == PackFailure::Fail)
            return result;
        // A team pack broke the build: the built-in rules keep working.
        built = RuleSet::build(RuleSet::builtinPacks(), disabled);
    }
    result.rules = built.rules;
    return result;
}

} // namespace rolelens
