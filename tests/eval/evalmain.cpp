// rolelens-eval: measures the rules on a labelled corpus (labels.jsonl + postings/).
//   rolelens-eval [--verbose] [--rules PACK.json]... CORPUS_DIR

#include "corpusevaluation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace rolelens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures RoleLens's rules on a labelled corpus of postings."));
    parser.addHelpOption();
    parser.addOptions(
        {{{QStringLiteral("v"), QStringLiteral("verbose")},
          QStringLiteral("List every miss, false flag and wrong verdict.")},
         {QStringLiteral("rules"), QStringLiteral("Add a rule pack."), QStringLiteral("PACK")}});
    parser.addPositionalArgument(QStringLiteral("CORPUS_DIR"),
                                 QStringLiteral("Folder with labels.jsonl and postings/."));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "rolelens-eval: give exactly one corpus folder\n";
        return 2;
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
    const CorpusScore score =
        evaluateCorpus(Analyzer(built.rules), parser.positionalArguments().first());
    for (const QString &problem : score.problems)
        err << "rolelens-eval: " << problem << '\n';
    if (parser.isSet(QStringLiteral("verbose"))) {
        for (const QString &miss : score.misses)
            out << "missed demand   " << miss << '\n';
        for (const QString &flag : score.falseFlags)
            out << "flagged wrongly " << flag << '\n';
        for (const QString &verdict : score.wrongVerdicts)
            out << "wrong verdict   " << verdict << '\n';
    }
    const auto ratio = [&](const char *label, int part, int whole, double share) {
        out << QStringLiteral("%1 %2/%3 = %4\n")
                   .arg(QLatin1String(label), -30)
                   .arg(part)
                   .arg(whole)
                   .arg(share, 0, 'f', 3);
    };
    ratio("recall of coding demands:", score.demandsFound, score.demands, score.recall());
    ratio("acceptable phrases flagged:", score.acceptableFlagged, score.acceptable,
          score.flaggedShare());
    ratio("TPM verdicts, ok vs not ok:", score.okVersusNotOk, score.tpmPostings,
          score.verdictAccuracy());
    ratio("TPM verdicts, exact:", score.exactVerdicts, score.tpmPostings, score.exactAccuracy());
    out << QStringLiteral("developer postings misclassified: %1/%2\n")
               .arg(score.developersMisclassified)
               .arg(score.developerPostings);
    return score.problems.isEmpty() ? 0 : 2;
}
