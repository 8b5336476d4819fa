#pragma once

#include "model/finding.h"

#include <QList>
#include <QString>

namespace rolelens {

enum class Verdict
{
    None, ///< too little text to judge yet: an empty document or a few lines
    Ok,
    Borderline,
    Misclassified
};
/// What the posting's title says it hires. Role-mismatch findings apply to managers (and to
/// postings whose title says neither).
enum class Role
{
    Manager,
    Developer,
    Unknown
};

[[nodiscard]] QString verdictName(Verdict verdict);
[[nodiscard]] QString roleName(Role role);

/// A TPM topic and whether the posting covers it.
struct TopicCoverage
{
    QString id;
    QString title;
    bool present = false;
    QString message; ///< why the topic matters, shown when it is missing
    QString snippet; ///< a sentence to insert when it is missing
    QString section; ///< "responsibilities", "qualifications" or "preferred"
};

/// One line of the score's explanation, e.g. {"2 coding-demand errors", -36}.
struct ScoreItem
{
    QString label;
    int delta = 0;
};

/// Leadership vs execution emphasis, in percent; the two add up to 100.
struct Balance
{
    int leadership = 50;
    int execution = 50;
};

/// How the clause model judged one requirement clause (a sentence or bullet). Kept only when
/// asked for (Analyzer::analyze with KeepClauses): training dumps and explanations.
struct ClauseRecord
{
    qsizetype start = 0;
    qsizetype end = 0;
    QStringList features; ///< the model's feature names, sorted
    float demand = 0;     ///< probability that the clause asks for an engineer's work
    float preferred = 0;  ///< probability that such a demand is only preferred
    Category family = Category::CodingDemand;
    bool flagged = false;
};

struct Analysis
{
    QList<Finding> findings;       ///< sorted by start
    QList<TopicCoverage> coverage; ///< empty for developer postings
    QList<ScoreItem> scoreItems;
    int score = 100;
    Balance balance;
    Verdict verdict = Verdict::None;
    Role role = Role::Unknown;
    int wordCount = 0;      ///< words in the text, as the tokenizer counts them
    int masculineCoded = 0; ///< gender-coded words (Gaucher et al. 2011) in the text
    int feminineCoded = 0;
    QList<ClauseRecord> clauses; ///< empty unless asked for
    qint64 matchSteps = 0;       ///< rule steps tried: the work, for tests that it stays linear

    [[nodiscard]] QList<TopicCoverage> missingTopics() const;
    /// Masculine-coded (or feminine-coded) words per 100 words of the text, as Gaucher et al.
    /// report them; 0 for an empty text.
    [[nodiscard]] double codedPer100Words(bool masculine) const
    {
        return wordCount == 0 ? 0.0
                              : 100.0 * (masculine ? masculineCoded : feminineCoded) / wordCount;
    }
    [[nodiscard]] int count(Severity severity) const;
};

} // namespace rolelens
