#include "check/checkoptions.h"

#include "spelling/dictionaries.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QThread>

namespace rolelens {

void describe(QCommandLineParser *parser)
{
    parser->setApplicationDescription(QStringLiteral(
        "Checks Technical Project Manager job postings for demands that belong to a software\n"
        "developer: coding skills, engineering duties, engineering degrees, combined roles, "
        "hype."));
    parser->addOptions({
        {QStringLiteral("format"),
         QStringLiteral("Output format: text, json or sarif (default: text)."),
         QStringLiteral("FORMAT"), QStringLiteral("text")},
        {QStringLiteral("fail-on"),
         QStringLiteral("Exit with 1 when a finding is at least this severe: error, warning, info "
                        "or never (default: error)."),
         QStringLiteral("SEVERITY"), QStringLiteral("error")},
        {QStringLiteral("rules"), QStringLiteral("Add a team rule pack (JSON); may be repeated."),
         QStringLiteral("PACK")},
        {QStringLiteral("fix"),
         QStringLiteral("Print the posting with every finding's first suggestion applied.")},
        {QStringLiteral("jobs"), QStringLiteral("Check N files in parallel (default: all cores)."),
         QStringLiteral("N")},
        {QStringLiteral("color"),
         QStringLiteral("Colour text output: auto, always or never (default: auto)."),
         QStringLiteral("WHEN"), QStringLiteral("auto")},
        {QStringLiteral("pdf"),
         QStringLiteral("Export the posting (after --fix, if given) to PDF."),
         QStringLiteral("OUT.pdf")},
        {QStringLiteral("report"), QStringLiteral("Export the review report to PDF."),
         QStringLiteral("OUT.pdf")},
        {QStringLiteral("export"),
         QStringLiteral("Export the posting (after --fix, if given) as PDF, Word, OpenDocument "
                        "or HTML, by the file's suffix."),
         QStringLiteral("OUT.{pdf,docx,odt,html}")},
        {QStringLiteral("spell"),
         QStringLiteral("Also report misspelled words (category spelling).")},
        {QStringLiteral("review"),
         QStringLiteral("Apply a review file (posting.md.review.json): report its comments and "
                        "decisions, and leave out the findings it keeps."),
         QStringLiteral("FILE")},
        {QStringLiteral("baseline"),
         QStringLiteral(
             "Compare with an earlier version of the posting: report the findings "
             "added and fixed; --fail-on then counts only the findings added since OLD."),
         QStringLiteral("OLD")},
        {QStringLiteral("jurisdiction"),
         QStringLiteral("Check pay transparency against this jurisdiction's law: none, NYC, NY, "
                        "CA, CO, WA, IL or EU (default: none, the pay checks only inform)."),
         QStringLiteral("WHERE"), QStringLiteral("none")},
        {QStringLiteral("lang"),
         QStringLiteral("Spelling dictionary, e.g. en_US or en_GB (default: en_US)."),
         QStringLiteral("LANG"), QString::fromLatin1(Dictionaries::kDefaultLanguage)},
    });
    // Not addHelpOption(): its --help-all would list Qt's own options, which mean nothing here.
    parser->addOption({{QStringLiteral("h"), QStringLiteral("help")},
                       QStringLiteral("Displays help on commandline options.")});
    parser->addVersionOption();
    parser->addPositionalArgument(QStringLiteral("FILE"),
                                  QStringLiteral("Postings to check; - reads standard input."),
                                  QStringLiteral("FILE...|-"));
}

// Returns an error message, or an empty string when the options are usable.
QString readOptions(const QCommandLineParser &parser, bool terminal, Options *options)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("text"))
        options->format = Format::Text;
    else if (format == QLatin1String("json"))
        options->format = Format::Json;
    else if (format == QLatin1String("sarif"))
        options->format = Format::Sarif;
    else
        return QStringLiteral("unknown --format \"%1\" (use text, json or sarif)").arg(format);

    const QString failOn = parser.value(QStringLiteral("fail-on"));
    if (failOn == QLatin1String("never"))
        options->failOn.reset();
    else if (!(options->failOn = severityFromName(failOn)))
        return QStringLiteral("unknown --fail-on \"%1\" (use error, warning, info or never)")
            .arg(failOn);

    const QString color = parser.value(QStringLiteral("color"));
    if (color != QLatin1String("auto") && color != QLatin1String("always") &&
        color != QLatin1String("never"))
        return QStringLiteral("unknown --color \"%1\" (use auto, always or never)").arg(color);
    options->color = color == QLatin1String("always") ||
                     (color == QLatin1String("auto") && terminal &&
                      qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb");

    options->jobs = QThread::idealThreadCount();
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        options->jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || options->jobs < 1)
            return QStringLiteral("--jobs needs a positive number");
    }
    options->fix = parser.isSet(QStringLiteral("fix"));
    options->rulePacks = parser.values(QStringLiteral("rules"));
    options->spell = parser.isSet(QStringLiteral("spell"));
    options->pdf = parser.value(QStringLiteral("pdf"));
    options->report = parser.value(QStringLiteral("report"));
    options->exportTo = parser.value(QStringLiteral("export"));
    options->language = parser.value(QStringLiteral("lang"));
    options->jurisdiction = parser.value(QStringLiteral("jurisdiction"));
    if (options->jurisdiction.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        options->jurisdiction.clear();
    options->review = parser.value(QStringLiteral("review"));
    options->baseline = parser.value(QStringLiteral("baseline"));
    options->inputs = parser.positionalArguments();
    if (options->inputs.isEmpty())
        return QStringLiteral("no input: give one or more files, or - for standard input");
    if (options->fix && options->inputs.size() != 1)
        return QStringLiteral("--fix takes exactly one input");
    if ((!options->pdf.isEmpty() || !options->report.isEmpty() || !options->exportTo.isEmpty()) &&
        options->inputs.size() != 1)
        return QStringLiteral("--pdf, --report and --export take exactly one input");
    static const QStringList exportSuffixes = {QStringLiteral("pdf"), QStringLiteral("docx"),
                                               QStringLiteral("odt"), QStringLiteral("html"),
                                               QStringLiteral("htm")};
    if (!options->exportTo.isEmpty() &&
        !exportSuffixes.contains(QFileInfo(options->exportTo).suffix().toLower()))
        return QStringLiteral("--export needs a file ending in .pdf, .docx, .odt or .html");
    if (!options->review.isEmpty() && options->inputs.size() != 1)
        return QStringLiteral("--review takes exactly one input: the posting it reviews");
    if (!options->baseline.isEmpty() && options->inputs.size() != 1)
        return QStringLiteral("--baseline takes exactly one input: the posting to compare");
    if ((options->inputs + QStringList{options->baseline}).count(QStringLiteral("-")) > 1)
        return QStringLiteral("standard input (-) can be read only once");
    return {};
}

} // namespace rolelens
