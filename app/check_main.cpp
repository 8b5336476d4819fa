#include "checkcommand.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rolelens-check"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLELENS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    rolelens::CheckCommand command(out, err);
    return command.run(QCoreApplication::arguments(), isatty(fileno(stdout)) != 0);
}
