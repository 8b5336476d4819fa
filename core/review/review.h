#pragma once

#include "model/finding.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rolelens {

/// A span of the posting that a comment or a decision is about. Offsets are UTF-16 indexes
/// into the posting's text; \a quote is the text the span covered when it was anchored.
struct TextAnchor
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString quote;
    /// The anchored text was deleted: \a length is 0, \a start is where it was, and \a quote
    /// keeps what it said so that reanchor() can find it again.
    bool orphaned = false;

    [[nodiscard]] qsizetype end() const { return start + length; }

    /// Follows an edit with the meaning of QTextDocument::contentsChange(): \a removed
    /// characters at \a position were replaced by \a added ones. Text inserted before the
    /// anchor shifts it, text inserted inside it grows it, a deletion shrinks it to what
    /// survives, and deleting all of it orphans it. Undo is just another edit.
    void applyEdit(qsizetype position, qsizetype removed, qsizetype added);

    /// Checks the anchor against \a text. When it no longer covers \a quote, moves it to the
    /// occurrence of \a quote nearest to its start, or orphans it when there is none. Returns
    /// whether the anchor covers its quote now. Use it after loading, and after an undo to
    /// bring back an orphaned anchor whose quote reappeared.
    bool reanchor(const QString &text);

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

/// A reviewer's remark on a span of the posting.
struct ReviewComment
{
    QString id;
    TextAnchor anchor;
    QString author;
    QDateTime created; ///< kept to the second in the review file
    QString body;

    friend bool operator==(const ReviewComment &, const ReviewComment &) = default;
};

/// What the reviewer decided about a finding: fix it (Accepted), keep the wording on purpose
/// with a reason (Kept), or set it aside without one (Ignored, "Ignore Here"). Kept and
/// Ignored both close the finding.
enum class DecisionKind
{
    Accepted,
    Kept,
    Ignored
};

/// "accepted", "kept" or "ignored", as the review file and the CLI write it.
[[nodiscard]] QString decisionKindName(DecisionKind kind);

/// A reviewer's decision on one finding. The anchor's quote is the finding's text.
struct ReviewDecision
{
    QString ruleId;
    TextAnchor anchor;
    DecisionKind kind = DecisionKind::Accepted;
    QString reason;
    QString author;
    QDateTime decided; ///< kept to the second in the review file

    friend bool operator==(const ReviewDecision &, const ReviewDecision &) = default;
};

/// The comments and decisions of a senior reviewer on one posting.
class Review
{
public:
    [[nodiscard]] const QList<ReviewComment> &comments() const { return m_comments; }
    [[nodiscard]] const QList<ReviewDecision> &decisions() const { return m_decisions; }
    [[nodiscard]] bool isEmpty() const { return m_comments.isEmpty() && m_decisions.isEmpty(); }

    /// Adds \a comment and returns its id. A comment without an id, or with one already in
    /// use, gets a new one; one without a creation time gets the current time.
    QString addComment(ReviewComment comment);
    /// Returns false when no comment has \a id.
    bool removeComment(const QString &id);
    /// Replaces the body of comment \a id; returns false when there is none.
    bool updateComment(const QString &id, const QString &body);

    /// Records \a decision, replacing an earlier decision on the same finding. A decision
    /// without a time gets the current time.
    void decide(ReviewDecision decision);
    /// Removes \a decision (one equal to it); returns false when there was none.
    bool removeDecision(const ReviewDecision &decision);
    /// The decision on \a finding (\a text is the posting it was found in), or null.
    [[nodiscard]] const ReviewDecision *decisionOn(const Finding &finding,
                                                   const QString &text) const;

    /// Moves every anchor with an edit of the posting (see TextAnchor::applyEdit()).
    void applyEdit(qsizetype position, qsizetype removed, qsizetype added);
    /// Checks every anchor against \a text (see TextAnchor::reanchor()): after loading.
    void reanchor(const QString &text);
    /// Reanchors only the orphaned anchors: after an undo, which may bring their text back.
    /// The others stay put even where edits inside them changed their text.
    void restoreOrphans(const QString &text);
    /// Whether any anchor lost its text, so that restoreOrphans() has something to do.
    [[nodiscard]] bool hasOrphans() const;

    /// Whether the reviewer closed \a finding: a Kept or Ignored decision names its rule and
    /// its text, and its anchor overlaps the finding, or is orphaned (the wording moved).
    [[nodiscard]] bool isClosed(const Finding &finding, const QString &text) const;
    /// \a findings without the closed ones: what is still open.
    [[nodiscard]] QList<Finding> openFindings(const QList<Finding> &findings,
                                              const QString &text) const;

    friend bool operator==(const Review &, const Review &) = default;

private:
    QList<ReviewComment> m_comments;
    QList<ReviewDecision> m_decisions;
};

} // namespace rolelens
