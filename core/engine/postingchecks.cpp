#include "engine/postingchecks_p.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace rolelens {

namespace {

using Values = QList<std::pair<QString, QString>>;

QString expanded(QString text, const Values &values)
{
    for (const auto &[name, value] : values)
        text.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
    return text;
}

// Adds the posting-check finding \a id over [start, end) with its texts expanded, unless no
// pack defines it or it is disabled. \a severity overrides the pack's.
void addFinding(const RuleSet &rules, QStringView id, qsizetype start, qsizetype end,
                const Values &values, Analysis *analysis,
                std::optional<Severity> severity = std::nullopt)
{
    const CheckFindingSpec *spec = rules.checkFinding(id);
    if (!spec || end <= start)
        return;
    Finding finding;
    finding.start = start;
    finding.length = end - start;
    finding.ruleId = spec->id;
    finding.category = categoryFromName(QStringView(spec->id).left(spec->id.indexOf(u'/')))
                           .value_or(Category::Structure);
    finding.severity = severity.value_or(spec->severity);
    finding.message = expanded(spec->message, values);
    finding.rationale = expanded(spec->rationale, values);
    for (const QString &suggestion : spec->suggestions)
        finding.suggestions.append(expanded(suggestion, values));
    analysis->findings.append(finding);
}

// Whether \a text holds one of \a words as a whole word or phrase, case-insensitively.
bool mentionsAny(QStringView text, const QStringList &words)
{
    for (const QString &word : words) {
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
            const qsizetype end = at + word.size();
            if ((at == 0 || !text[at - 1].isLetterOrNumber()) &&
                (end == text.size() || !text[end].isLetterOrNumber()))
                return true;
        }
    }
    return false;
}

// The title: the first paragraph, without its heading marks.
std::pair<qsizetype, qsizetype> titleSpan(QStringView text,
                                          const QList<CheckedParagraph> &paragraphs)
{
    if (paragraphs.isEmpty())
        return {0, 0};
    qsizetype start = paragraphs.first().start;
    const qsizetype end = paragraphs.first().end;
    while (start < end && (text[start] == QLatin1Char('#') || text[start].isSpace()))
        ++start;
    return {start, end};
}

void checkRequirements(const RuleSet &rules, QStringView text,
                       const QList<CheckedParagraph> &paragraphs, Analysis *analysis)
{
    const PostingChecksSpec &checks = rules.postingChecks();
    int mustHaves = 0;
    QSet<QString> technologies;
    std::pair<qsizetype, qsizetype> leadIn{-1, -1};
    std::pair<qsizetype, qsizetype> lastLeadIn{-1, -1};
    for (const CheckedParagraph &paragraph : paragraphs) {
        if (paragraph.leadIn)
            lastLeadIn = {paragraph.start, paragraph.end};
        if (paragraph.context != ParagraphContext::Required || !paragraph.bullet)
            continue;
        if (leadIn.first < 0)
            leadIn = lastLeadIn.first >= 0 ? lastLeadIn
                                           : std::pair{paragraph.start, paragraph.end};
        ++mustHaves;
        for (const QString &technology : paragraph.technologies)
            technologies.insert(technology);
    }
    if (mustHaves > checks.maxMustHaves)
        addFinding(rules, u"requirements/too-many-must-haves", leadIn.first, leadIn.second,
                   {{QStringLiteral("count"), QString::number(mustHaves)},
                    {QStringLiteral("limit"), QString::number(checks.maxMustHaves)}},
                   analysis);
    if (technologies.size() > checks.maxMustHaveTechnologies)
        addFinding(rules, u"requirements/many-technologies", leadIn.first, leadIn.second,
                   {{QStringLiteral("count"), QString::number(technologies.size())},
                    {QStringLiteral("limit"), QString::number(checks.maxMustHaveTechnologies)}},
                   analysis);

    // Years of experience against the title's level.
    const auto [titleStart, titleEnd] = titleSpan(text, paragraphs);
    const bool senior = mentionsAny(text.sliced(titleStart, titleEnd - titleStart),
                                    checks.seniorTitles);
    static const QRegularExpression years(
        QStringLiteral(R"((?<![\d.,$])(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|—|to)\s*\d{1,2}\s*\+?\s*)?)"
                       R"((?:years?|yrs?)\b(?=[^.;\n]{0,40}\bexperience))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = years.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int count = match.capturedView(1).toInt();
        const Values values{{QStringLiteral("years"), match.captured(1)}};
        if (count >= checks.maxYears)
            addFinding(rules, u"requirements/years-any-title", match.capturedStart(),
                       match.capturedEnd(), values, analysis);
        else if (count >= checks.seniorYears && !senior)
            addFinding(rules, u"requirements/years-for-level", match.capturedStart(),
                       match.capturedEnd(), values, analysis);
    }
}

// An amount of money: a currency, a number, an optional "k".
const QString kAmount = QStringLiteral(
    R"((?:[$€£]|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\s?)\d{1,3}(?:[,.]\d{3})*(?:\.\d{1,2})?\s?[kK]?\b)");

double amountOf(QStringView text)
{
    static const QRegularExpression number(
        QStringLiteral(R"((\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s?([kK])?)"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        return 0;
    QString digits = match.captured(1);
    const qsizetype separator = digits.size() - 4;
    if (separator > 0 && !digits[separator].isDigit())
        digits.remove(QLatin1Char(',')).remove(QLatin1Char('.')); // thousands separators
    return digits.toDouble() * (match.capturedLength(2) > 0 ? 1000 : 1);
}

void checkPay(const RuleSet &rules, const JurisdictionSpec *jurisdiction, QStringView text,
              const QList<CheckedParagraph> &paragraphs, Analysis *analysis)
{
    const PostingChecksSpec &checks = rules.postingChecks();
    static const QRegularExpression range(
        QStringLiteral("(%1)\\s*(?:-|–|—|to|and)\\s*(%1|\\d{1,3}(?:[,.]\\d{3})*\\s?[kK]?\\b)")
            .arg(kAmount),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression unit(
        QStringLiteral(R"(\b(?:per|an?|/)\s?(?:hour|hr|year|yr|annum|month)\b|\b(?:hourly|annual(?:ly)?|yearly|monthly|salary|p\.a\.))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression openEnded(
        QStringLiteral(R"(\b(?:up to|from|starting (?:at|from)|as high as)\s+(%1)|(%1)\s?\+)")
            .arg(kAmount),
        QRegularExpression::CaseInsensitiveOption);
    const Values law = jurisdiction
                           ? Values{{QStringLiteral("law"), jurisdiction->law},
                                    {QStringLiteral("jurisdiction"), jurisdiction->name}}
                           : Values{};
    const Severity missing = jurisdiction ? jurisdiction->range : Severity::Info;

    bool hasRange = false;
    for (auto it = range.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const double low = amountOf(match.capturedView(1));
        const double high = amountOf(match.capturedView(2));
        if (low <= 0 || high <= low)
            continue;
        hasRange = true;
        const qsizetype around = std::max<qsizetype>(0, match.capturedStart() - 60);
        const QStringView context =
            text.sliced(around, std::min<qsizetype>(text.size(), match.capturedEnd() + 40) - around);
        if (!context.contains(unit))
            addFinding(rules, u"pay/range-without-unit", match.capturedStart(), match.capturedEnd(),
                       law, analysis);
        if (high / low > checks.maxRangeRatio)
            addFinding(rules, u"pay/wide-range", match.capturedStart(), match.capturedEnd(),
                       {{QStringLiteral("ratio"), QString::number(high / low, 'f', 1)},
                        {QStringLiteral("limit"), QString::number(checks.maxRangeRatio, 'f', 1)}},
                       analysis);
    }

    // The pattern rules' vague wording ("competitive salary", "DOE") is a finding only where
    // the posting gives no range; where a law asks for one, as serious as its absence.
    const auto isVague = [](const Finding &finding) {
        return finding.category == Category::Pay && finding.ruleId != QLatin1String("pay/history");
    };
    if (hasRange)
        analysis->findings.removeIf(isVague);
    bool vague = false;
    const CheckFindingSpec *note = jurisdiction ? rules.checkFinding(u"pay/law-note") : nullptr;
    for (Finding &finding : analysis->findings) {
        if (!isVague(finding))
            continue;
        vague = true;
        finding.severity = missing;
        if (note)
            finding.rationale += QLatin1Char(' ') + expanded(note->message, law);
    }
    if (!hasRange) {
        for (auto it = openEnded.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            vague = true;
            addFinding(rules, u"pay/open-ended", match.capturedStart(), match.capturedEnd(), law,
                       analysis, missing);
        }
        if (!vague) {
            const auto [start, end] = titleSpan(text, paragraphs);
            addFinding(rules, jurisdiction ? u"pay/no-range-required" : u"pay/no-range", start,
                       end, law, analysis, missing);
        }
    }
    if (jurisdiction && jurisdiction->benefits && !mentionsAny(text, checks.benefitWords)) {
        const auto [start, end] = titleSpan(text, paragraphs);
        addFinding(rules, u"pay/no-benefits", start, end, law, analysis);
    }
}

void checkStructure(const RuleSet &rules, const JurisdictionSpec *jurisdiction, QStringView text,
                    const QList<CheckedParagraph> &paragraphs, Analysis *analysis)
{
    const PostingChecksSpec &checks = rules.postingChecks();
    const auto [titleStart, titleEnd] = titleSpan(text, paragraphs);
    const int words = analysis->wordCount;
    const Values law = jurisdiction
                           ? Values{{QStringLiteral("law"), jurisdiction->law},
                                    {QStringLiteral("jurisdiction"), jurisdiction->name}}
                           : Values{};
    if (jurisdiction && jurisdiction->howToApply && !mentionsAny(text, checks.applyWords))
        addFinding(rules, u"structure/no-how-to-apply", titleStart, titleEnd, law, analysis);
    if (jurisdiction && jurisdiction->eeo && !mentionsAny(text, checks.eeoWords))
        addFinding(rules, u"structure/no-eeo", titleStart, titleEnd, law, analysis);

    // Length and shape only once there is a posting to speak of.
    constexpr int kDraftWords = 100;
    if (words >= kDraftWords) {
        const Values count{{QStringLiteral("count"), QString::number(words)},
                           {QStringLiteral("min"), QString::number(checks.minWords)},
                           {QStringLiteral("max"), QString::number(checks.maxWords)}};
        if (words < checks.minWords)
            addFinding(rules, u"structure/short", titleStart, titleEnd, count, analysis);
        else if (words > checks.maxWords)
            addFinding(rules, u"structure/long", titleStart, titleEnd, count, analysis);
        // Scraped and pasted postings often keep a list as one item per line, its markers
        // lost: a run of three or more short lines is a list too.
        constexpr int kShortLineWords = 30;
        constexpr int kMinRun = 3;
        int bulletWords = 0;
        for (qsizetype i = 0; i < paragraphs.size();) {
            const auto isShort = [&](qsizetype k) {
                return !paragraphs[k].leadIn && paragraphs[k].words <= kShortLineWords;
            };
            qsizetype run = i;
            while (run < paragraphs.size() && isShort(run) && !paragraphs[run].bullet)
                ++run;
            if (run - i >= kMinRun) {
                for (qsizetype k = i; k < run; ++k)
                    bulletWords += paragraphs[k].words;
                i = run;
                continue;
            }
            bulletWords += paragraphs[i].bullet ? paragraphs[i].words : 0;
            i = std::max(i + 1, run);
        }
        constexpr int kMinBulletPercent = 20;
        const int percent = 100 * bulletWords / words;
        if (percent < kMinBulletPercent)
            addFinding(rules, u"structure/few-bullets", titleStart, titleEnd,
                       {{QStringLiteral("percent"), QString::number(percent)}}, analysis);
    }

    // "[Company]", "[Insert salary range]", "{{location}}", "$XX,XXX": a template field left
    // in. Brackets hold many other things ("[Nice-to-have]", "[email removed]").
    static const QRegularExpression placeholder(
        QStringLiteral(R"(\[(?:insert |add |your )?(?:company|employer|client|salary|pay|)"
                       R"(compensation|range|location|city|job title|title|role|position|name|)"
                       R"(team|department|hiring manager|manager|date|start date|link|url|e-?mail|)"
                       R"(phone|benefits|industry|product|x+)\b(?![^\[\]\n]*\b(?:removed|redacted|)"
                       R"(hidden)\b)[^\[\]\n]{0,30}\](?!\()|\{\{[^{}\n]{1,40}\}\}|\$?\bX{2,3}(?:,X{3})+\b)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        addFinding(rules, u"structure/placeholder", match.capturedStart(), match.capturedEnd(),
                   {{QStringLiteral("placeholder"), match.captured()}}, analysis);
    }
}

} // namespace

void checkPosting(const RuleSet &rules, const JurisdictionSpec *jurisdiction, QStringView text,
                  const QList<CheckedParagraph> &paragraphs, Analysis *analysis)
{
    checkRequirements(rules, text, paragraphs, analysis);
    checkPay(rules, jurisdiction, text, paragraphs, analysis);
    checkStructure(rules, jurisdiction, text, paragraphs, analysis);
    std::stable_sort(analysis->findings.begin(), analysis->findings.end(),
                     [](const Finding &a, const Finding &b) { return a.start < b.start; });
}

} // namespace rolelens
