#include "editor/analysiscontroller.h"
#include "editor/postingeditor.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QTimer>

namespace {

// rolelens-bench measures the real binary: ROLELENS_EXIT_AFTER=paint quits once the editor
// has painted for the first time, =analysis once the first analysis has been shown.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

void exitForBenchmark(rolelens::MainWindow &window)
{
    const QByteArray moment = qgetenv("ROLELENS_EXIT_AFTER");
    if (moment == "paint") {
        window.editor()->viewport()->installEventFilter(new FirstPaint(&window));
    } else if (moment == "analysis") {
        QObject::connect(window.analysis(), &rolelens::AnalysisController::analysisReady, qApp,
                         &QCoreApplication::quit, Qt::QueuedConnection);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RoleLens"));
    QApplication::setOrganizationName(QStringLiteral("RoleLens"));
    QApplication::setApplicationVersion(QStringLiteral(ROLELENS_VERSION));
    // Ties the windows to the installed launcher, and so to its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rolelens.RoleLens"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.rolelens.RoleLens"),
                                                 QIcon(QStringLiteral(":/icons/rolelens.svg"))));
    rolelens::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Write and review Technical Project Manager postings."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main",
                                    "Posting to open; without one, the sample posting opens."));
    parser.process(app);

    rolelens::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openFile(files.first())) {
        QFile sample(QStringLiteral(":/samples/sample-posting.md"));
        // Named, so that nobody takes the sample for their own untitled draft.
        window.newFromText(sample.open(QIODevice::ReadOnly) ? QString::fromUtf8(sample.readAll())
                                                            : QString(),
                           QCoreApplication::translate("main", "Sample posting"));
    }
    window.show();
    window.offerRecovery(); // after a crash: unsaved work from the last session
    exitForBenchmark(window);
    return QApplication::exec();
}
