#include "export/reporthtml.h"

#include "export/displaynames.h"
#include "io/inputreader.h"
#include "text/textpositions.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QObject>
#include <algorithm>

namespace rolelens {

namespace {

// The changes since the baseline list this many findings of each kind; the rest are counted.
constexpr qsizetype kMaxListedChanges = 10;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString displayName(const QString &path)
{
    return inputFileName(path);
}

QString verdictSentence(const Analysis &analysis)
{
    if (analysis.role == Role::Developer)
        return QObject::tr("This is a developer posting; the TPM checks do not apply to it.");
    switch (analysis.verdict) {
    case Verdict::None:
        return QObject::tr("The posting is too short to judge yet.");
    case Verdict::Ok:
        return QObject::tr("The posting describes a leadership role.");
    case Verdict::Borderline:
        return QObject::tr(
            "The posting leans towards developer work in places; review the warnings.");
    case Verdict::Misclassified:
        break;
    }
    return QObject::tr(
        "The posting reads as a software developer role, not a Technical Project Manager role.");
}

// A bordered table whose columns take the given shares of the width, with its header row
// and, if given, a \a caption row across it (a <thead>, which Qt repeats at the top of every
// page the table runs onto).
QString tableStart(std::initializer_list<std::pair<QString, int>> columns,
                   const QString &caption = {})
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\"><thead><tr>");
    for (const auto &[header, width] : columns)
        html += QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>")
                    .arg(width)
                    .arg(escaped(header));
    html += QStringLiteral("</tr>");
    if (!caption.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"%1\" bgcolor=\"#f2f2f2\">%2</td></tr>")
                    .arg(columns.size())
                    .arg(caption);
    return html + QStringLiteral("</thead>");
}

// The reviewer who made the report, then everyone who commented or decided, each once.
QStringList reviewers(const FileReport &report)
{
    QStringList names;
    if (!report.reviewer.trimmed().isEmpty())
        names.append(report.reviewer.trimmed());
    if (report.review) {
        for (const ReviewComment &comment : report.review->comments())
            names.append(comment.author.trimmed());
        for (const ReviewDecision &decision : report.review->decisions())
            names.append(decision.author.trimmed());
    }
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

QString summary(const Analysis &analysis)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(QObject::tr("Summary")));
    html += QStringLiteral("<p><b>%1</b> &nbsp; %2</p><p>%3</p>")
                .arg(escaped(QObject::tr("Score %1/100").arg(analysis.score)),
                     escaped(QObject::tr("Verdict: %1").arg(verdictName(analysis.verdict))),
                     escaped(verdictSentence(analysis)));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(QObject::tr("Balance: leadership %1%, execution %2%")
                                 .arg(analysis.balance.leadership)
                                 .arg(analysis.balance.execution)));
    if (!analysis.scoreItems.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(escaped(QObject::tr("What moved the score:")));
        for (const ScoreItem &item : analysis.scoreItems)
            html += QStringLiteral("<li>%1 %2</li>").arg(item.delta).arg(escaped(item.label));
        html += QStringLiteral("</ul>");
    }
    return html;
}

// Said under the summary, so that a reader knows which findings cannot be in the report.
QString disabledRules(const QStringList &ruleIds)
{
    if (ruleIds.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(escaped(QObject::tr("Every rule was on when this report was made.")));
    return QStringLiteral("<p>%1</p>")
        .arg(escaped(QObject::tr("%n rule(s) turned off when this report was made, so their "
                                 "findings are not listed: %1.",
                                 nullptr, int(ruleIds.size()))
                         .arg(ruleIds.join(QStringLiteral(", ")))));
}

// Up to kMaxListedChanges of \a findings in \a text, as list items.
QString changedFindings(const QList<Finding> &findings, const QString &text)
{
    const TextPositions positions(text);
    QString html = QStringLiteral("<ul>");
    for (qsizetype i = 0; i < std::min(findings.size(), kMaxListedChanges); ++i) {
        const Finding &f = findings[i];
        html += QStringLiteral("<li>%1</li>")
                    .arg(escaped(
                        QObject::tr("%1, line %2: %3 \u2014 %4.")
                            .arg(severityTitle(f.severity))
                            .arg(positions.at(f.start).line)
                            .arg(quoted(QStringView(text).sliced(f.start, f.length)), f.message)));
    }
    if (findings.size() > kMaxListedChanges)
        html +=
            QStringLiteral("<li>%1</li>")
                .arg(escaped(
                    QObject::tr("\u2026 and %1 more.").arg(findings.size() - kMaxListedChanges)));
    return html + QStringLiteral("</ul>");
}

QString changesSince(const BaselineReport &baseline, const QString &text)
{
    const BaselineComparison &comparison = baseline.comparison;
    const QString name = displayName(baseline.path);
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(escaped(QObject::tr("Changes since %1").arg(name)));
    html +=
        QStringLiteral("<p>%1<br/>%2</p>")
            .arg(escaped(QObject::tr("Score: %1 \u2192 %2 (%3)")
                             .arg(comparison.scoreBefore)
                             .arg(comparison.scoreAfter)
                             .arg(signedChange(comparison.scoreAfter - comparison.scoreBefore))),
                 escaped(QObject::tr("Verdict: %1 \u2192 %2")
                             .arg(verdictTitle(comparison.verdictBefore),
                                  verdictTitle(comparison.verdictAfter))));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(
                    QObject::tr("Errors: %1 \u2192 %2 (%3) \u00b7 Warnings: %4 \u2192 %5 (%6)")
                        .arg(comparison.errorsBefore)
                        .arg(comparison.errorsAfter)
                        .arg(signedChange(comparison.errorsAfter - comparison.errorsBefore))
                        .arg(comparison.warningsBefore)
                        .arg(comparison.warningsAfter)
                        .arg(signedChange(comparison.warningsAfter - comparison.warningsBefore))));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(QObject::tr("Findings fixed: %1 (lines in %2)")
                                 .arg(comparison.fixed.size())
                                 .arg(name)));
    if (!comparison.fixed.isEmpty())
        html += changedFindings(comparison.fixed, baseline.text);
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(QObject::tr("New findings: %1").arg(comparison.added.size())));
    if (!comparison.added.isEmpty())
        html += changedFindings(comparison.added, text);
    return html;
}

QString coverage(const Analysis &analysis)
{
    if (analysis.coverage.isEmpty())
        return {};
    QString html =
        QStringLiteral("<h2>%1</h2><ul>").arg(escaped(QObject::tr("Coverage of TPM topics")));
    for (const TopicCoverage &topic : analysis.coverage) {
        html += topic.present
                    ? QStringLiteral("<li>%1: %2</li>")
                          .arg(escaped(topic.title), escaped(QObject::tr("covered")))
                    : QStringLiteral("<li>%1: %2 %3 <i>%4</i></li>")
                          .arg(escaped(topic.title), escaped(QObject::tr("missing.")),
                               escaped(topic.message),
                               escaped(QObject::tr("Suggested sentence: %1").arg(topic.snippet)));
    }
    return html + QStringLiteral("</ul>");
}

QString openFindings(const QList<Finding> &findings, const QString &text, bool someKept)
{
    const TextPositions positions(text);
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(escaped(QObject::tr("Findings (%1)").arg(findings.size())));
    if (someKept)
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(escaped(QObject::tr(
                    "Findings the reviewer kept on purpose are listed under Decisions instead.")));
    if (findings.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(escaped(QObject::tr("No findings.")));
    // Errors first, then warnings, then notes; a table per rule, its reasoning once in the
    // header, its instances in line order under it. A rule's table that fits on a page is kept
    // on one (keepTogether in the PDF exporter).
    QList<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.ruleId < b.ruleId;
    });
    QString rule;
    for (const Finding &f : std::as_const(sorted)) {
        if (f.ruleId != rule) {
            if (!rule.isEmpty())
                html += QStringLiteral("</table><p></p>");
            rule = f.ruleId;
            html += tableStart({{QObject::tr("Line"), 8},
                                {QObject::tr("Finding"), 52},
                                {QObject::tr("Suggestion"), 40}},
                               QStringLiteral("<b>%1 \u00b7 %2</b> <font color=\"#555555\">(%3)"
                                              "</font><br/>%4")
                                   .arg(escaped(severityTitle(f.severity)),
                                        escaped(categoryTitle(f.category)), escaped(f.ruleId),
                                        escaped(f.rationale)));
        }
        const QString suggestion = f.suggestions.isEmpty()           ? QString()
                                   : f.suggestions.first().isEmpty() ? QObject::tr("Remove it.")
                                                                     : f.suggestions.first();
        html += QStringLiteral("<tr><td>%1</td><td>%2<br/><i>%3</i></td><td>%4</td></tr>")
                    .arg(positions.at(f.start).line)
                    .arg(escaped(quoted(QStringView(text).sliced(f.start, f.length))),
                         escaped(f.message + QLatin1Char('.')), escaped(suggestion));
    }
    return html + QStringLiteral("</table>");
}

// The line of an anchor, or a dash for one whose text is gone.
QString anchorLine(const TextAnchor &anchor, const TextPositions &positions)
{
    return anchor.orphaned ? QStringLiteral("\u2013")
                           : QString::number(positions.at(anchor.start).line);
}

// The anchored text in quotes, and a note when it is no longer in the posting.
QString anchorText(const TextAnchor &anchor)
{
    QString html = escaped(quoted(anchor.quote));
    if (anchor.orphaned)
        html +=
            QStringLiteral("<br/><i>%1</i>").arg(escaped(QObject::tr("No longer in the posting.")));
    return html;
}

QString reviewComments(const Review &review, const TextPositions &positions)
{
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(escaped(QObject::tr("Review comments (%1)").arg(review.comments().size())));
    if (review.comments().isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(escaped(QObject::tr("No comments.")));
    html += tableStart(
        {{QObject::tr("Line"), 8}, {QObject::tr("On"), 30}, {QObject::tr("Comment"), 62}});
    for (const ReviewComment &comment : review.comments()) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3<br/><i>%4</i></td></tr>")
                    .arg(anchorLine(comment.anchor, positions), anchorText(comment.anchor),
                         escaped(comment.body).replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                         escaped(byline(comment.author, comment.created)));
    }
    return html + QStringLiteral("</table>");
}

QString decisions(const Review &review, const TextPositions &positions)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(escaped(QObject::tr("Decisions (%1)").arg(review.decisions().size())));
    if (review.decisions().isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(escaped(QObject::tr("No decisions.")));
    html += tableStart({{QObject::tr("Line"), 8},
                        {QObject::tr("Finding"), 28},
                        {QObject::tr("Decision"), 26},
                        {QObject::tr("Reason"), 38}});
    for (const ReviewDecision &decision : review.decisions()) {
        const QString kind = decision.kind == DecisionKind::Kept ? QObject::tr("Kept on purpose")
                             : decision.kind == DecisionKind::Ignored
                                 ? QObject::tr("Ignored")
                                 : QObject::tr("Suggestion accepted");
        const QString reason =
            decision.reason.isEmpty() ? QObject::tr("No reason given.") : decision.reason;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3<br/><i>%4</i></td>"
                               "<td>%5<br/><i>%6</i></td></tr>")
                    .arg(anchorLine(decision.anchor, positions), anchorText(decision.anchor),
                         escaped(kind), escaped(decision.ruleId), escaped(reason),
                         escaped(byline(decision.author, decision.decided)));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString reportHtml(const FileReport &report)
{
    const QString &text = report.text;
    const Analysis &analysis = report.analysis;
    // addReview() has taken the kept findings out of the analysis and the baseline's changes.
    const QList<Finding> &findings = analysis.findings;
    bool someKept = false;
    if (report.review) {
        const QList<ReviewDecision> &decided = report.review->decisions();
        someKept = std::any_of(decided.cbegin(), decided.cend(), [](const ReviewDecision &d) {
            return d.kind == DecisionKind::Kept;
        });
    }

    QString html =
        QStringLiteral("<h1>%1</h1>").arg(escaped(QObject::tr("RoleLens review report")));
    const QStringList names = reviewers(report);
    html +=
        QStringLiteral("<p>%1<br/>%2%3</p>")
            .arg(escaped(QObject::tr("Posting: %1").arg(displayName(report.path))),
                 escaped(QObject::tr("Date: %1")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))),
                 names.isEmpty() ? QString()
                                 : QStringLiteral("<br/>") +
                                       escaped(QObject::tr("Reviewed by: %1")
                                                   .arg(names.join(QStringLiteral(", ")))));
    if (report.fixedText)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(QObject::tr("This report describes the posting with the first "
                                             "suggestion of every finding applied (--fix).")));
    html += summary(analysis);
    html += disabledRules(report.disabledRules);
    if (report.baseline)
        html += changesSince(*report.baseline, text);
    html += coverage(analysis);
    html += openFindings(findings, text, someKept);
    if (report.review) {
        const TextPositions positions(text);
        html += reviewComments(*report.review, positions);
        html += decisions(*report.review, positions);
    }
    return html;
}

} // namespace rolelens
