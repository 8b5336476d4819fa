#pragma once

#include <QStringList>
#include <QTextStream>

namespace rolelens {

/// `rolelens-check`: parses the command line, checks every input (in parallel), prints the
/// report and returns the exit status of the CLI contract:
/// 0 nothing at or above --fail-on, 1 there is, 2 usage error or an unreadable input.
class CheckCommand
{
public:
    CheckCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    /// \a arguments includes the program name, as QCoreApplication::arguments() gives it.
    /// \a terminal: standard output is a terminal (colour in text output by default).
    int run(const QStringList &arguments, bool terminal);

private:
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace rolelens
