#include "displaynames.h"

#include <QCoreApplication>

namespace rolelens {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rolelens::DisplayNames", text);
}
} // namespace

QString categoryTitle(Category category)
{
    switch (category) {
    case Category::CodingDemand:
        return tr("Coding demand");
    case Category::ExecutionDuty:
        return tr("Execution duty");
    case Category::Credential:
        return tr("Credential");
    case Category::CombinedRole:
        return tr("Combined role");
    case Category::Tone:
        return tr("Tone");
    case Category::Spelling:
        break;
    }
    return tr("Spelling");
}

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return tr("ok");
    case Verdict::Borderline:
        return tr("borderline");
    case Verdict::Misclassified:
        break;
    }
    return tr("misclassified");
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

} // namespace rolelens
