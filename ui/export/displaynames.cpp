#include "export/displaynames.h"

#include <QCoreApplication>
#include <QLocale>

namespace rolelens {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rolelens::DisplayNames", text);
}
} // namespace

QString categoryTitle(Category category)
{
    switch (category) {
    case Category::CodingDemand:
        return tr("Coding demand");
    case Category::ExecutionDuty:
        return tr("Execution duty");
    case Category::Credential:
        return tr("Credential");
    case Category::CombinedRole:
        return tr("Combined role");
    case Category::Tone:
        return tr("Tone");
    case Category::Requirements:
        return tr("Requirements");
    case Category::Pay:
        return tr("Pay transparency");
    case Category::Inclusive:
        return tr("Inclusive wording");
    case Category::Structure:
        return tr("Structure");
    case Category::Spelling:
        break;
    }
    return tr("Spelling");
}

QString categoryDescription(Category category)
{
    switch (category) {
    case Category::CodingDemand:
        return tr("Requirements that ask for programming skill, such as expertise in a "
                  "language or years of development work. A TPM needs to understand the "
                  "technology well enough to discuss it and weigh its risks, not to write it.");
    case Category::ExecutionDuty:
        return tr("Duties that belong to the engineering team: writing, deploying or "
                  "debugging code, running pipelines, being on call. A TPM plans and "
                  "coordinates that work instead of doing it.");
    case Category::Credential:
        return tr("Advanced engineering or computer science degrees made a hard "
                  "requirement, which shuts out strong project leaders with other "
                  "backgrounds.");
    case Category::CombinedRole:
        return tr("Postings that join two jobs in one, such as a TPM who also works as a "
                  "developer. Such roles are hard to fill and usually end up doing neither "
                  "job well.");
    case Category::Tone:
        return tr("Hype and noise such as hashtags, emoji and words like \u201crockstar\u201d, "
                  "which make a posting read less seriously.");
    case Category::Requirements:
        return tr("Requirements inflation: more must-haves, named technologies or years than "
                  "the role needs, and degrees demanded without equivalent experience. Long "
                  "lists keep capable people from applying. Does not change the score.");
    case Category::Pay:
        return tr("Pay transparency: whether the posting states a pay range, checked against "
                  "the law of the jurisdiction chosen in Settings. Does not change the score.");
    case Category::Inclusive:
        return tr("Wording that may put some applicants off: gender-coded words, age-coded "
                  "phrases, physical demands a desk job does not need. Suggestions only; does "
                  "not change the score.");
    case Category::Structure:
        return tr("Length, bullet points, template fields left unfilled and sections a "
                  "jurisdiction asks for. Does not change the score.");
    case Category::Spelling:
        break;
    }
    return tr("Misspelt words, checked with Hunspell and a list of project-management and "
              "technology terms. Words can be added to a personal dictionary.");
}

QString elided(QStringView text, qsizetype maxLength)
{
    QString simple = text.toString().simplified();
    if (maxLength > 0 && simple.size() > maxLength)
        simple = simple.left(maxLength - 1).trimmed() + QChar(0x2026);
    return simple;
}

QString quoted(QStringView text, qsizetype maxLength)
{
    return QChar(0x201C) + elided(text, maxLength) + QChar(0x201D);
}

QString byline(const QString &author, const QDateTime &when)
{
    QStringList parts;
    if (!author.isEmpty())
        parts.append(author);
    if (when.isValid())
        parts.append(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
    return parts.join(QStringLiteral(", "));
}

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None:
        return tr("not judged yet");
    case Verdict::Ok:
        return tr("ok");
    case Verdict::Borderline:
        return tr("borderline");
    case Verdict::Misclassified:
        break;
    }
    return tr("misclassified");
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

QString signedChange(int delta)
{
    if (delta > 0)
        return QLatin1Char('+') + QString::number(delta);
    if (delta < 0)
        return QChar(0x2212) + QString::number(-delta);
    return QStringLiteral("\u00b10");
}

} // namespace rolelens
