#pragma once

#include <QDialog>
#include <memory>

namespace rolelens {

class RuleSet;

/// Help › What RoleLens Checks: each rule family with what it looks for, how many rules it
/// has and one example taken from the rules themselves (the rule's example phrase, what
/// RoleLens says about it and its first rewrite), then the TPM topics of the checklist.
/// Built from the rule set in use, so team packs and disabled rules show as they are.
class RuleGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RuleGuideDialog(const std::shared_ptr<const RuleSet> &rules,
                             QWidget *parent = nullptr);

    /// The guide's text as HTML.
    [[nodiscard]] static QString html(const std::shared_ptr<const RuleSet> &rules);
};

} // namespace rolelens
