#pragma once

#include "model/analysis.h"
#include "review/baseline.h"
#include "review/review.h"
#include "rules/ruleset.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace rolelens {

/// The earlier version of a posting that it was compared with (--baseline).
struct BaselineReport
{
    QString path;
    QString text;
    BaselineComparison comparison; ///< kept findings left out of "added"
};

/// One checked posting: where it came from, its text and what the analyzer found.
struct FileReport
{
    QString path;
    QString text;
    Analysis analysis; ///< with a review, the findings it keeps are left out
    std::optional<Review> review = std::nullopt;
    std::optional<BaselineReport> baseline = std::nullopt;
    /// Rules the user had turned off when the report was made: their findings are missing.
    QStringList disabledRules = {};
    /// The text was converted from a .docx, .odt or .html file; offsets are into the text.
    bool converted = false;
    /// Who made the report (the editor's reviewer name); the review's authors are added.
    QString reviewer = {};
    /// The file began with a UTF-8 byte order mark, which --fix writes back.
    bool byteOrderMark = false;
    /// The text is the posting with every finding's first suggestion applied (--fix).
    bool fixedText = false;
};

class Analyzer;

/// Compares \a report with its earlier version, \a text read from \a path, which \a analyzer
/// analyses (--baseline, and the editor's review report after Compare With).
void addBaseline(FileReport *report, const QString &path, const QString &text,
                 const Analyzer &analyzer);
/// Attaches \a review to \a report and leaves out the findings it keeps, also among those
/// added since the baseline; so a kept finding is neither open, nor new, nor fixed.
void addReview(FileReport *report, const Review &review);

/// Compiler-style text: "path:line:col: severity: message [rule]", the suggestion under it,
/// then the verdict and the missing topics, then the review and the comparison with the
/// baseline when there are. ANSI colours when \a color is set.
[[nodiscard]] QString textReport(const FileReport &report, bool color);

/// The JSON document of the CLI contract: {"version": 1, "files": [...]}. Offsets, lines
/// and columns count Unicode code points.
[[nodiscard]] QByteArray jsonReport(const QList<FileReport> &reports);
/// The same document from the entries jsonFileEntry() made, which may be made in parallel.
[[nodiscard]] QByteArray jsonReport(const QList<QByteArray> &entries);
/// \a report's object in the JSON document, laid out as an element of "files".
[[nodiscard]] QByteArray jsonFileEntry(const FileReport &report);

/// A SARIF 2.1.0 log with one run, the rules that fired (full descriptors) and one result per
/// finding; \a unreadable are the inputs that could not be read, one message each, reported
/// as the invocation's notifications (and the run as not successful).
[[nodiscard]] QByteArray sarifReport(const QList<FileReport> &reports, const RuleSet &rules,
                                     const QString &toolVersion,
                                     const QStringList &unreadable = {});

} // namespace rolelens
