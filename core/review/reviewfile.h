#pragma once

#include "io/sourcelocation.h"
#include "review/review.h"
#include "text/textpositions.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace rolelens {

/// The review file of the posting \a postingPath: beside it, named like it with
/// ".review.json" appended ("posting.md.review.json").
[[nodiscard]] QString reviewSidecarPath(const QString &postingPath);

struct ReviewLoadResult
{
    std::optional<Review> review;
    SourceError error;
};

/// Parses a review file (named \a fileName in errors) of the posting \a text and reanchors it
/// against \a text. Offsets in the file count the code points of \a text.
[[nodiscard]] ReviewLoadResult parseReview(const QByteArray &json, const QString &fileName,
                                           const QString &text);
/// Reads the review file \a path (see parseReview()); a missing file is an empty review.
[[nodiscard]] ReviewLoadResult loadReview(const QString &path, const QString &text);

/// \a review of the posting \a text as a review file holds it (indented UTF-8 JSON), also
/// what a recovery copy keeps beside the text.
[[nodiscard]] QByteArray reviewFileJson(const Review &review, const QString &text);
/// Writes \a review of the posting \a text to \a path atomically, as indented UTF-8 JSON. An
/// empty review removes the file instead. A comment is written with the text it covers now,
/// so edits inside it carry over; a decision keeps the text of the finding it was made on.
/// Returns an error message, or an empty string on success.
[[nodiscard]] QString saveReview(const QString &path, const Review &review, const QString &text);

/// \a comment as the review file holds it: its anchor in code points of the posting \a text
/// (\a positions converts offsets in it), and the text it covers now.
[[nodiscard]] QJsonObject commentJson(const ReviewComment &comment, const QString &text,
                                      const TextPositions &positions);
/// \a decision as the review file holds it: its anchor in code points of the posting \a text
/// and the text of the finding it was made on.
[[nodiscard]] QJsonObject decisionJson(const ReviewDecision &decision, const QString &text,
                                       const TextPositions &positions);

/// A rule pack named \a packName whose "exceptions" keep the findings of the Kept decisions
/// among \a decisions from being reported again, each with its reason.
[[nodiscard]] QByteArray exceptionsRulePack(const QList<ReviewDecision> &decisions,
                                            const QString &packName);

} // namespace rolelens
