#include "review/reviewfile.h"

#include "io/textfile.h"
#include "text/textpositions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

namespace rolelens {

namespace {

const QString kFormat = QStringLiteral("rolelens-review");
constexpr int kVersion = 1;
// Whole numbers above this lose precision as JSON doubles; no posting comes close.
constexpr double kMaxOffset = 1e15;

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// Reads one review file. Errors name the file and the field ("comments[2].start"): the
// fields of a review are too alike for a line number found by searching the text to help.
class ReviewParser
{
public:
    ReviewParser(const QString &file, const QString &text)
        : m_file(file), m_positions(text), m_codePoints(m_positions.at(text.size()).codePoint)
    {}

    bool parse(const QJsonObject &root, Review *review);
    [[nodiscard]] const SourceError &error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        m_error = {{m_file, 0, 0}, message};
        return false;
    }
    bool readString(const QJsonObject &object, const QString &path, const char *key, QString *out);
    bool readTime(const QJsonObject &object, const QString &path, const char *key, QDateTime *out);
    bool readOffset(const QJsonObject &object, const QString &path, const char *key,
                    qsizetype *out);
    bool readAnchor(const QJsonObject &object, const QString &path, TextAnchor *anchor);
    bool readEntries(const QJsonObject &root, const char *key,
                     const std::function<bool(const QJsonObject &, const QString &)> &read);
    bool readComment(const QJsonObject &object, const QString &path, Review *review);
    bool readDecision(const QJsonObject &object, const QString &path, Review *review);

    QString m_file;
    TextPositions m_positions;
    qsizetype m_codePoints;
    SourceError m_error;
};

bool ReviewParser::readString(const QJsonObject &object, const QString &path, const char *key,
                              QString *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return fail(QStringLiteral("%1.%2 is missing").arg(path, QLatin1String(key)));
    if (!value.isString())
        return fail(QStringLiteral("%1.%2 must be a string").arg(path, QLatin1String(key)));
    *out = value.toString();
    return true;
}

bool ReviewParser::readTime(const QJsonObject &object, const QString &path, const char *key,
                            QDateTime *out)
{
    QString text;
    if (!readString(object, path, key, &text))
        return false;
    *out = QDateTime::fromString(text, Qt::ISODate).toUTC();
    if (!out->isValid())
        return fail(QStringLiteral("%1.%2 must be an ISO 8601 date and time such as "
                                   "2026-03-01T09:30:00Z, not \"%3\"")
                        .arg(path, QLatin1String(key), text));
    return true;
}

bool ReviewParser::readOffset(const QJsonObject &object, const QString &path, const char *key,
                              qsizetype *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return fail(QStringLiteral("%1.%2 is missing").arg(path, QLatin1String(key)));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > kMaxOffset || std::floor(number) != number)
        return fail(QStringLiteral("%1.%2 must be a whole number, 0 or more")
                        .arg(path, QLatin1String(key)));
    *out = qsizetype(number);
    return true;
}

bool ReviewParser::readAnchor(const QJsonObject &object, const QString &path, TextAnchor *anchor)
{
    qsizetype start = 0;
    qsizetype length = 0;
    if (!readOffset(object, path, "start", &start) ||
        !readOffset(object, path, "length", &length) ||
        !readString(object, path, "quote", &anchor->quote))
        return false;
    // The posting may have been shortened in another editor since: the anchor is clamped
    // to it, and reanchor() after loading looks for the quote, so nothing is refused.
    start = qMin(start, m_codePoints);
    length = qMin(length, m_codePoints - start);
    anchor->start = m_positions.utf16Offset(start);
    anchor->length = m_positions.utf16Offset(start + length) - anchor->start;
    return true;
}

bool ReviewParser::readEntries(
    const QJsonObject &root, const char *key,
    const std::function<bool(const QJsonObject &, const QString &)> &read)
{
    const QJsonValue value = root.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(QStringLiteral("\"%1\" must be a list").arg(QLatin1String(key)));
    const QJsonArray entries = value.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
        if (!entries[i].isObject())
            return fail(path + QStringLiteral(" must be an object"));
        if (!read(entries[i].toObject(), path))
            return false;
    }
    return true;
}

bool ReviewParser::readComment(const QJsonObject &object, const QString &path, Review *review)
{
    ReviewComment comment;
    if (!readString(object, path, "id", &comment.id) ||
        !readAnchor(object, path, &comment.anchor) ||
        !readString(object, path, "author", &comment.author) ||
        !readTime(object, path, "created", &comment.created) ||
        !readString(object, path, "body", &comment.body))
        return false;
    if (comment.id.isEmpty())
        return fail(path + QStringLiteral(".id must not be empty"));
    if (review->addComment(comment) != comment.id)
        return fail(QStringLiteral("%1.id \"%2\" is already used by another comment")
                        .arg(path, comment.id));
    return true;
}

bool ReviewParser::readDecision(const QJsonObject &object, const QString &path, Review *review)
{
    ReviewDecision decision;
    QString kind;
    if (!readString(object, path, "rule", &decision.ruleId) ||
        !readAnchor(object, path, &decision.anchor) ||
        !readString(object, path, "decision", &kind) ||
        !readString(object, path, "reason", &decision.reason) ||
        !readString(object, path, "author", &decision.author) ||
        !readTime(object, path, "decided", &decision.decided))
        return false;
    if (decision.ruleId.isEmpty())
        return fail(path + QStringLiteral(".rule must not be empty"));
    const auto known = {DecisionKind::Accepted, DecisionKind::Kept, DecisionKind::Ignored};
    const auto named = std::find_if(known.begin(), known.end(),
                                    [&](DecisionKind k) { return decisionKindName(k) == kind; });
    if (named == known.end())
        return fail(
            QStringLiteral("%1.decision must be \"accepted\", \"kept\" or \"ignored\", not \"%2\"")
                .arg(path, kind));
    decision.kind = *named;
    review->decide(decision);
    return true;
}

bool ReviewParser::parse(const QJsonObject &root, Review *review)
{
    if (root.value(QLatin1String("format")).toString() != kFormat)
        return fail(
            QStringLiteral("not a RoleLens review file: \"format\" must be \"%1\"").arg(kFormat));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isDouble() && version.toDouble() > kVersion)
        return fail(QStringLiteral("the review file has version %1, newer than this RoleLens "
                                   "reads (%2); update RoleLens to open it")
                        .arg(version.toDouble())
                        .arg(kVersion));
    if (version.toDouble() != kVersion)
        return fail(QStringLiteral("\"version\" must be %1").arg(kVersion));
    return readEntries(root, "comments",
                       [&](const QJsonObject &object, const QString &path) {
                           return readComment(object, path, review);
                       }) &&
           readEntries(root, "decisions", [&](const QJsonObject &object, const QString &path) {
               return readDecision(object, path, review);
           });
}

QJsonObject anchorJson(const TextAnchor &anchor, const QString &quote, const QString &text,
                       const TextPositions &positions)
{
    // Clamped: an anchor that does not fit the text is a caller's bug, not a reason to write
    // a file that cannot be read back.
    const qsizetype start = std::clamp<qsizetype>(anchor.start, 0, text.size());
    const qsizetype length = std::clamp<qsizetype>(anchor.length, 0, text.size() - start);
    return QJsonObject{
        {QStringLiteral("start"), positions.at(start).codePoint},
        {QStringLiteral("length"), positions.codePoints(start, length)},
        {QStringLiteral("quote"), quote},
    };
}

} // namespace

QString reviewSidecarPath(const QString &postingPath)
{
    return postingPath + QStringLiteral(".review.json");
}

ReviewLoadResult parseReview(const QByteArray &json, const QString &fileName, const QString &text)
{
    ReviewLoadResult result;
    const auto root =
        parseJsonObject(json, fileName, QStringLiteral("a review file"), &result.error);
    if (!root)
        return result;
    ReviewParser parser(fileName, text);
    Review review;
    if (!parser.parse(*root, &review)) {
        result.error = parser.error();
        return result;
    }
    review.reanchor(text);
    result.review = std::move(review);
    return result;
}

ReviewLoadResult loadReview(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.exists())
        return {Review(), {}};
    if (!file.open(QIODevice::ReadOnly))
        return {
            std::nullopt,
            {{path, 0, 0}, QStringLiteral("cannot read the review: %1").arg(file.errorString())}};
    return parseReview(file.readAll(), path, text);
}

QJsonObject commentJson(const ReviewComment &comment, const QString &text,
                        const TextPositions &positions)
{
    const TextAnchor &anchor = comment.anchor;
    QJsonObject object =
        anchorJson(anchor, anchor.orphaned ? anchor.quote : text.mid(anchor.start, anchor.length),
                   text, positions);
    object.insert(QStringLiteral("id"), comment.id);
    object.insert(QStringLiteral("author"), comment.author);
    object.insert(QStringLiteral("created"), timeText(comment.created));
    object.insert(QStringLiteral("body"), comment.body);
    return object;
}

QJsonObject decisionJson(const ReviewDecision &decision, const QString &text,
                         const TextPositions &positions)
{
    QJsonObject object = anchorJson(decision.anchor, decision.anchor.quote, text, positions);
    object.insert(QStringLiteral("rule"), decision.ruleId);
    object.insert(QStringLiteral("decision"), decisionKindName(decision.kind));
    object.insert(QStringLiteral("reason"), decision.reason);
    object.insert(QStringLiteral("author"), decision.author);
    object.insert(QStringLiteral("decided"), timeText(decision.decided));
    return object;
}

QByteArray reviewFileJson(const Review &review, const QString &text)
{
    const TextPositions positions(text);
    QJsonArray comments;
    for (const ReviewComment &comment : review.comments())
        comments.append(commentJson(comment, text, positions));
    QJsonArray decisions;
    for (const ReviewDecision &decision : review.decisions())
        decisions.append(decisionJson(decision, text, positions));
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("comments"), comments},
        {QStringLiteral("decisions"), decisions},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString saveReview(const QString &path, const Review &review, const QString &text)
{
    if (review.isEmpty()) {
        QFile file(path);
        if (file.exists() && !file.remove())
            return QStringLiteral("cannot remove the empty review: %1").arg(file.errorString());
        return {};
    }
    return saveTextFile(path, QString::fromUtf8(reviewFileJson(review, text)), false);
}

QByteArray exceptionsRulePack(const QList<ReviewDecision> &decisions, const QString &packName)
{
    QJsonArray exceptions;
    QSet<QString> seen;
    for (const ReviewDecision &decision : decisions) {
        const QString &text = decision.anchor.quote;
        if (decision.kind != DecisionKind::Kept || text.trimmed().isEmpty())
            continue;
        const QString key = findingKey(decision.ruleId, text);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        QJsonObject exception{{QStringLiteral("rule"), decision.ruleId},
                              {QStringLiteral("text"), text}};
        if (!decision.reason.isEmpty())
            exception.insert(QStringLiteral("reason"), decision.reason);
        exceptions.append(exception);
    }
    const QJsonObject pack{
        {QStringLiteral("pack"), packName},
        {QStringLiteral("description"), QStringLiteral("Wording a reviewer kept on purpose")},
        {QStringLiteral("exceptions"), exceptions},
    };
    return QJsonDocument(pack).toJson(QJsonDocument::Indented);
}

} // namespace rolelens
