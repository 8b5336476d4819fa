#pragma once

#include "rules/ruleset.h"

#include <memory>

namespace rolelens {

/// The built-in rules without the clause model. The rule tests check what the rules match;
/// what the model, retrained from data, then keeps is tested on its own.
inline std::shared_ptr<const RuleSet> builtinRulesWithoutModel()
{
    QList<RulePack> packs = RuleSet::builtinPacks();
    for (RulePack &pack : packs)
        pack.model.reset();
    const RuleSet::BuildResult built = RuleSet::build(packs);
    if (!built.rules)
        qFatal("built-in rules do not compile: %s", qPrintable(built.error.toString()));
    return built.rules;
}

} // namespace rolelens
