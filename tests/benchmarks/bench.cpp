// rolelens-bench: medians of the figures DESIGN.md sets targets for (see README.md here).
// Not a test: run it pinned to one core, e.g. `taskset -c 0 ./rolelens-bench --json`.

#include "editor/analysiscontroller.h"
#include "editor/postingeditor.h"
#include "engine/analyzer.h"
#include "export/pdfexporter.h"
#include "spelling/dictionaries.h"
#include "spelling/spellchecker.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <sched.h>
#include <sys/resource.h>
#include <vector>

using namespace rolelens;

namespace {

QString samplePosting()
{
    QFile file(QStringLiteral(ROLELENS_SOURCE_DIR "/resources/samples/sample-posting.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample posting: %s", qPrintable(file.errorString()));
    return QString::fromUtf8(file.readAll());
}

// The sample repeated until it reaches \a bytes of UTF-8 (cut at a line end).
QString textOfSize(const QString &sample, qsizetype bytes)
{
    QString text;
    while (text.toUtf8().size() < bytes)
        text += sample + QLatin1Char('\n');
    while (text.toUtf8().size() > bytes)
        text.truncate(text.lastIndexOf(QLatin1Char('\n'), text.size() - 2) + 1);
    return text;
}

// Median wall time of \a run in milliseconds over \a rounds rounds.
double medianMs(int rounds, const std::function<void()> &run)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

// Runs a program to its end; false if it failed. With \a allCores, the child may use every
// core even when the benchmark itself is pinned to one (taskset), so --jobs can scale.
bool runProgram(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                bool allCores = false)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (allCores) {
        process.setChildProcessModifier([] {
            cpu_set_t all;
            CPU_ZERO(&all);
            for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
                CPU_SET(cpu, &all);
            sched_setaffinity(0, sizeof(all), &all);
        });
    }
    process.start(program, arguments);
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() <= 1;
}

// The editor's environment for a measured run: offscreen, scratch settings, a hook that
// quits at \a moment ("paint" or "analysis").
QProcessEnvironment editorEnvironment(const QString &moment, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("ROLELENS_EXIT_AFTER"), moment);
    return environment;
}

// Keystroke to highlight in a real editor window: the time from a key press until the
// analysis of the edited 1 MB document has been applied to highlighter, editor and dock,
// with no debounce.
double keystrokeMs(const QString &large)
{
    MainWindow window;
    window.analysis()->setDebounceMs(0);
    window.newFromText(large);
    window.show();
    QEventLoop loop;
    QObject::connect(window.analysis(), &AnalysisController::analysisReady, &loop,
                     &QEventLoop::quit, Qt::QueuedConnection);
    loop.exec(); // the first, full analysis
    QTextCursor cursor(window.editor()->document());
    cursor.setPosition(int(large.indexOf(QStringLiteral("Must have:"), large.size() / 2)));
    int round = 0;
    return medianMs(21, [&] {
        cursor.insertText((round++ % 2) ? QStringLiteral("x") : QStringLiteral("y"));
        loop.exec(); // quits once MainWindow has handled the analysis (queued after it)
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RoleLensBench")); // never the user's settings
    const bool json = QCoreApplication::arguments().contains(QStringLiteral("--json"));
    // --analysis: the two analysis figures alone, for a quick before/after while optimising.
    const bool analysisOnly = QCoreApplication::arguments().contains(QStringLiteral("--analysis"));
    const Analyzer analyzer;
    const QString sample = samplePosting();
    const QString small = textOfSize(sample, 5 * 1024);
    const QString large = textOfSize(sample, 1024 * 1024);
    const double largeMb = double(large.toUtf8().size()) / (1024.0 * 1024.0);
    QTemporaryDir scratch;

    int sink = 0; // keeps the optimiser from dropping the work
    const double smallMs =
        medianMs(2001, [&] { sink += int(analyzer.analyze(small).findings.size()); });
    const double largeMs =
        medianMs(31, [&] { sink += int(analyzer.analyze(large).findings.size()); });
    if (analysisOnly) {
        QTextStream(stdout) << QStringLiteral("analyze_5kb_ms %1\nanalyze_1mb_mbps %2\n")
                                   .arg(smallMs, 0, 'f', 4)
                                   .arg(largeMb / (largeMs / 1000.0), 0, 'f', 1);
        return sink < 0 ? 1 : 0;
    }
    const double keystroke = keystrokeMs(large);

    // Spell checking with a warm cache: every distinct word has been looked up once.
    double wordsPerSecond = -1;
    if (const auto speller = createSpellChecker(QStringLiteral("en_US"), RuleSet::builtin())) {
        const QList<Token> tokens = tokenize(large);
        const auto words = std::count_if(tokens.cbegin(), tokens.cend(),
                                         [](const Token &t) { return t.kind == TokenKind::Word; });
        sink += int(speller->misspellings(large, tokens).size());
        wordsPerSecond =
            double(words) /
            (medianMs(11, [&] { sink += int(speller->misspellings(large, tokens).size()); }) /
             1000.0);
    }

    // PDF export of a posting of about ten pages.
    const QString tenPages = sample.repeated(5);
    const QString pdfPath = scratch.filePath(QStringLiteral("bench.pdf"));
    const double pdfMs = medianMs(5, [&] {
        const auto document = PdfExporter::postingDocument(tenPages);
        sink += int(PdfExporter::writePdf(*document, pdfPath, {}).size());
    });

    // The real editor binary: start-up to the first painted window with the sample, and
    // peak memory with 1 MB open and analysed (the largest child's maximum RSS).
    const QString editor = QStringLiteral(ROLELENS_APP);
    const double startupMs = medianMs(5, [&] {
        runProgram(editor, {}, editorEnvironment(QStringLiteral("paint"), scratch.path()));
    });
    const QString largeFile = scratch.filePath(QStringLiteral("large.md"));
    writeFile(largeFile, large);
    runProgram(editor, {largeFile}, editorEnvironment(QStringLiteral("analysis"), scratch.path()));
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double peakRssMb = double(usage.ru_maxrss) / 1024.0;

    // rolelens-check over 1 000 postings with one and two jobs.
    QStringList postings;
    for (int i = 0; i < 1000; ++i) {
        postings.append(scratch.filePath(QStringLiteral("p%1.md").arg(i)));
        writeFile(postings.last(), sample + QStringLiteral("\nPosting %1.\n").arg(i));
    }
    const QString checker = QStringLiteral(ROLELENS_CHECK);
    const auto checkMs = [&](int jobs) {
        return medianMs(3, [&] {
            runProgram(checker,
                       QStringList{QStringLiteral("--jobs"), QString::number(jobs),
                                   QStringLiteral("--format"), QStringLiteral("json")} +
                           postings,
                       QProcessEnvironment::systemEnvironment(), true);
        });
    };
    const double oneJob = checkMs(1);
    const double twoJobs = checkMs(2);

    QTextStream out(stdout);
    if (json) {
        const QJsonObject result{
            {QStringLiteral("analyze_5kb_ms"), smallMs},
            {QStringLiteral("analyze_1mb_mbps"), largeMb / (largeMs / 1000.0)},
            {QStringLiteral("keystroke_1mb_ms"), keystroke},
            {QStringLiteral("startup_ms"), startupMs},
            {QStringLiteral("peak_rss_1mb_mb"), peakRssMb},
            {QStringLiteral("spell_words_per_s"), wordsPerSecond},
            {QStringLiteral("pdf_10pages_ms"), pdfMs},
        };
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const auto row = [&](const char *what, double value, const char *unit, const char *target) {
            out << QStringLiteral("%1 %2 %3   (target %4)\n")
                       .arg(QLatin1String(what), -46)
                       .arg(value, 10, 'f', value < 10 ? 3 : 1)
                       .arg(QLatin1String(unit), -8)
                       .arg(QLatin1String(target));
        };
        row("full analysis, 5 KB posting", smallMs, "ms", "<= 0.2 ms");
        row("full analysis, 1 MB of postings", largeMb / (largeMs / 1000.0), "MB/s", ">= 50 MB/s");
        row("keystroke -> highlight, 1 MB, real editor", keystroke, "ms", "<= 16 ms");
        row("cold start to first paint, sample loaded", startupMs, "ms", "<= 400 ms");
        row("peak memory, 1 MB open and analysed", peakRssMb, "MB", "<= 150 MB");
        row("spell check, warm cache", wordsPerSecond, "words/s", "-");
        row("PDF export, ten-page posting", pdfMs, "ms", "<= 1000 ms");
        row("rolelens-check, 1000 postings, --jobs 1", oneJob, "ms", "-");
        row("rolelens-check, 1000 postings, --jobs 2", twoJobs, "ms", "faster with 2 cores");
    }
    return sink < 0 ? 1 : 0;
}
