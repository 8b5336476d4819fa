#include "model/finding.h"

#include <array>

namespace rolelens {

namespace {
constexpr std::array kSeverityNames = {u"info", u"warning", u"error"};
constexpr std::array kCategoryNames = {
    u"coding-demand", u"execution-duty", u"credential", u"combined-role", u"tone",
    u"spelling",      u"requirements",   u"pay",        u"inclusive",     u"structure"};

template<typename Enum, typename Names>
std::optional<Enum> lookup(const Names &names, QStringView name)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == QStringView(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}
} // namespace

QString severityName(Severity severity)
{
    return QStringView(kSeverityNames[static_cast<std::size_t>(severity)]).toString();
}

std::optional<Severity> severityFromName(QStringView name)
{
    return lookup<Severity>(kSeverityNames, name);
}

QString categoryName(Category category)
{
    return QStringView(kCategoryNames[static_cast<std::size_t>(category)]).toString();
}

std::optional<Category> categoryFromName(QStringView name)
{
    return lookup<Category>(kCategoryNames, name);
}

bool isRoleCategory(Category category)
{
    return category <= Category::CombinedRole;
}

bool isScoredCategory(Category category)
{
    return category <= Category::Tone;
}

bool isPostingCheckCategory(Category category)
{
    return category >= Category::Requirements;
}

QString comparableFindingText(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

QString findingKey(const QString &ruleId, QStringView text)
{
    return ruleId + QChar(0x1f) + comparableFindingText(text);
}

QString findingKey(const Finding &finding, QStringView text)
{
    return findingKey(finding.ruleId, text.sliced(finding.start, finding.length));
}

} // namespace rolelens
