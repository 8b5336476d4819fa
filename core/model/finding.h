#pragma once

#include <QString>
#include <QStringList>
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

/// The rule families. All but Tone and Spelling are role-mismatch families: they only apply
/// to manager postings.
enum class Category
{
    CodingDemand,
    ExecutionDuty,
    Credential,
    CombinedRole,
    Tone,
    Spelling
};

[[nodiscard]] QString severityName(Severity severity);
[[nodiscard]] std::optional<Severity> severityFromName(QStringView name);
[[nodiscard]] QString categoryName(Category category);
[[nodiscard]] std::optional<Category> categoryFromName(QStringView name);
[[nodiscard]] bool isRoleCategory(Category category);

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
