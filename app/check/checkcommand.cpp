#include "check/checkcommand.h"

#include "edits/textedits.h"
#include "engine/analyzer.h"
#include "io/inputreader.h"
#include "report/reports.h"
#include "review/reviewfile.h"
#include "rules/rulesetloader.h"
#include "spelling/dictionaries.h"
#include "spelling/spellchecker.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <optional>

namespace rolelens {

namespace {

const QString kProgram = QStringLiteral("rolelens-check");

enum class Format
{
    Text,
    Json,
    Sarif
};

struct Options
{
    Format format = Format::Text;
    std::optional<Severity> failOn = Severity::Error; // nullopt: never fail
    bool fix = false;
    bool color = false;
    int jobs = 1;
    QStringList rulePacks;
    bool spell = false;
    QString pdf;
    QString report;
    QString language;
    QString review;
    QString baseline;
    QStringList inputs;
};

void describe(QCommandLineParser *parser)
{
    parser->setApplicationDescription(QStringLiteral(
        "Checks Technical Project Manager job postings for demands that belong to a software\n"
        "developer: coding skills, engineering duties, engineering degrees, combined roles, "
        "hype."));
    parser->addOptions({
        {QStringLiteral("format"),
         QStringLiteral("Output format: text, json or sarif (default: text)."),
         QStringLiteral("FORMAT"), QStringLiteral("text")},
        {QStringLiteral("fail-on"),
         QStringLiteral("Exit with 1 when a finding is at least this severe: error, warning, info "
                        "or never (default: error)."),
         QStringLiteral("SEVERITY"), QStringLiteral("error")},
        {QStringLiteral("rules"), QStringLiteral("Add a team rule pack (JSON); may be repeated."),
         QStringLiteral("PACK")},
        {QStringLiteral("fix"),
         QStringLiteral("Print the posting with every finding's first suggestion applied.")},
        {QStringLiteral("jobs"), QStringLiteral("Check N files in parallel (default: all cores)."),
         QStringLiteral("N")},
        {QStringLiteral("color"),
         QStringLiteral("Colour text output: auto, always or never (default: auto)."),
         QStringLiteral("WHEN"), QStringLiteral("auto")},
        {QStringLiteral("pdf"),
         QStringLiteral("Export the posting (after --fix, if given) to PDF."),
         QStringLiteral("OUT.pdf")},
        {QStringLiteral("report"), QStringLiteral("Export the review report to PDF."),
         QStringLiteral("OUT.pdf")},
        {QStringLiteral("spell"),
         QStringLiteral("Also report misspelled words (category spelling).")},
        {QStringLiteral("review"),
         QStringLiteral("Apply a review file (posting.md.review.json): report its comments and "
                        "decisions, and leave out the findings it keeps."),
         QStringLiteral("FILE")},
        {QStringLiteral("baseline"),
         QStringLiteral("Compare with an earlier version of the posting: report the findings "
                        "added and fixed; exit with 1 if an error was added."),
         QStringLiteral("OLD")},
        {QStringLiteral("lang"),
         QStringLiteral("Spelling dictionary, e.g. en_US or en_GB (default: en_US)."),
         QStringLiteral("LANG"), QString::fromLatin1(Dictionaries::kDefaultLanguage)},
    });
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addPositionalArgument(QStringLiteral("FILE"),
                                  QStringLiteral("Postings to check; - reads standard input."),
                                  QStringLiteral("FILE...|-"));
}

// Returns an error message, or an empty string when the options are usable.
QString readOptions(const QCommandLineParser &parser, bool terminal, Options *options)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("text"))
        options->format = Format::Text;
    else if (format == QLatin1String("json"))
        options->format = Format::Json;
    else if (format == QLatin1String("sarif"))
        options->format = Format::Sarif;
    else
        return QStringLiteral("unknown --format \"%1\" (use text, json or sarif)").arg(format);

    const QString failOn = parser.value(QStringLiteral("fail-on"));
    if (failOn == QLatin1String("never"))
        options->failOn.reset();
    else if (!(options->failOn = severityFromName(failOn)))
        return QStringLiteral("unknown --fail-on \"%1\" (use error, warning, info or never)")
            .arg(failOn);

    const QString color = parser.value(QStringLiteral("color"));
    if (color != QLatin1String("auto") && color != QLatin1String("always") &&
        color != QLatin1String("never"))
        return QStringLiteral("unknown --color \"%1\" (use auto, always or never)").arg(color);
    options->color =
        color == QLatin1String("always") ||
        (color == QLatin1String("auto") && terminal && qEnvironmentVariableIsEmpty("NO_COLOR"));

    options->jobs = QThread::idealThreadCount();
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        options->jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || options->jobs < 1)
            return QStringLiteral("--jobs needs a positive number");
    }
    options->fix = parser.isSet(QStringLiteral("fix"));
    options->rulePacks = parser.values(QStringLiteral("rules"));
    options->spell = parser.isSet(QStringLiteral("spell"));
    options->pdf = parser.value(QStringLiteral("pdf"));
    options->report = parser.value(QStringLiteral("report"));
    options->language = parser.value(QStringLiteral("lang"));
    options->review = parser.value(QStringLiteral("review"));
    options->baseline = parser.value(QStringLiteral("baseline"));
    options->inputs = parser.positionalArguments();
    if (options->inputs.isEmpty())
        return QStringLiteral("no input: give one or more files, or - for standard input");
    if (options->fix && options->inputs.size() != 1)
        return QStringLiteral("--fix takes exactly one input");
    if ((!options->pdf.isEmpty() || !options->report.isEmpty()) && options->inputs.size() != 1)
        return QStringLiteral("--pdf and --report take exactly one input");
    if (!options->review.isEmpty() && options->inputs.size() != 1)
        return QStringLiteral("--review takes exactly one input: the posting it reviews");
    if (!options->baseline.isEmpty() && options->inputs.size() != 1)
        return QStringLiteral("--baseline takes exactly one input: the posting to compare");
    if ((options->inputs + QStringList{options->baseline}).count(QStringLiteral("-")) > 1)
        return QStringLiteral("standard input (-) can be read only once");
    return {};
}

bool fails(const QList<FileReport> &reports, const std::optional<Severity> &failOn)
{
    for (const FileReport &report : reports) {
        // A posting that got worse fails whatever --fail-on says.
        if (report.baseline && report.baseline->comparison.newErrors() > 0)
            return true;
        if (!failOn)
            continue;
        for (const Finding &finding : report.analysis.findings) {
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

bool CheckCommand::wantsPdf(const QStringList &arguments)
{
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a == QLatin1String("--pdf") || a == QLatin1String("--report") ||
               a.startsWith(QLatin1String("--pdf=")) || a.startsWith(QLatin1String("--report="));
    });
}

void CheckCommand::writeUtf8(const QByteArray &bytes)
{
    // Megabytes of JSON need not go through UTF-16 and back: a stream on a file or the
    // standard output takes the bytes as they are.
    if (QIODevice *device = m_out.device()) {
        m_out.flush();
        device->write(bytes);
    } else {
        m_out << QString::fromUtf8(bytes);
    }
}

int CheckCommand::usageError(const QString &message)
{
    m_err << kProgram << ": error: " << message << '\n'
          << "Try '" << kProgram << " --help' for more information.\n";
    m_err.flush();
    return 2;
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
    Options options;
    if (const QString problem = readOptions(parser, terminal, &options); !problem.isEmpty())
        return usageError(problem);

    const RuleSetLoad built = loadRuleSet(options.rulePacks, {}, PackFailure::Fail);
    if (!built.rules)
        return usageError(built.problems.constFirst());
    std::shared_ptr<SpellChecker> spelling;
    if (options.spell) {
        spelling = createSpellChecker(options.language, built.rules);
        if (!spelling || !spelling->ensureLoaded()) {
            const QStringList installed = Dictionaries::available().keys();
            return usageError(QStringLiteral("no spelling dictionary for %1 (installed: %2)")
                                  .arg(options.language,
                                       installed.isEmpty() ? QStringLiteral("none")
                                                           : installed.join(QStringLiteral(", "))));
        }
    }
    const Analyzer analyzer(built.rules, spelling);

    // Each input is read and analysed on the pool; results keep the order of the inputs.
    QList<InputText> inputs(options.inputs.size());
    QList<FileReport> reports(options.inputs.size());
    QThreadPool pool;
    pool.setMaxThreadCount(options.jobs);
    for (qsizetype i = 0; i < options.inputs.size(); ++i) {
        // The path is copied: indexing the shared list from several threads would detach it
        // concurrently.
        pool.start([&, i, path = options.inputs.at(i)] {
            inputs[i] = readInput(path);
            if (inputs[i].error.isEmpty())
                reports[i] = {inputs[i].path, inputs[i].text, analyzer.analyze(inputs[i].text)};
        });
    }
    pool.waitForDone();
    if (spelling)
        addSpellingSuggestions(*spelling, pool, &reports);

    QList<FileReport> checked;
    bool unreadable = false;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (inputs[i].error.isEmpty()) {
            checked.append(reports[i]);
            continue;
        }
        unreadable = true;
        const QString name = inputs[i].path == QLatin1String("-") ? QStringLiteral("standard input")
                                                                  : inputs[i].path;
        m_err << kProgram << ": " << name << ": " << inputs[i].error << '\n';
    }
    if (!unreadable && checked.size() == 1) {
        if (const QString problem = addBaselineAndReview(options, analyzer, &checked.first());
            !problem.isEmpty()) {
            m_err << kProgram << ": " << problem << '\n';
            m_err.flush();
            return 2;
        }
    }
    m_err.flush();

    bool exportFailed = false;
    const auto exported = [&](const QString &out, const QString &error) {
        if (error.isEmpty())
            return;
        m_err << kProgram << ": " << out << ": " << error << '\n';
        exportFailed = true;
    };
    const QString unavailable = QStringLiteral("PDF export is not available in this build");
    for (const FileReport &report : std::as_const(checked)) {
        const QString fixed =
            applyEdits(report.text, firstSuggestionEdits(report.text, report.analysis.findings));
        const QString name = report.path == QLatin1String("-") ? QStringLiteral("stdin")
                                                               : QFileInfo(report.path).fileName();
        if (!options.pdf.isEmpty()) {
            exported(options.pdf, m_pdf.posting ? m_pdf.posting(options.fix ? fixed : report.text,
                                                                name, options.pdf)
                                                : unavailable);
        }
        if (!options.report.isEmpty())
            exported(options.report,
                     m_pdf.report ? m_pdf.report(report, options.report) : unavailable);
        if (options.fix)
            m_out << fixed;
    }
    m_err.flush();
    if (options.fix) {
        // The fixed text is already written.
    } else if (options.format == Format::Json) {
        // Laying out the JSON costs more than the analysis: it is done per file on the pool.
        QList<QByteArray> entries(checked.size());
        for (qsizetype i = 0; i < checked.size(); ++i)
            pool.start([&, i] { entries[i] = jsonFileEntry(checked.at(i)); });
        pool.waitForDone();
        writeUtf8(jsonReport(entries));
    } else if (options.format == Format::Sarif) {
        writeUtf8(sarifReport(checked, *built.rules, QStringLiteral(ROLELENS_VERSION)));
    } else {
        for (const FileReport &report : std::as_const(checked))
            m_out << textReport(report, options.color);
    }
    m_out.flush();
    if (unreadable || exportFailed)
        return 2;
    return fails(checked, options.failOn) ? 1 : 0;
}

} // namespace rolelens
