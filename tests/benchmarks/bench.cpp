// rolelens-bench: medians of the analysis costs that DESIGN.md sets targets for.
// Not a test: run it pinned to one core, e.g. `taskset -c 0 ./rolelens-bench --json`.

#include "analyzer.h"
#include "dictionaries.h"
#include "pdfexporter.h"
#include "spellchecker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QTextStream>
#include <algorithm>
#include <functional>
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
    while (text.toUtf8().size() > bytes) {
        const qsizetype cut = text.lastIndexOf(QLatin1Char('\n'), text.size() - 2);
        text.truncate(cut + 1);
    }
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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // PDF export needs fonts, not a screen
    QGuiApplication app(argc, argv);
    const bool json = QCoreApplication::arguments().contains(QStringLiteral("--json"));
    const Analyzer analyzer;
    const QString sample = samplePosting();
    const QString small = textOfSize(sample, 5 * 1024);
    const QString large = textOfSize(sample, 1024 * 1024);
    const double largeMb = double(large.toUtf8().size()) / (1024.0 * 1024.0);

    int sink = 0; // keeps the optimiser from dropping the work
    const double smallMs =
        medianMs(2001, [&] { sink += int(analyzer.analyze(small).findings.size()); });
    const double largeMs =
        medianMs(31, [&] { sink += int(analyzer.analyze(large).findings.size()); });

    // A keystroke in a 1 MB document: the incremental analyzer re-analyses one paragraph.
    IncrementalAnalyzer incremental;
    QString edited = large;
    sink += int(incremental.analyze(edited).findings.size());
    const qsizetype middle = edited.indexOf(QStringLiteral("Must have:"), edited.size() / 2);
    int round = 0;
    const double keystrokeMs = medianMs(31, [&] {
        edited[middle] = (round++ % 2) ? QLatin1Char('M') : QLatin1Char('m');
        sink += int(incremental.analyze(edited).findings.size());
    });

    // Spelling: loading the dictionary once, then checking words with a warm cache (the
    // editor's steady state; every distinct word is looked up in Hunspell once).
    double loadMs = -1;
    double wordsPerSecond = -1;
    if (const auto speller = createSpellChecker(QStringLiteral("en_US"), RuleSet::builtin())) {
        QElapsedTimer timer;
        timer.start();
        speller->ensureLoaded();
        loadMs = double(timer.nsecsElapsed()) / 1e6;
        const QList<Token> tokens = tokenize(large);
        const qsizetype words = std::count_if(tokens.cbegin(), tokens.cend(), [](const Token &t) {
            return t.kind == TokenKind::Word;
        });
        sink += int(speller->misspellings(large, tokens).size()); // warms the cache
        const double checkMs =
            medianMs(11, [&] { sink += int(speller->misspellings(large, tokens).size()); });
        wordsPerSecond = double(words) / (checkMs / 1000.0);
    }

    // PDF export of a posting of about ten pages (the sample, five times over).
    const QString tenPages = sample.repeated(5);
    int pages = 0;
    const QString pdfPath = QDir::temp().filePath(QStringLiteral("rolelens-bench.pdf"));
    const double pdfMs = medianMs(5, [&] {
        const auto document = PdfExporter::postingDocument(tenPages);
        sink += PdfExporter::writePdf(*document, pdfPath, {}).size();
    });
    {
        const auto document = PdfExporter::postingDocument(tenPages);
        QPdfWriter writer(QDir::temp().filePath(QStringLiteral("rolelens-bench-pages.pdf")));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        document->setPageSize(QPageSize(QPageSize::A4).sizePoints());
        pages = document->pageCount();
    }
    QFile::remove(pdfPath);

    QTextStream out(stdout);
    if (json) {
        const QJsonObject result{
            {QStringLiteral("analyze_5kb_ms"), smallMs},
            {QStringLiteral("analyze_1mb_mbps"), largeMb / (largeMs / 1000.0)},
            {QStringLiteral("keystroke_1mb_ms"), keystrokeMs},
            {QStringLiteral("spell_load_ms"), loadMs},
            {QStringLiteral("spell_words_per_s"), wordsPerSecond},
            {QStringLiteral("pdf_export_10_pages_ms"), pdfMs},
        };
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << QStringLiteral("full analysis, 5 KB posting:     %1 ms (median of 2001)\n")
                   .arg(smallMs, 0, 'f', 4)
            << QStringLiteral("full analysis, 1 MB of postings: %1 ms = %2 MB/s (median of 31)\n")
                   .arg(largeMs, 0, 'f', 2)
                   .arg(largeMb / (largeMs / 1000.0), 0, 'f', 1)
            << QStringLiteral(
                   "keystroke in a 1 MB document:    %1 ms (incremental, median of 31)\n")
                   .arg(keystrokeMs, 0, 'f', 3)
            << QStringLiteral("en_US dictionary load:           %1 ms\n").arg(loadMs, 0, 'f', 1)
            << QStringLiteral("spell check, warm cache:         %1 words/s (median of 11)\n")
                   .arg(wordsPerSecond, 0, 'f', 0)
            << QStringLiteral("PDF export, ~%1-page posting:    %2 ms (median of 5)\n")
                   .arg(pages)
                   .arg(pdfMs, 0, 'f', 1);
    }
    return sink < 0 ? 1 : 0;
}
