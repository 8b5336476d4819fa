#pragma once

#include <QStringList>
#include <QTextStream>
#include <functional>

class QThreadPool;

namespace rolelens {

/// `rolelens-check`: parses the command line, checks every input (in parallel), prints the
/// report and returns the exit status of the CLI contract:
/// 0 nothing at or above --fail-on, 1 there is, 2 usage error or an unreadable input.
struct FileReport;
class Analyzer;

/// PDF writers for --pdf and --report. They live outside core (they need Qt Gui), so the
/// program that runs the command passes them in. Each returns an error message or empty.
struct PdfExport
{
    std::function<QString(const QString &markdown, const QString &fileName, const QString &out)>
        posting;
    std::function<QString(const FileReport &report, const QString &out)> report;
};

class CheckCommand
{
public:
    CheckCommand(QTextStream &out, QTextStream &err, PdfExport pdf = {})
        : m_out(out), m_err(err), m_pdf(std::move(pdf))
    {}

    /// Whether \a arguments ask for a PDF (the program then needs a GUI application object).
    [[nodiscard]] static bool wantsPdf(const QStringList &arguments);

    /// \a arguments includes the program name, as QCoreApplication::arguments() gives it.
    /// \a terminal: standard output is a terminal (colour in text output by default).
    int run(const QStringList &arguments, bool terminal);

private:
    struct Run;
    /// Builds the rule set and the spelling checker; returns a usage error or empty.
    QString prepare(Run *run);
    void analyseInputs(const Analyzer &analyzer, QThreadPool &pool, Run *run);
    /// Writes --pdf and --report, and with --fix the fixed postings.
    void exportAndFix(Run *run);
    void writeReport(QThreadPool &pool, const Run &run);
    int usageError(const QString &message);
    void writeUtf8(const QByteArray &bytes);

    QTextStream &m_out;
    QTextStream &m_err;
    PdfExport m_pdf;
};

} // namespace rolelens
