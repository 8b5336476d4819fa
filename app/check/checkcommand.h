#pragma once

#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

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
    /// --export: the posting in the format \a out's suffix names (pdf, docx, odt, html).
    std::function<QString(const QString &markdown, const QString &fileName, const QString &out)>
        document;
};

/// A posting saved as .docx, .odt or .html, converted into Markdown-flavoured text: the text,
/// or a one-line error that says what to do.
struct ConvertedInput
{
    QString text;
    QString error;
};
/// Converts the input \a path when it is a document rather than plain text, else returns
/// std::nullopt. Like the PDF writers it lives outside core (HTML import needs Qt Gui).
using InputConverter = std::function<std::optional<ConvertedInput>(const QString &path)>;

class CheckCommand
{
public:
    CheckCommand(QTextStream &out, QTextStream &err, PdfExport pdf = {},
                 InputConverter convert = {})
        : m_out(out), m_err(err), m_pdf(std::move(pdf)), m_convert(std::move(convert))
    {}

    /// Whether \a arguments ask for a PDF or name an HTML input (the program then needs a
    /// GUI application object).
    [[nodiscard]] static bool needsGui(const QStringList &arguments);

    /// \a arguments includes the program name, as QCoreApplication::arguments() gives it.
    /// \a terminal: standard output is a terminal (colour in text output by default).
    int run(const QStringList &arguments, bool terminal);

private:
    struct Run;
    /// Builds the rule set and the spelling checker; returns a usage error or empty.
    QString prepare(Run *run);
    void analyseInputs(const Analyzer &analyzer, QThreadPool &pool, Run *run);
    /// Writes --pdf and --report, and with --fix the fixed postings.
    void exportAndFix(const Analyzer &analyzer, Run *run);
    void writeReport(QThreadPool &pool, const Run &run);
    int usageError(const QString &message);
    /// Flushes the output; false if any of it could not be written (a full disk, a closed
    /// standard output).
    [[nodiscard]] bool outputWritten();
    void writeUtf8(const QByteArray &bytes);

    QTextStream &m_out;
    QTextStream &m_err;
    PdfExport m_pdf;
    InputConverter m_convert;
};

} // namespace rolelens
