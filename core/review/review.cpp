#include "review/review.h"

#include <QUuid>
#include <algorithm>

namespace rolelens {

namespace {

bool overlaps(qsizetype start, qsizetype end, qsizetype otherStart, qsizetype otherEnd)
{
    return start < otherEnd && otherStart < end;
}

// Whether \a decision is about the finding of \a ruleId at \a anchor: the same finding
// (findingKey(): the rule and its comparable text) at the same place. An orphaned anchor
// matches anywhere: the wording was cut and pasted elsewhere. The rule is compared first,
// which spares building keys for most decisions.
bool isAbout(const ReviewDecision &decision, const QString &ruleId, const TextAnchor &anchor)
{
    return decision.ruleId == ruleId &&
           findingKey(decision.ruleId, decision.anchor.quote) == findingKey(ruleId, anchor.quote) &&
           (decision.anchor.orphaned || anchor.orphaned ||
            overlaps(decision.anchor.start, decision.anchor.end(), anchor.start, anchor.end()));
}

TextAnchor anchorOf(const Finding &finding, const QString &text)
{
    return {finding.start, finding.length, text.mid(finding.start, finding.length)};
}

} // namespace

QString decisionKindName(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Accepted:
        break;
    case DecisionKind::Kept:
        return QStringLiteral("kept");
    case DecisionKind::Ignored:
        return QStringLiteral("ignored");
    }
    return QStringLiteral("accepted");
}

void TextAnchor::applyEdit(qsizetype position, qsizetype removed, qsizetype added)
{
    const qsizetype removedEnd = position + removed;
    if (removedEnd <= start) {
        start += added - removed;
        return;
    }
    if (position >= end())
        return; // text typed right after the anchor is not part of it
    if (length == 0) {
        start = position; // the point was inside the removed text
        return;
    }
    const qsizetype keptBefore = std::max<qsizetype>(0, position - start);
    const qsizetype keptAfter = std::max<qsizetype>(0, end() - removedEnd);
    if (keptBefore == 0 && keptAfter == 0) {
        start = position;
        length = 0;
        orphaned = true;
    } else if (position <= start) {
        start = position + added; // the replacement comes before what survives
        length = keptAfter;
    } else {
        // The replacement belongs to the anchor only when it replaced text inside it.
        const bool inside = removedEnd <= end();
        length = keptBefore + (inside ? added : 0) + keptAfter;
    }
}

bool TextAnchor::reanchor(const QString &text)
{
    const bool inRange = start >= 0 && length >= 0 && start <= text.size() - length;
    if (!orphaned && inRange && QStringView(text).sliced(start, length) == quote)
        return true;
    if (quote.isEmpty()) {
        start = std::clamp<qsizetype>(start, 0, text.size());
        length = 0;
        orphaned = false;
        return true;
    }
    qsizetype nearest = -1;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        if (nearest < 0 || qAbs(at - start) < qAbs(nearest - start))
            nearest = at;
        if (at >= start)
            break; // every later occurrence is further away
    }
    if (nearest < 0) {
        start = std::clamp<qsizetype>(start, 0, text.size());
        length = 0;
        orphaned = true;
        return false;
    }
    start = nearest;
    length = quote.size();
    orphaned = false;
    return true;
}

QString Review::addComment(ReviewComment comment)
{
    const auto taken = [&](const QString &id) {
        return std::any_of(m_comments.cbegin(), m_comments.cend(),
                           [&](const ReviewComment &c) { return c.id == id; });
    };
    if (comment.id.isEmpty() || taken(comment.id))
        comment.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!comment.created.isValid())
        comment.created = QDateTime::currentDateTimeUtc();
    m_comments.append(comment);
    return comment.id;
}

bool Review::removeComment(const QString &id)
{
    return m_comments.removeIf([&](const ReviewComment &c) { return c.id == id; }) > 0;
}

bool Review::updateComment(const QString &id, const QString &body)
{
    for (ReviewComment &comment : m_comments) {
        if (comment.id == id) {
            comment.body = body;
            return true;
        }
    }
    return false;
}

void Review::decide(ReviewDecision decision)
{
    m_decisions.removeIf([&](const ReviewDecision &earlier) {
        return isAbout(earlier, decision.ruleId, decision.anchor);
    });
    if (!decision.decided.isValid())
        decision.decided = QDateTime::currentDateTimeUtc();
    m_decisions.append(decision);
}

bool Review::removeDecision(const ReviewDecision &decision)
{
    return m_decisions.removeOne(decision);
}

const ReviewDecision *Review::decisionOn(const Finding &finding, const QString &text) const
{
    const TextAnchor anchor = anchorOf(finding, text);
    const ReviewDecision *movedAway = nullptr;
    for (const ReviewDecision &decision : m_decisions) {
        if (!isAbout(decision, finding.ruleId, anchor))
            continue;
        // A decision made right here wins over one whose wording moved.
        if (!decision.anchor.orphaned)
            return &decision;
        if (!movedAway)
            movedAway = &decision;
    }
    return movedAway;
}

void Review::applyEdit(qsizetype position, qsizetype removed, qsizetype added)
{
    for (ReviewComment &comment : m_comments)
        comment.anchor.applyEdit(position, removed, added);
    for (ReviewDecision &decision : m_decisions)
        decision.anchor.applyEdit(position, removed, added);
}

void Review::reanchor(const QString &text)
{
    for (ReviewComment &comment : m_comments)
        comment.anchor.reanchor(text);
    for (ReviewDecision &decision : m_decisions)
        decision.anchor.reanchor(text);
}

void Review::restoreOrphans(const QString &text)
{
    for (ReviewComment &comment : m_comments) {
        if (comment.anchor.orphaned)
            comment.anchor.reanchor(text);
    }
    for (ReviewDecision &decision : m_decisions) {
        if (decision.anchor.orphaned)
            decision.anchor.reanchor(text);
    }
}

bool Review::hasOrphans() const
{
    const auto orphaned = [](const auto &items) {
        return std::any_of(items.cbegin(), items.cend(),
                           [](const auto &item) { return item.anchor.orphaned; });
    };
    return orphaned(m_comments) || orphaned(m_decisions);
}

bool Review::isClosed(const Finding &finding, const QString &text) const
{
    if (m_decisions.isEmpty())
        return false; // the common case, asked for every finding: no copy of its text
    const ReviewDecision *decision = decisionOn(finding, text);
    return decision && decision->kind != DecisionKind::Accepted;
}

QList<Finding> Review::openFindings(const QList<Finding> &findings, const QString &text) const
{
    QList<Finding> open;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(open),
                 [&](const Finding &finding) { return !isClosed(finding, text); });
    return open;
}

} // namespace rolelens
