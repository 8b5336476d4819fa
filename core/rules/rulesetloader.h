#pragma once

#include "rules/ruleset.h"

#include <QStringList>
#include <memory>

namespace rolelens {

/// What to do with a team pack that cannot be read, parsed or built.
enum class PackFailure
{
    Fail,    ///< no rule set (rolelens-check: a usage error)
    SkipPack ///< leave the pack out and keep the rest working (the editor)
};

/// The built-in rule packs and the team packs \a files as one rule set.
struct RuleSetLoad
{
    std::shared_ptr<const RuleSet> rules; ///< null only with PackFailure::Fail
    QStringList problems;                 ///< one line per pack that was not used
};

/// Builds the rule set of the built-in packs and \a files with the rules \a disabled turned
/// off, as both rolelens-check and the editor do.
[[nodiscard]] RuleSetLoad loadRuleSet(const QStringList &files, const QStringList &disabled,
                                      PackFailure onFailure);

} // namespace rolelens
