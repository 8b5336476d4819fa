#include "help/ruleguide.h"

#include "engine/analyzer.h"
#include "export/displaynames.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace rolelens {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// The first rule of \a category whose own example sets it off, with the finding it gives.
std::optional<std::pair<QString, Finding>> exampleOf(Category category, const Analyzer &analyzer)
{
    for (const CompiledRule &rule : analyzer.rules().rules()) {
        if (rule.spec.category != category || rule.spec.example.isEmpty()) {
            continue;
        }
        const Analysis analysis = analyzer.analyze(rule.spec.example);
        for (const Finding &finding : analysis.findings) {
            if (finding.ruleId == rule.spec.id) {
                return std::pair{rule.spec.example, finding};
            }
        }
    }
    return std::nullopt;
}

} // namespace

RuleGuideDialog::RuleGuideDialog(const std::shared_ptr<const RuleSet> &rules, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("What RoleLens Checks"));
    auto *browser = new QTextBrowser(this);
    browser->setAccessibleName(tr("What RoleLens checks"));
    browser->setOpenLinks(false);
    browser->setHtml(html(rules));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString RuleGuideDialog::html(const std::shared_ptr<const RuleSet> &rules)
{
    const Analyzer analyzer(rules);
    QString out =
        QStringLiteral("<p>%1</p>")
            .arg(escaped(tr(
                "RoleLens reads a Technical Project Manager posting for places where it asks for a "
                "software developer instead. These are the kinds of findings it reports.")));
    for (const Category category :
         {Category::CodingDemand, Category::ExecutionDuty, Category::Credential,
          Category::CombinedRole, Category::Tone, Category::Requirements, Category::Pay,
          Category::Inclusive, Category::Structure}) {
        const auto count = std::count_if(
            rules->rules().cbegin(), rules->rules().cend(),
            [category](const CompiledRule &rule) { return rule.spec.category == category; });
        out += QStringLiteral("<h3>%1</h3><p>%2 %3</p>")
                   .arg(escaped(categoryTitle(category)), escaped(categoryDescription(category)),
                        escaped(tr("%n rule(s).", nullptr, int(count))));
        if (const auto example = exampleOf(category, analyzer)) {
            const auto &[phrase, finding] = *example;
            out += QStringLiteral("<p><i>%1</i> %2<br>%3: %4")
                       .arg(escaped(tr("For example:")), escaped(quoted(phrase)),
                            escaped(severityTitle(finding.severity)), escaped(finding.message));
            if (!finding.suggestions.isEmpty()) {
                const QString &fix = finding.suggestions.first();
                out += QStringLiteral("<br>%1 %2")
                           .arg(escaped(tr("Suggested rewrite:")),
                                escaped(fix.isEmpty() ? tr("remove it") : quoted(fix)));
            }
            out += QStringLiteral("</p>");
        }
    }
    out += QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(escaped(categoryTitle(Category::Spelling)),
                    escaped(categoryDescription(Category::Spelling)));

    out += QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
               .arg(escaped(tr("TPM topics")),
                    escaped(tr("A posting for a project leader should also say what the role "
                               "leads. The checklist looks for these topics and offers a "
                               "sentence for each one that is missing:")));
    for (const CompiledTopic &topic : rules->topics()) {
        out += QStringLiteral("<li>%1</li>").arg(escaped(topic.spec.title));
    }
    return out + QStringLiteral("</ul>");
}

} // namespace rolelens
