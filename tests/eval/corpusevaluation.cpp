#include "corpusevaluation.h"

#include "inputreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rolelens {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

// Whether a role finding (of at least \a minimum severity) overlaps [start, end).
bool overlapped(const Analysis &analysis, qsizetype start, qsizetype end, Severity minimum)
{
    return std::any_of(analysis.findings.cbegin(), analysis.findings.cend(), [&](const Finding &f) {
        return isRoleCategory(f.category) && f.severity >= minimum && f.start < end &&
               start < f.end();
    });
}

} // namespace

QList<LabelledPosting> readLabels(const QString &path, QStringList *problems)
{
    QList<LabelledPosting> labels;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return labels;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        LabelledPosting posting{object.value(QLatin1String("file")).toString(),
                                object.value(QLatin1String("role")).toString(),
                                object.value(QLatin1String("verdict")).toString(),
                                strings(object.value(QLatin1String("coding_demands"))),
                                strings(object.value(QLatin1String("acceptable_technical")))};
        if (posting.file.isEmpty()) {
            problems->append(
                QStringLiteral("%1:%2: not a labelled posting").arg(path).arg(lineNumber));
            continue;
        }
        labels.append(posting);
    }
    return labels;
}

CorpusScore evaluateCorpus(const Analyzer &analyzer, const QString &corpusDir)
{
    CorpusScore score;
    const QDir dir(corpusDir);
    const QList<LabelledPosting> labels =
        readLabels(dir.filePath(QStringLiteral("labels.jsonl")), &score.problems);
    for (const LabelledPosting &posting : labels) {
        const InputText input = readInput(dir.filePath(QStringLiteral("postings/") + posting.file));
        if (!input.error.isEmpty()) {
            score.problems.append(QStringLiteral("%1: %2").arg(posting.file, input.error));
            continue;
        }
        const Analysis analysis = analyzer.analyze(input.text);
        const auto locate = [&](const QString &span, qsizetype *start) {
            *start = input.text.indexOf(span);
            if (*start < 0)
                score.problems.append(QStringLiteral("%1: labelled span not in the posting: %2")
                                          .arg(posting.file, span));
            return *start >= 0;
        };
        for (const QString &span : posting.codingDemands) {
            qsizetype start = 0;
            if (!locate(span, &start))
                continue;
            ++score.demands;
            if (overlapped(analysis, start, start + span.size(), Severity::Info))
                ++score.demandsFound;
            else
                score.misses.append(QStringLiteral("%1: %2").arg(posting.file, span));
        }
        for (const QString &span : posting.acceptableTechnical) {
            qsizetype start = 0;
            if (!locate(span, &start))
                continue;
            ++score.acceptable;
            if (overlapped(analysis, start, start + span.size(), Severity::Warning)) {
                ++score.acceptableFlagged;
                score.falseFlags.append(QStringLiteral("%1: %2").arg(posting.file, span));
            }
        }
        const QString verdict = verdictName(analysis.verdict);
        if (posting.role == QLatin1String("developer")) {
            ++score.developerPostings;
            if (analysis.verdict == Verdict::Misclassified) {
                ++score.developersMisclassified;
                score.wrongVerdicts.append(
                    QStringLiteral("%1: a developer posting called misclassified")
                        .arg(posting.file));
            }
            continue;
        }
        ++score.tpmPostings;
        const bool labelOk = posting.verdict == QLatin1String("ok");
        if (labelOk == (analysis.verdict == Verdict::Ok))
            ++score.okVersusNotOk;
        if (posting.verdict == verdict)
            ++score.exactVerdicts;
        else
            score.wrongVerdicts.append(QStringLiteral("%1: expected %2, got %3")
                                           .arg(posting.file, posting.verdict, verdict));
    }
    return score;
}

} // namespace rolelens
