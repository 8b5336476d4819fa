#pragma once

#include <QString>
#include <QStringList>
#include <cstddef>
#include <optional>

namespace rolelens {

/// How much a finding matters.
/// - Error: the posting demands developer work as a requirement; it will attract and select
///   the wrong people. Fix before publishing. Any error in a role family makes the verdict
///   `misclassified`.
/// - Warning: probably a problem (a developer skill that is only preferred, ambiguous
///   wording). Review it. Any role warning makes the verdict at least `borderline`.
/// - Info: style and noise (hype, hashtags, emoji). Worth cleaning up; never changes the verdict.
enum class Severity
{
    Info,
    Warning,
    Error
};

/// The rule families. The first four are role-mismatch families: they only apply to manager
/// postings and decide the verdict. Tone weighs on the score only. Spelling and the posting
/// checks (requirements, pay, inclusive, structure) apply to every posting and weigh on
/// neither.
enum class Category
{
    CodingDemand,
    ExecutionDuty,
    Credential,
    CombinedRole,
    Tone,
    Spelling,
    Requirements, ///< requirements inflation: too many must-haves, years, degrees
    Pay,          ///< pay transparency, by the jurisdiction's law
    Inclusive,    ///< gender- and age-coded wording, needless physical demands
    Structure     ///< length, bullets, placeholders, missing sections
};
inline constexpr std::size_t kCategoryCount = std::size_t(Category::Structure) + 1;

[[nodiscard]] QString severityName(Severity severity);
[[nodiscard]] std::optional<Severity> severityFromName(QStringView name);
[[nodiscard]] QString categoryName(Category category);
[[nodiscard]] std::optional<Category> categoryFromName(QStringView name);
[[nodiscard]] bool isRoleCategory(Category category);
/// Whether findings of \a category weigh on the TPM-fit score: the role families and tone.
[[nodiscard]] bool isScoredCategory(Category category);
/// The categories of the posting checks, which every posting gets and which weigh on nothing.
[[nodiscard]] bool isPostingCheckCategory(Category category);

/// One problem in the text. Offsets are UTF-16 indexes into the analysed QString.
struct Finding
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString ruleId;
    Category category = Category::CodingDemand;
    Severity severity = Severity::Warning;
    QString message;
    QString rationale;
    QStringList suggestions;

    [[nodiscard]] qsizetype end() const { return start + length; }
    friend bool operator==(const Finding &, const Finding &) = default;
};

/// The form in which the texts of findings are compared across edits, versions and rule-pack
/// exceptions: case-folded, whitespace runs collapsed to one space, trimmed.
[[nodiscard]] QString comparableFindingText(QStringView text);

/// What makes two findings the same finding across edits, versions and reviews: the rule and
/// the comparable text. Ignore Here, the baseline, review decisions and a rule pack's
/// exceptions all compare findings by this key.
[[nodiscard]] QString findingKey(const QString &ruleId, QStringView text);
/// The key of \a finding, found in \a text.
[[nodiscard]] QString findingKey(const Finding &finding, QStringView text);

} // namespace rolelens
