#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RoleLens"));
    QApplication::setOrganizationName(QStringLiteral("RoleLens"));
    QApplication::setApplicationVersion(QStringLiteral(ROLELENS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write and review Technical Project Manager postings."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral("Posting to open; without one, the sample posting opens."));
    parser.process(app);

    rolelens::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openFile(files.first())) {
        QFile sample(QStringLiteral(":/samples/sample-posting.md"));
        window.newFromText(sample.open(QIODevice::ReadOnly) ? QString::fromUtf8(sample.readAll())
                                                            : QString());
    }
    window.show();
    window.offerRecovery(); // after a crash: unsaved work from the last session
    return QApplication::exec();
}
