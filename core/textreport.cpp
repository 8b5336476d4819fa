#include "reports.h"
#include "textpositions.h"

namespace rolelens {

namespace {

class Painter
{
public:
    explicit Painter(bool enabled) : m_enabled(enabled) {}
    [[nodiscard]] QString paint(const QString &text, const char *code) const
    {
        if (!m_enabled)
            return text;
        return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
    }

private:
    bool m_enabled;
};

const char *colorOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "1;31";
    case Severity::Warning:
        return "1;35";
    case Severity::Info:
        break;
    }
    return "1;36";
}

} // namespace

QString textReport(const FileReport &report, bool color)
{
    const Painter painter(color);
    const TextPositions positions(report.text);
    const Analysis &analysis = report.analysis;
    const QString path = painter.paint(report.path, "1");
    QString out;
    for (const Finding &finding : analysis.findings) {
        const auto where = positions.at(finding.start);
        out += QStringLiteral("%1:%2:%3: %4: %5 [%6]\n")
                   .arg(path)
                   .arg(where.line)
                   .arg(where.column)
                   .arg(painter.paint(severityName(finding.severity), colorOf(finding.severity)),
                        finding.message, finding.ruleId);
        if (!finding.suggestions.isEmpty()) {
            const QString &suggestion = finding.suggestions.first();
            out +=
                suggestion.isEmpty()
                    ? QStringLiteral("    suggestion: remove \"%1\"\n")
                          .arg(report.text.mid(finding.start, finding.length))
                    : QStringLiteral("    suggestion: %1\n").arg(painter.paint(suggestion, "32"));
        }
    }
    out +=
        QStringLiteral("%1: verdict: %2 (score %3/100, leadership %4%, execution %5%, role %6)\n")
            .arg(path, painter.paint(verdictName(analysis.verdict), "1"))
            .arg(analysis.score)
            .arg(analysis.balance.leadership)
            .arg(analysis.balance.execution)
            .arg(roleName(analysis.role));
    for (const TopicCoverage &topic : analysis.missingTopics()) {
        out += QStringLiteral("%1: missing topic: %2: %3\n    add: %4\n")
                   .arg(path, painter.paint(topic.title, "1"), topic.message, topic.snippet);
    }
    return out;
}

} // namespace rolelens
