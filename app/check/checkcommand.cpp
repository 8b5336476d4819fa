#include "check/checkcommand.h"

#include "check/checkoptions.h"
#include "edits/textedits.h"
#include "engine/analyzer.h"
#include "io/inputreader.h"
#include "report/reports.h"
#include "review/reviewfile.h"
#include "rules/rulesetloader.h"
#include "spelling/dictionaries.h"
#include "spelling/spellchecker.h"

#include <QCommandLineParser>
#include <QFileDevice>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <optional>

namespace rolelens {

namespace {

const QString kProgram = QStringLiteral("rolelens-check");

bool fails(const QList<FileReport> &reports, const std::optional<Severity> &failOn)
{
    if (!failOn)
        return false;
    for (const FileReport &report : reports) {
        // With a baseline, only what was added since it counts, as with ESLint's or
        // detekt's baselines: a pipeline fails on new problems, not on the draft's old ones.
        const QList<Finding> &gated =
            report.baseline ? report.baseline->comparison.added : report.analysis.findings;
        for (const Finding &finding : gated) {
            if (finding.severity >= *failOn)
                return true;
        }
    }
    return false;
}

// Hunspell's suggestions are slow (tens of milliseconds a word): ask once per distinct word,
// on all the pool's threads, and share the answers between files.
void addSpellingSuggestions(const SpellChecker &spelling, QThreadPool &pool,
                            QList<FileReport> *reports)
{
    QStringList words;
    for (const FileReport &report : std::as_const(*reports)) {
        for (const Finding &finding : report.analysis.findings) {
            if (finding.category == Category::Spelling)
                words.append(report.text.mid(finding.start, finding.length));
        }
    }
    words.removeDuplicates();
    QList<QStringList> suggestions(words.size());
    for (qsizetype i = 0; i < words.size(); ++i)
        pool.start([&, i] { suggestions[i] = spelling.suggestions(words[i]); });
    pool.waitForDone();
    for (FileReport &report : *reports) {
        for (Finding &finding : report.analysis.findings) {
            if (finding.category == Category::Spelling)
                finding.suggestions =
                    suggestions[words.indexOf(report.text.mid(finding.start, finding.length))];
        }
    }
}

// Adds the comparison with --baseline and the --review to \a report. Returns an error
// message, or an empty string.
QString addBaselineAndReview(const Options &options, const Analyzer &analyzer, FileReport *report)
{
    if (!options.baseline.isEmpty()) {
        const InputText old = readInput(options.baseline);
        if (!old.error.isEmpty())
            return QStringLiteral("%1: cannot read the baseline: %2").arg(old.path, old.error);
        addBaseline(report, old.path, old.text, analyzer);
    }
    if (!options.review.isEmpty()) {
        // loadReview() takes a missing file for an empty review, but this one was named on
        // purpose: a typo must not pass for a review with nothing in it.
        if (!QFileInfo::exists(options.review))
            return QStringLiteral("%1: no such review file").arg(options.review);
        const ReviewLoadResult loaded = loadReview(options.review, report->text);
        if (!loaded.review)
            return loaded.error.toString();
        addReview(report, *loaded.review);
    }
    return {};
}

} // namespace

bool CheckCommand::needsGui(const QStringList &arguments)
{
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        const QString suffix = QFileInfo(a).suffix().toLower();
        return a == QLatin1String("--pdf") || a == QLatin1String("--report") ||
               a == QLatin1String("--export") || a.startsWith(QLatin1String("--export=")) ||
               a.startsWith(QLatin1String("--pdf=")) || a.startsWith(QLatin1String("--report=")) ||
               suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
               suffix == QLatin1String("xhtml");
    });
}

void CheckCommand::writeUtf8(const QByteArray &bytes)
{
    // Megabytes of JSON need not go through UTF-16 and back: a stream on a file or the
    // standard output takes the bytes as they are.
    if (QIODevice *device = m_out.device()) {
        m_out.flush();
        if (device->write(bytes) != bytes.size())
            m_out.setStatus(QTextStream::WriteFailed);
    } else {
        m_out << QString::fromUtf8(bytes);
    }
}

bool CheckCommand::outputWritten()
{
    m_out.flush();
    if (auto *file = qobject_cast<QFileDevice *>(m_out.device())) {
        if (!file->flush() || file->error() != QFileDevice::NoError)
            return false;
    }
    return m_out.status() == QTextStream::Ok;
}

int CheckCommand::usageError(const QString &message)
{
    m_err << kProgram << ": error: " << message << '\n'
          << "Try '" << kProgram << " --help' for more information.\n";
    m_err.flush();
    return 2;
}

// The stages of one run: rules and spelling, the inputs analysed in parallel, the review
// and baseline, the exports, and the report. Each stage writes its own errors.
struct CheckCommand::Run
{
    Options options;
    std::shared_ptr<const RuleSet> rules;
    std::shared_ptr<SpellChecker> spelling;
    QList<FileReport> checked;
    bool failed = false;    // an input could not be read or an output not be written
    QStringList unreadable; ///< "path: why" of each input that could not be read
};

QString CheckCommand::prepare(Run *run)
{
    const RuleSetLoad built = loadRuleSet(run->options.rulePacks, {}, PackFailure::Fail);
    if (!built.rules)
        return built.problems.constFirst();
    run->rules = built.rules;
    if (!run->options.spell)
        return {};
    run->spelling = createSpellChecker(run->options.language, run->rules);
    if (run->spelling && run->spelling->ensureLoaded())
        return {};
    const QStringList installed = Dictionaries::available().keys();
    return QStringLiteral("no spelling dictionary for %1 (installed: %2)")
        .arg(run->options.language,
             installed.isEmpty() ? QStringLiteral("none") : installed.join(QStringLiteral(", ")));
}

void CheckCommand::analyseInputs(const Analyzer &analyzer, QThreadPool &pool, Run *run)
{
    // Each input is read and analysed on the pool; results keep the order of the inputs.
    const QStringList &paths = run->options.inputs;
    QList<InputText> inputs(paths.size());
    QList<FileReport> reports(paths.size());
    // Documents are converted first, on this thread: Qt's HTML import is not for the pool.
    QList<bool> converted(paths.size(), false);
    for (qsizetype i = 0; i < paths.size() && m_convert; ++i) {
        if (const std::optional<ConvertedInput> document = m_convert(paths.at(i))) {
            inputs[i] = {paths.at(i), document->text, document->error};
            converted[i] = true;
        }
    }
    for (qsizetype i = 0; i < paths.size(); ++i) {
        // The path is copied: indexing the shared list from several threads would detach it
        // concurrently.
        pool.start([&, i, path = paths.at(i)] {
            if (!converted[i])
                inputs[i] = readInput(path);
            if (inputs[i].error.isEmpty()) {
                reports[i] = {inputs[i].path, inputs[i].text, analyzer.analyze(inputs[i].text)};
                reports[i].converted = converted[i];
                reports[i].byteOrderMark = inputs[i].encoding == TextEncoding::Utf8WithBom;
            }
        });
    }
    pool.waitForDone();
    if (run->spelling)
        addSpellingSuggestions(*run->spelling, pool, &reports);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (inputs[i].error.isEmpty()) {
            run->checked.append(reports[i]);
            continue;
        }
        run->failed = true;
        run->unreadable.append(inputName(inputs[i].path) + QStringLiteral(": ") + inputs[i].error);
        m_err << kProgram << ": " << run->unreadable.last() << '\n';
    }
}

void CheckCommand::exportAndFix(const Analyzer &analyzer, Run *run)
{
    const Options &options = run->options;
    const auto exported = [&](const QString &out, const QString &error) {
        if (error.isEmpty())
            return;
        m_err << kProgram << ": " << out << ": " << error << '\n';
        run->failed = true;
    };
    const QString unavailable = QStringLiteral("PDF export is not available in this build");
    for (const FileReport &report : std::as_const(run->checked)) {
        const QString fixed =
            applyEdits(report.text, firstSuggestionEdits(report.text, report.analysis.findings));
        const QString name = inputFileName(report.path);
        if (!options.pdf.isEmpty()) {
            exported(options.pdf, m_pdf.posting ? m_pdf.posting(options.fix ? fixed : report.text,
                                                                name, options.pdf)
                                                : unavailable);
        }
        if (!options.exportTo.isEmpty()) {
            exported(options.exportTo,
                     m_pdf.document
                         ? m_pdf.document(options.fix ? fixed : report.text, name, options.exportTo)
                         : unavailable);
        }
        if (!options.report.isEmpty()) {
            // With --fix the report describes the fixed posting, and says so.
            FileReport described = report;
            if (options.fix) {
                described.text = fixed;
                described.analysis = analyzer.analyze(fixed);
                described.baseline.reset();
                described.review.reset();
                described.fixedText = true;
            }
            exported(options.report,
                     m_pdf.report ? m_pdf.report(described, options.report) : unavailable);
        }
        if (options.fix)
            m_out << (report.byteOrderMark ? QStringLiteral("\uFEFF") : QString()) << fixed;
    }
    m_err.flush();
}

void CheckCommand::writeReport(QThreadPool &pool, const Run &run)
{
    if (run.options.fix) {
        // The fixed text is already written.
    } else if (run.options.format == Format::Json) {
        // Laying out the JSON costs more than the analysis: it is done per file on the pool.
        QList<QByteArray> entries(run.checked.size());
        for (qsizetype i = 0; i < run.checked.size(); ++i)
            pool.start([&, i] { entries[i] = jsonFileEntry(run.checked.at(i)); });
        pool.waitForDone();
        writeUtf8(jsonReport(entries));
    } else if (run.options.format == Format::Sarif) {
        writeUtf8(
            sarifReport(run.checked, *run.rules, QStringLiteral(ROLELENS_VERSION), run.unreadable));
    } else {
        for (const FileReport &report : run.checked)
            m_out << textReport(report, run.options.color);
    }
    m_out.flush();
}

int CheckCommand::run(const QStringList &arguments, bool terminal)
{
    QCommandLineParser parser;
    describe(&parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << kProgram << ' ' << QStringLiteral(ROLELENS_VERSION) << '\n';
        return 0;
    }
    Run run;
    if (const QString problem = readOptions(parser, terminal, &run.options); !problem.isEmpty())
        return usageError(problem);
    if (const QString problem = prepare(&run); !problem.isEmpty())
        return usageError(problem);

    Analyzer analyzer(run.rules, run.spelling);
    if (!run.options.jurisdiction.isEmpty()) {
        if (!run.rules->jurisdiction(run.options.jurisdiction)) {
            QStringList known{QStringLiteral("none")};
            for (const JurisdictionSpec &jurisdiction : run.rules->postingChecks().jurisdictions)
                known.append(jurisdiction.id);
            return usageError(QStringLiteral("unknown --jurisdiction \"%1\" (use %2)")
                                  .arg(run.options.jurisdiction, known.join(QStringLiteral(", "))));
        }
        analyzer.setJurisdiction(run.options.jurisdiction);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(run.options.jobs);
    analyseInputs(analyzer, pool, &run);
    if (!run.failed && run.checked.size() == 1) {
        if (const QString problem =
                addBaselineAndReview(run.options, analyzer, &run.checked.first());
            !problem.isEmpty()) {
            m_err << kProgram << ": " << problem << '\n';
            m_err.flush();
            return 2;
        }
    }
    m_err.flush();
    exportAndFix(analyzer, &run);
    writeReport(pool, run);
    if (!outputWritten()) {
        // A full disk or a closed pipe must not pass for an empty report that found nothing.
        m_err << kProgram << ": cannot write the output: "
              << (m_out.device() ? m_out.device()->errorString() : QStringLiteral("write failed"))
              << '\n';
        m_err.flush();
        return 2;
    }
    if (run.failed)
        return 2;
    return fails(run.checked, run.options.failOn) ? 1 : 0;
}

} // namespace rolelens
