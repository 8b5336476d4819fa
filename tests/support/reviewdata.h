#pragma once

// What the review tests share: a posting line with one demand, anchors, decisions and
// review files built from parts.

#include "model/finding.h"
#include "review/review.h"

#include <QDateTime>
#include <QStringList>

Q_DECLARE_METATYPE(rolelens::TextAnchor)
Q_DECLARE_METATYPE(rolelens::DecisionKind)

namespace rolelens {

inline const QString kText = QStringLiteral("Expertise in Java is required.");
inline constexpr qsizetype kJavaStart = 13;

inline TextAnchor javaAnchor()
{
    return {kJavaStart, 4, QStringLiteral("Java")};
}

inline QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(hour, minute), Qt::UTC);
}

inline Finding finding(const QString &ruleId, qsizetype start, qsizetype length,
                       Severity severity = Severity::Error)
{
    Finding f;
    f.ruleId = ruleId;
    f.start = start;
    f.length = length;
    f.severity = severity;
    return f;
}

inline ReviewDecision kept(const QString &ruleId, const TextAnchor &anchor,
                           const QString &reason = QString())
{
    return {ruleId, anchor, DecisionKind::Kept, reason, QStringLiteral("Dana"), at(10, 0)};
}

inline QStringList describe(const QList<Finding> &findings, const QString &text)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(QStringLiteral("%1@%2:%3")
                       .arg(f.ruleId, QString::number(f.start), text.mid(f.start, f.length)));
    return out;
}

// A review file with one comment whose fields can be replaced by a test row.
inline QByteArray reviewWith(const QByteArray &comment, const QByteArray &head = "\"version\": 1")
{
    return "{\"format\": \"rolelens-review\", " + head + ", \"comments\": [" + comment + "]}";
}

inline const QByteArray kGoodComment = R"({"id": "c1", "start": 13, "length": 4, "quote": "Java",
    "author": "Dana", "created": "2026-03-01T09:30:00Z", "body": "Why?"})";

} // namespace rolelens
