#include "check/checkcommand.h"
#include "export/documentexport.h"
#include "export/pdfexporter.h"
#include "import/documentimport.h"
#include "io/inputreader.h"
#include "report/reports.h"

#include <QGuiApplication>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace rolelens;

namespace {

// The PDF writers need Qt Gui; the checker itself does not, so the CLI starts a GUI
// application (on the offscreen platform unless told otherwise) only for --pdf/--report.
PdfExport pdfExport()
{
    PdfExport pdf;
    pdf.posting = [](const QString &markdown, const QString &fileName, const QString &out) {
        const auto document = PdfExporter::postingDocument(markdown);
        return PdfExporter::writePdf(*document, out,
                                     PdfExporter::options(PdfKind::Posting, markdown, fileName));
    };
    pdf.document = [](const QString &markdown, const QString &fileName, const QString &out) {
        return exportPosting(markdown, out, exportFormatOf(out).value_or(ExportFormat::Pdf),
                             PdfExporter::options(PdfKind::Posting, markdown, fileName));
    };
    pdf.report = [](const FileReport &report, const QString &out) {
        const QString name = inputFileName(report.path);
        const auto document = PdfExporter::reportDocument(report);
        return PdfExporter::writePdf(*document, out,
                                     PdfExporter::options(PdfKind::Report, {}, name));
    };
    return pdf;
}

// Postings saved from Word, LibreOffice or a web page are read as Markdown-flavoured text.
std::optional<ConvertedInput> convertDocument(const QString &path)
{
    const DocumentFormat format = documentFormatOf(path);
    if (format == DocumentFormat::Text)
        return std::nullopt;
    const ImportedDocument document = importDocumentFile(path, format);
    return ConvertedInput{document.markdown, document.error};
}

// The offscreen platform warns about a missing XDG_RUNTIME_DIR, which means nothing for a
// command-line run; every other message goes through.
QtMessageHandler g_defaultHandler = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (CheckCommand::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietMessages);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("rolelens-check"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLELENS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CheckCommand command(out, err, pdfExport(), convertDocument);
    return command.run(QCoreApplication::arguments(), isatty(fileno(stdout)) != 0);
}
