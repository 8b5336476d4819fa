#pragma once

#include "model/finding.h"

#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace rolelens {

enum class Format
{
    Text,
    Json,
    Sarif
};

/// What rolelens-check was asked to do, read from its command line.
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
    QString exportTo; ///< --export: the posting as PDF, DOCX, ODT or HTML, by suffix
    QString language;
    QString jurisdiction; ///< an id of the rule packs' jurisdictions; empty: none
    QString review;
    QString baseline;
    QStringList inputs;
};

/// Declares rolelens-check's options and arguments on \a parser.
void describe(QCommandLineParser *parser);
/// Reads the parsed options into \a options; \a terminal: standard output is a terminal.
/// Returns a usage error or empty.
[[nodiscard]] QString readOptions(const QCommandLineParser &parser, bool terminal,
                                  Options *options);

} // namespace rolelens
