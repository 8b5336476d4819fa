#include "model/analysis.h"

#include <algorithm>

namespace rolelens {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None:
        return QStringLiteral("none");
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Borderline:
        return QStringLiteral("borderline");
    case Verdict::Misclassified:
        break;
    }
    return QStringLiteral("misclassified");
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Developer:
        return QStringLiteral("developer");
    case Role::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QList<TopicCoverage> Analysis::missingTopics() const
{
    QList<TopicCoverage> missing;
    std::copy_if(coverage.cbegin(), coverage.cend(), std::back_inserter(missing),
                 [](const TopicCoverage &topic) { return !topic.present; });
    return missing;
}

int Analysis::count(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

} // namespace rolelens
