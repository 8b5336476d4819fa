#include "engine/scorer.h"

#include <QMap>
#include <cmath>

namespace rolelens {

namespace {

// The title decides, its head first: what follows a qualifier is the team or a second hat
// ("Infrastructure Engineer (Scrum Master)" is an engineer's job). A title that names only
// the field ("Salesforce Development") leaves it to the body's "we are looking for a ...".
Role detectRole(const RuleSet &rules, const DocumentTotals &totals)
{
    for (const ClassMask &classes : {totals.titleHead, totals.titleClasses}) {
        if (classes.intersects(rules.special().roleManager))
            return Role::Manager;
        if (classes.intersects(rules.special().roleDeveloper))
            return Role::Developer;
    }
    return totals.seeks;
}

int penaltyOf(const ScoringSpec &scoring, Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return scoring.errorPenalty;
    case Severity::Warning:
        return scoring.warningPenalty;
    case Severity::Info:
        break;
    }
    return scoring.infoPenalty;
}

// How much a finding weighs on the execution side of the balance.
int executionWeight(const Finding &finding)
{
    if (!isRoleCategory(finding.category))
        return 0;
    return finding.severity == Severity::Error ? 3 : finding.severity == Severity::Warning ? 1 : 0;
}

// A clamp at 0 would leave a bad draft at 0 however many fixes it gets; this curve falls ever
// more slowly and never reaches 0, so fixes on a bad draft still raise it. Compare and the
// review report also show the change in errors and warnings, which every fix moves.
int saturatingScore(int penalty)
{
    constexpr double kHalfScorePenalty = 100.0; // the penalty at which the score is 50
    return int(std::lround(100.0 * kHalfScorePenalty / (kHalfScorePenalty + std::max(penalty, 0))));
}

QString plural(int count, const QString &noun)
{
    return QStringLiteral("%1 %2%3").arg(count).arg(noun,
                                                    count == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

void scoreAnalysis(const RuleSet &rules, const DocumentTotals &totals, Analysis *analysis)
{
    const ScoringSpec &scoring = rules.scoring();
    analysis->role = detectRole(rules, totals);
    const bool developer = analysis->role == Role::Developer;
    if (developer) {
        // The developer demands of a developer posting are right for its role: they stay
        // visible as information and weigh on nothing.
        for (Finding &finding : analysis->findings) {
            if (isRoleCategory(finding.category))
                finding.severity = Severity::Info;
        }
    } else {
        for (const CompiledTopic &topic : rules.topics()) {
            const TopicSpec &spec = topic.spec;
            analysis->coverage.append({spec.id, spec.title, totals.classes.intersects(topic.mask),
                                       spec.message, spec.snippet, spec.section});
        }
    }

    // Group the penalties by category and severity, so the explanation stays short.
    QMap<std::pair<Category, Severity>, int> groups;
    int execution = 0;
    bool roleError = false;
    bool roleWarning = false;
    for (const Finding &finding : std::as_const(analysis->findings)) {
        // Spelling and the posting checks are reported but are no part of the TPM-fit score.
        if ((developer && isRoleCategory(finding.category)) || !isScoredCategory(finding.category))
            continue;
        ++groups[{finding.category, finding.severity}];
        execution += executionWeight(finding);
        if (isRoleCategory(finding.category)) {
            roleError = roleError || finding.severity == Severity::Error;
            roleWarning = roleWarning || finding.severity == Severity::Warning;
        }
    }
    int penalty = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto [category, severity] = it.key();
        const int delta = -penaltyOf(scoring, severity) * it.value();
        analysis->scoreItems.append(
            {plural(it.value(), categoryName(category) + QLatin1Char(' ') + severityName(severity)),
             delta});
        penalty -= delta;
    }
    for (const TopicCoverage &topic : analysis->missingTopics()) {
        analysis->scoreItems.append(
            {QStringLiteral("missing topic: %1").arg(topic.title), -scoring.missingTopicPenalty});
        penalty += scoring.missingTopicPenalty;
    }
    analysis->score = saturatingScore(penalty);

    const int leadership = totals.leadershipTags;
    if (leadership + execution > 0) {
        analysis->balance.leadership =
            int(std::lround(100.0 * leadership / (leadership + execution)));
        analysis->balance.execution = 100 - analysis->balance.leadership;
    }
    // Only a project-management posting can be one that reads as a developer's: a posting whose
    // role RoleLens cannot tell is at most borderline.
    // "Ok" needs a posting to vouch for: a title and a few words are not one yet. A demand,
    // though, is one even in a single sentence.
    constexpr int kMinWordsForVerdict = 20;
    analysis->verdict = roleError && analysis->role == Role::Manager ? Verdict::Misclassified
                        : roleError || roleWarning                   ? Verdict::Borderline
                        : analysis->wordCount < kMinWordsForVerdict  ? Verdict::None
                                                                     : Verdict::Ok;
}

} // namespace rolelens
