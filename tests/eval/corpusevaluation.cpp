#include "eval/corpusevaluation.h"

#include "io/inputreader.h"

#include <QCryptographicHash>
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

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Every occurrence of \a phrase in \a text, as score.py finds them.
QList<Span> occurrences(const QString &text, const QString &phrase)
{
    QList<Span> out;
    for (qsizetype i = text.indexOf(phrase); i >= 0 && !phrase.isEmpty();
         i = text.indexOf(phrase, i + 1))
        out.append({i, i + phrase.size()});
    return out;
}

bool overlaps(const Finding &f, const Span &span)
{
    return f.start < span.end && span.start < f.end();
}

bool severe(const Finding &f)
{
    return isRoleCategory(f.category) && f.severity >= Severity::Warning;
}

bool anyOverlap(const QList<Finding> &findings, const QList<Span> &spans,
                bool (*counts)(const Finding &))
{
    for (const Finding &f : findings) {
        if (!counts(f))
            continue;
        for (const Span &span : spans) {
            if (overlaps(f, span))
                return true;
        }
    }
    return false;
}

bool anyRole(const Finding &f)
{
    return isRoleCategory(f.category);
}

struct ReadPosting
{
    LabelledPosting label;
    QString text;
};

// The selected labelled postings whose text could be read.
QList<ReadPosting> readCorpus(const QString &corpusDir, const FoldSelection &selection,
                              QStringList *problems)
{
    const QDir dir(corpusDir);
    QList<ReadPosting> out;
    for (const LabelledPosting &label :
         readLabels(dir.filePath(QStringLiteral("labels.jsonl")), problems)) {
        if (!selection.includes(label.file))
            continue;
        const InputText input = readInput(dir.filePath(QStringLiteral("postings/") + label.file));
        if (!input.error.isEmpty()) {
            problems->append(QStringLiteral("%1: %2").arg(label.file, input.error));
            continue;
        }
        out.append({label, input.text});
    }
    return out;
}

} // namespace

int FoldSelection::foldOf(const QString &file, int folds)
{
    const QByteArray digest = QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha256);
    int remainder = 0;
    for (const char byte : digest)
        remainder = (remainder * 256 + quint8(byte)) % folds;
    return remainder;
}

bool FoldSelection::includes(const QString &file) const
{
    return fold < 0 || (foldOf(file, folds) == fold) != except;
}

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
                                {},
                                {}};
        if (posting.file.isEmpty()) {
            problems->append(
                QStringLiteral("%1:%2: not a labelled posting").arg(path).arg(lineNumber));
            continue;
        }
        if (object.contains(QLatin1String("demands"))) {
            for (const QJsonValue &demand : object.value(QLatin1String("demands")).toArray()) {
                const QJsonObject d = demand.toObject();
                posting.demands.append({d.value(QLatin1String("text")).toString(),
                                        d.value(QLatin1String("family")).toString(u"?"_qs),
                                        d.value(QLatin1String("strength")).toString(u"?"_qs)});
            }
            posting.acceptable = strings(object.value(QLatin1String("acceptable")));
        } else {
            for (const QString &text : strings(object.value(QLatin1String("coding_demands"))))
                posting.demands.append({text, u"?"_qs, u"?"_qs});
            posting.acceptable = strings(object.value(QLatin1String("acceptable_technical")));
        }
        labels.append(posting);
    }
    return labels;
}

CorpusScore evaluateCorpus(const Analyzer &analyzer, const QString &corpusDir,
                           const FoldSelection &selection)
{
    CorpusScore score;
    for (const auto &[posting, text] : readCorpus(corpusDir, selection, &score.problems)) {
        if (posting.role != QLatin1String("tpm") && posting.role != QLatin1String("developer"))
            continue;
        const Analysis analysis = analyzer.analyze(text);
        if (posting.role == QLatin1String("developer")) {
            ++score.developersNotMisclassified.whole;
            if (analysis.verdict != Verdict::Misclassified || analysis.role == Role::Developer)
                ++score.developersNotMisclassified.part;
            else
                score.wrongVerdicts.append(
                    QStringLiteral("%1: a developer posting called misclassified")
                        .arg(posting.file));
            continue;
        }
        QList<Span> demandSpans;
        for (const LabelledDemand &demand : posting.demands) {
            const QList<Span> spans = occurrences(text, demand.text);
            if (spans.isEmpty())
                score.problems.append(QStringLiteral("%1: labelled span not in the posting: %2")
                                          .arg(posting.file, demand.text));
            demandSpans += spans;
            const bool found = anyOverlap(analysis.findings, spans, anyRole);
            for (const QString &key : {QStringLiteral("family:") + demand.family,
                                       QStringLiteral("strength:") + demand.strength}) {
                ++score.recallBy[key].whole;
                score.recallBy[key].part += found;
            }
            ++score.recall.whole;
            score.recall.part += found;
            if (!found)
                score.misses.append(
                    QStringLiteral("%1: [%2/%3] %4")
                        .arg(posting.file, demand.family, demand.strength, demand.text.left(100)));
        }
        for (const QString &phrase : posting.acceptable) {
            const QList<Span> spans = occurrences(text, phrase);
            if (spans.isEmpty())
                score.problems.append(QStringLiteral("%1: labelled span not in the posting: %2")
                                          .arg(posting.file, phrase));
            ++score.acceptableFlagged.whole;
            if (anyOverlap(analysis.findings, spans, severe)) {
                ++score.acceptableFlagged.part;
                score.falseFlags.append(
                    QStringLiteral("%1: %2").arg(posting.file, phrase.left(100)));
            }
        }
        for (const Finding &f : analysis.findings) {
            if (!severe(f))
                continue;
            ++score.precision.whole;
            if (std::any_of(demandSpans.cbegin(), demandSpans.cend(),
                            [&](const Span &span) { return overlaps(f, span); }))
                ++score.precision.part;
            else
                score.outsideFlags.append(
                    QStringLiteral("%1: [%2] %3")
                        .arg(posting.file, f.ruleId, text.mid(f.start, f.length).left(100)));
        }
        const QString verdict = verdictName(analysis.verdict);
        ++score.verdictBinary.whole;
        ++score.verdictExact.whole;
        score.verdictBinary.part +=
            (analysis.verdict == Verdict::Ok) == (posting.verdict == QLatin1String("ok"));
        if (verdict == posting.verdict)
            ++score.verdictExact.part;
        else
            score.wrongVerdicts.append(QStringLiteral("%1: labelled %2, got %3")
                                           .arg(posting.file, posting.verdict, verdict));
    }
    return score;
}

bool dumpClauses(const Analyzer &analyzer, const QString &corpusDir, const FoldSelection &selection,
                 QIODevice *out, QStringList *problems)
{
    for (const auto &[posting, text] : readCorpus(corpusDir, selection, problems)) {
        if (posting.role != QLatin1String("tpm") && posting.role != QLatin1String("developer"))
            continue;
        QList<QPair<Span, const LabelledDemand *>> demands;
        for (const LabelledDemand &demand : posting.demands) {
            for (const Span &span : occurrences(text, demand.text))
                demands.append({span, &demand});
        }
        const Analysis analysis = analyzer.analyze(text, Analyzer::KeepClauses);
        for (const ClauseRecord &clause : analysis.clauses) {
            const LabelledDemand *best = nullptr;
            qsizetype bestOverlap = 0;
            for (const auto &[span, demand] : demands) {
                const qsizetype overlap =
                    std::min(span.end, clause.end) - std::max(span.start, clause.start);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = demand;
                }
            }
            const QJsonObject line{
                {QStringLiteral("file"), posting.file},
                {QStringLiteral("role"), posting.role},
                {QStringLiteral("start"), clause.start},
                {QStringLiteral("end"), clause.end},
                {QStringLiteral("text"), text.mid(clause.start, clause.end - clause.start)},
                {QStringLiteral("features"), QJsonArray::fromStringList(clause.features)},
                {QStringLiteral("demand"), best ? QJsonValue(best->family) : QJsonValue()},
                {QStringLiteral("strength"), best ? QJsonValue(best->strength) : QJsonValue()},
                {QStringLiteral("p"), clause.demand}};
            if (out->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') < 0)
                return false;
        }
    }
    return true;
}

} // namespace rolelens
