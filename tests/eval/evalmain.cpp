// rolelens-eval: measures the rules on a labelled corpus (labels.jsonl + postings/) with the
// figures of the corpus's score.py.
//   rolelens-eval [--misses] [--json] [--rules PACK.json]... [--fold I/K | --except-fold I/K]
//                 [--dump-clauses OUT.jsonl] CORPUS_DIR

#include "eval/corpusevaluation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace rolelens;

namespace {

std::optional<FoldSelection> parseFold(const QString &value, bool except)
{
    const QStringList parts = value.split(QLatin1Char('/'));
    bool okFold = false;
    bool okFolds = false;
    FoldSelection selection;
    if (parts.size() == 2) {
        selection.fold = parts[0].toInt(&okFold);
        selection.folds = parts[1].toInt(&okFolds);
    }
    if (!okFold || !okFolds || selection.folds < 2 || selection.fold < 0 ||
        selection.fold >= selection.folds)
        return std::nullopt;
    selection.except = except;
    return selection;
}

QJsonObject figures(const CorpusScore &score)
{
    QJsonObject by;
    for (auto it = score.recallBy.cbegin(); it != score.recallBy.cend(); ++it)
        by.insert(it.key(), std::round(it->value() * 1000) / 1000);
    return {
        {QStringLiteral("recall"), score.recall.value()},
        {QStringLiteral("precision"), score.precision.value()},
        {QStringLiteral("acceptable_flagged"), score.acceptableFlagged.value()},
        {QStringLiteral("verdict_exact"), score.verdictExact.value()},
        {QStringLiteral("verdict_binary"), score.verdictBinary.value()},
        {QStringLiteral("developer_not_misclassified"), score.developersNotMisclassified.value()},
        {QStringLiteral("recall_by"), by},
        {QStringLiteral("demands"), score.recall.whole},
        {QStringLiteral("acceptable"), score.acceptableFlagged.whole},
        {QStringLiteral("role_findings"), score.precision.whole},
        {QStringLiteral("tpm_postings"), score.verdictExact.whole},
        {QStringLiteral("developer_postings"), score.developersNotMisclassified.whole}};
}

void printTable(QTextStream &out, const CorpusScore &score)
{
    const auto ratio = [&](const QString &label, const Ratio &r) {
        out << QStringLiteral("%1 %2/%3 = %4\n")
                   .arg(label, -36)
                   .arg(r.part)
                   .arg(r.whole)
                   .arg(r.value(), 0, 'f', 3);
    };
    ratio(QStringLiteral("recall of demands:"), score.recall);
    for (auto it = score.recallBy.cbegin(); it != score.recallBy.cend(); ++it)
        ratio(QStringLiteral("  recall, %1:").arg(it.key()), *it);
    ratio(QStringLiteral("precision of role warnings/errors:"), score.precision);
    ratio(QStringLiteral("acceptable phrases flagged:"), score.acceptableFlagged);
    ratio(QStringLiteral("TPM verdicts, ok vs not ok:"), score.verdictBinary);
    ratio(QStringLiteral("TPM verdicts, exact:"), score.verdictExact);
    ratio(QStringLiteral("developer postings not misclassified:"),
          score.developersNotMisclassified);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures RoleLens's rules on a labelled corpus of postings."));
    parser.addHelpOption();
    parser.addOptions(
        {{{QStringLiteral("m"), QStringLiteral("misses")},
          QStringLiteral("List every miss, false flag and wrong verdict.")},
         {QStringLiteral("json"), QStringLiteral("Print the figures as one JSON object.")},
         {QStringLiteral("rules"), QStringLiteral("Add a rule pack."), QStringLiteral("PACK")},
         {QStringLiteral("fold"), QStringLiteral("Score only fold I of K."), QStringLiteral("I/K")},
         {QStringLiteral("except-fold"), QStringLiteral("Score every posting but fold I of K."),
          QStringLiteral("I/K")},
         {QStringLiteral("dump-clauses"),
          QStringLiteral("Write every clause with its model features and label to FILE."),
          QStringLiteral("FILE")}});
    parser.addPositionalArgument(QStringLiteral("CORPUS_DIR"),
                                 QStringLiteral("Folder with labels.jsonl and postings/."));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "rolelens-eval: give exactly one corpus folder\n";
        return 2;
    }
    FoldSelection selection;
    for (const bool except : {false, true}) {
        const QString option = except ? QStringLiteral("except-fold") : QStringLiteral("fold");
        if (!parser.isSet(option))
            continue;
        const auto parsed = parseFold(parser.value(option), except);
        if (!parsed) {
            err << "rolelens-eval: --" << option << " needs I/K with 0 <= I < K and K >= 2\n";
            return 2;
        }
        selection = *parsed;
    }
    QList<RulePack> packs = RuleSet::builtinPacks();
    for (const QString &file : parser.values(QStringLiteral("rules"))) {
        const PackLoadResult loaded = loadRulePack(file);
        if (!loaded.pack) {
            err << "rolelens-eval: " << loaded.error.toString() << '\n';
            return 2;
        }
        packs.append(*loaded.pack);
    }
    const RuleSet::BuildResult built = RuleSet::build(packs);
    if (!built.rules) {
        err << "rolelens-eval: " << built.error.toString() << '\n';
        return 2;
    }
    const Analyzer analyzer(built.rules);
    const QString corpus = parser.positionalArguments().first();
    if (parser.isSet(QStringLiteral("dump-clauses"))) {
        QFile file(parser.value(QStringLiteral("dump-clauses")));
        QStringList problems;
        const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                             dumpClauses(analyzer, corpus, selection, &file, &problems) &&
                             file.flush();
        for (const QString &problem : std::as_const(problems))
            err << "rolelens-eval: " << problem << '\n';
        if (!written) {
            err << "rolelens-eval: cannot write " << file.fileName() << ": " << file.errorString()
                << '\n';
            return 2;
        }
        return problems.isEmpty() ? 0 : 2;
    }
    const CorpusScore score = evaluateCorpus(analyzer, corpus, selection);
    for (const QString &problem : score.problems)
        err << "rolelens-eval: " << problem << '\n';
    if (parser.isSet(QStringLiteral("misses"))) {
        for (const QString &miss : score.misses)
            out << "miss: " << miss << '\n';
        for (const QString &flag : score.falseFlags)
            out << "acceptable flagged: " << flag << '\n';
        for (const QString &flag : score.outsideFlags)
            out << "flag outside every labelled demand: " << flag << '\n';
        for (const QString &verdict : score.wrongVerdicts)
            out << "verdict: " << verdict << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(figures(score)).toJson(QJsonDocument::Compact) << '\n';
    else
        printTable(out, score);
    return score.problems.isEmpty() ? 0 : 2;
}
