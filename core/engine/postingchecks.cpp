#include "engine/postingchecks_p.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <optional>

namespace rolelens {

namespace {

// A line of at most this many words is an item of a list, with or without a bullet: scraped
// and pasted postings often keep a list as one item per line, their markers lost.
constexpr int kListItemWords = 30;
// Below this many words a text is a draft: the checks of what a whole posting carries wait.
constexpr int kDraftWords = 100;

using Values = QList<std::pair<QString, QString>>;

QString expanded(QString text, const Values &values)
{
    for (const auto &[name, value] : values)
        text.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
    return text;
}

// Adds the posting-check finding \a id over [start, end) with its texts expanded, unless no
// pack defines it or it is disabled; returns it, or null. \a severity overrides the pack's.
Finding *addFinding(const RuleSet &rules, QStringView id, qsizetype start, qsizetype end,
                    const Values &values, Analysis *analysis,
                    std::optional<Severity> severity = std::nullopt)
{
    const CheckFindingSpec *spec = rules.checkFinding(id);
    if (!spec || end <= start)
        return nullptr;
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
    return &analysis->findings.last();
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

// [start, end) without heading marks, list markers and the spaces around (a CRLF file's
// "\r" among them): the span a finding about a whole line marks.
std::pair<qsizetype, qsizetype> lineSpan(QStringView text, qsizetype start, qsizetype end)
{
    while (start < end && (text[start] == QLatin1Char('#') || text[start].isSpace()))
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end};
}

// What \a paragraph's scan found: nothing, for most paragraphs.
const ParagraphScan &scanOf(const CheckedParagraph &paragraph)
{
    static const ParagraphScan nothing;
    return paragraph.scan ? *paragraph.scan : nothing;
}

// The title: the first paragraph.
std::pair<qsizetype, qsizetype> titleSpan(QStringView text,
                                          const QList<CheckedParagraph> &paragraphs)
{
    return paragraphs.isEmpty() ? std::pair<qsizetype, qsizetype>{0, 0}
                                : lineSpan(text, paragraphs.first().start, paragraphs.first().end);
}

void checkRequirements(const RuleSet &rules, QStringView text,
                       const QList<CheckedParagraph> &paragraphs, Analysis *analysis)
{
    const PostingChecksSpec &checks = rules.postingChecks();
    // Each requirements section on its own: the items under its lead-in up to the next one.
    // Items marked as a plus are no must-haves, and "A, B or C" names one technology.
    struct Section
    {
        qsizetype start = -1;
        qsizetype end = -1;
        int mustHaves = 0;
        QSet<quint64> technologies;
    };
    const auto report = [&](const Section &section) {
        if (section.start < 0)
            return;
        if (section.mustHaves > checks.maxMustHaves)
            addFinding(rules, u"requirements/too-many-must-haves", section.start, section.end,
                       {{QStringLiteral("count"), QString::number(section.mustHaves)},
                        {QStringLiteral("limit"), QString::number(checks.maxMustHaves)}},
                       analysis);
        if (section.technologies.size() > checks.maxMustHaveTechnologies)
            addFinding(rules, u"requirements/many-technologies", section.start, section.end,
                       {{QStringLiteral("count"), QString::number(section.technologies.size())},
                        {QStringLiteral("limit"), QString::number(checks.maxMustHaveTechnologies)}},
                       analysis);
    };
    Section section;
    for (const CheckedParagraph &paragraph : paragraphs) {
        if (paragraph.leadIn) {
            report(section);
            section = {};
            const auto [start, end] = lineSpan(text, paragraph.start, paragraph.end);
            if (paragraph.requirementSection &&
                !mentionsAny(text.sliced(start, end - start), checks.otherSectionWords))
                std::tie(section.start, section.end) = std::pair{start, end};
            continue;
        }
        if (!paragraph.bullet && paragraph.words > kListItemWords) {
            report(section); // prose ends the list
            section = {};
        }
        if (section.start < 0 || paragraph.preferred)
            continue;
        ++section.mustHaves;
        for (const quint64 technology : paragraph.technologies) {
            section.technologies.insert(technology);
            if (paragraph.alternatives)
                break;
        }
    }
    report(section);

    // Years of experience against the title's level.
    // Read the title only when some demand asks for enough years to matter.
    std::optional<bool> senior;
    const auto isSenior = [&] {
        if (!senior) {
            const std::pair<qsizetype, qsizetype> title = titleSpan(text, paragraphs);
            senior = mentionsAny(text.sliced(title.first, title.second - title.first),
                                 checks.seniorTitles);
        }
        return *senior;
    };
    for (const CheckedParagraph &paragraph : paragraphs) {
        if (paragraph.preferred || paragraph.preferredSection)
            continue; // years asked as a plus are no demand
        for (const YearsDemand &demand : scanOf(paragraph).years) {
            const Values values{{QStringLiteral("years"), QString::number(demand.years)}};
            const qsizetype start = paragraph.start + demand.start;
            const qsizetype end = paragraph.start + demand.end;
            if (demand.years >= checks.maxYears)
                addFinding(rules, u"requirements/years-any-title", start, end, values, analysis);
            else if (demand.years >= checks.seniorYears && !isSenior())
                addFinding(rules, u"requirements/years-for-level", start, end, values, analysis);
        }
    }
}

// An amount of money: a currency, a number, an optional "k".
const QString kAmount = QStringLiteral(
    R"((?:[$€£]|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\s?)\d{1,3}(?:[,.]\d{3})*(?:\.\d{1,2})?(?:\s?[kK]\b)?)");

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

// What the tokens of a paragraph say about which of the checks' patterns can match there.
struct Hints
{
    bool money = false;   // a currency symbol or code
    bool digit = false;   // a number
    bool years = false;   // "year", "years", "yrs", also glued to a number ("15yrs")
    bool bracket = false; // '[' or '{'
    bool crosses = false; // "XX"
};

Hints hintsOf(QStringView paragraph, const QList<Token> &tokens, const ParagraphSketch &sketch)
{
    using Bit = ParagraphSketch::Bit;
    Hints hints;
    hints.digit = sketch.has(Bit::Digit);
    hints.money = sketch.has(Bit::Money);
    hints.bracket = sketch.has(Bit::Bracket);
    // The words that only may count are looked at where their pattern could match.
    const auto anyWord = [&](Bit bit, const auto &counts) {
        return sketch.has(bit) &&
               std::any_of(tokens.cbegin(), tokens.cend(), [&](const Token &token) {
                   return token.kind == TokenKind::Word &&
                          counts(paragraph.sliced(token.start, token.length));
               });
    };
    if (hints.digit) {
        hints.years = anyWord(Bit::MaybeYears, [](QStringView text) {
            while (!text.isEmpty() && text.front().isDigit())
                text = text.sliced(1); // "8yrs"
            return text.size() <= 5 && (text.startsWith(u"yr", Qt::CaseInsensitive) ||
                                        text.startsWith(u"year", Qt::CaseInsensitive));
        });
        hints.money =
            hints.money || anyWord(Bit::MaybeCode, [](QStringView text) {
                return text.size() == 3 && QStringView(u"USD EUR GBP CAD AUD CHF").contains(text);
            });
    }
    if (!hints.bracket)
        hints.crosses = anyWord(Bit::MaybeCrosses, [](QStringView text) {
            return text.size() <= 5 && text.startsWith(u"XX");
        });
    return hints;
}

} // namespace

SharedScan scanParagraph(QStringView paragraph, const QList<Token> &tokens,
                         const ParagraphSketch &sketch)
{
    ParagraphScan scan;
    const Hints hints = hintsOf(paragraph, tokens, sketch);
    if (hints.money && hints.digit) {
        static const QRegularExpression range(
            QStringLiteral(
                "(%1)(?:\\s*(?:/|per |an? )\\s*(?:hour|hr|year|yr|annum|month)\\b)?"
                "(?:\\s*(?:-|–|—|to|and)\\s*(%1|\\d{1,3}(?:[,.]\\d{3})*(?:\\s?[kK]\\b)?)|"
                "\\s+(%1))")
                .arg(kAmount),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression unit(
            QStringLiteral(R"(\b(?:per|an?|/)\s?(?:hour|hr|year|yr|annum|month)\b|)"
                           R"(\b(?:hourly|annual(?:ly)?|yearly|monthly|salary|p\.a\.))"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression openEnded(
            QStringLiteral(R"(\b(?:up to|from|starting (?:at|from)|as high as)\s+(%1)|(%1)\s?\+)")
                .arg(kAmount),
            QRegularExpression::CaseInsensitiveOption);
        // Money is pay only where the paragraph speaks of pay (or is nothing but the figures),
        // not of budgets or project values.
        static const QRegularExpression payWords(
            QStringLiteral(R"(\b(?:salary|salaries|pay|paid|compensation|wage|wages|rate|base|)"
                           R"(OTE|remuneration|earn|earnings)\b)"),
            QRegularExpression::CaseInsensitiveOption);
        const bool aboutPay = paragraph.contains(unit) || paragraph.contains(payWords);
        for (auto it = range.globalMatch(paragraph); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            constexpr qsizetype kAroundFigures = 20;
            if (!aboutPay && paragraph.trimmed().size() > match.capturedLength() + kAroundFigures)
                continue;
            const double low = amountOf(match.capturedView(1));
            // "$127,500 - $276,200", or two amounts side by side: "$127,500 $276,200".
            const double high = amountOf(match.capturedView(match.capturedLength(2) > 0 ? 2 : 3));
            if (low <= 0 || high <= low)
                continue;
            // The unit may come before the range ("annual salary: ...") or after it.
            const qsizetype from = std::max<qsizetype>(0, match.capturedStart() - 60);
            const qsizetype to = std::min<qsizetype>(paragraph.size(), match.capturedEnd() + 40);
            scan.ranges.append({{int(match.capturedStart()), int(match.capturedEnd())},
                                low,
                                high,
                                paragraph.sliced(from, to - from).contains(unit)});
        }
        if (aboutPay) {
            for (auto it = openEnded.globalMatch(paragraph); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                scan.openEnded.append({int(match.capturedStart()), int(match.capturedEnd())});
            }
        }
    }
    if (hints.digit && hints.years) {
        static const QRegularExpression years(
            QStringLiteral(
                R"((?<![\d.,$])(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|—|to)\s*\d{1,2}\s*\+?\s*)?)"
                R"((?:years?|yrs?)\b(?=[^.;\n]{0,40}\bexperience))"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = years.globalMatch(paragraph); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            // No posting asks for 30 years: such a figure is the company's history.
            constexpr int kMostYearsAsked = 25;
            const int count = match.capturedView(1).toInt();
            if (count <= kMostYearsAsked)
                scan.years.append({{int(match.capturedStart()), int(match.capturedEnd())}, count});
        }
    }
    if (hints.bracket || hints.crosses) {
        // "[Company]", "[Insert salary range]", "{{location}}", "$XX,XXX": a template field
        // left in. Brackets hold many other things ("[Nice-to-have]", "[email removed]").
        static const QRegularExpression placeholder(
            QStringLiteral(
                R"(\[(?:insert |add |your )?(?:company|employer|client|salary|pay|)"
                R"(compensation|range|location|city|job title|title|role|position|name|)"
                R"(team|department|hiring manager|manager|date|start date|link|url|e-?mail|)"
                R"(phone|benefits|industry|product|x+)\b(?![^\[\]\n]*\b(?:removed|redacted|)"
                R"(hidden)\b)[^\[\]\n]{0,30}\](?!\()|\{\{[^{}\n]{1,40}\}\}|\$?\bX{2,3}(?:,X{3})+\b)"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = placeholder.globalMatch(paragraph); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            scan.placeholders.append({int(match.capturedStart()), int(match.capturedEnd())});
        }
    }
    return scan.isEmpty() ? nullptr : std::make_shared<const ParagraphScan>(std::move(scan));
}

namespace {

// The {law} and {jurisdiction} of a finding's texts; none without a jurisdiction.
Values lawValues(const JurisdictionSpec *jurisdiction)
{
    return jurisdiction ? Values{{QStringLiteral("law"), jurisdiction->law},
                                 {QStringLiteral("jurisdiction"), jurisdiction->name}}
                        : Values{};
}

// Whether any paragraph states a pay range.
bool givesRange(const QList<CheckedParagraph> &paragraphs)
{
    return std::any_of(paragraphs.cbegin(), paragraphs.cend(),
                       [](const CheckedParagraph &p) { return !scanOf(p).ranges.isEmpty(); });
}

// The pattern rules' vague pay wording ("competitive salary", "DOE").
bool isVaguePay(const Finding &finding)
{
    return finding.category == Category::Pay && finding.ruleId != QLatin1String("pay/history");
}

void checkPay(const RuleSet &rules, const JurisdictionSpec *jurisdiction, QStringView text,
              const QList<CheckedParagraph> &paragraphs, Analysis *analysis)
{
    const PostingChecksSpec &checks = rules.postingChecks();
    const Values law = lawValues(jurisdiction);
    const Severity missing = jurisdiction ? jurisdiction->range : Severity::Info;

    const bool hasRange = givesRange(paragraphs);

    // The pattern rules' vague wording ("competitive salary", "DOE") is left only where the
    // posting gives no range (checkPosting); where a law asks for one, it is as serious as the
    // range's absence and names the law.
    const CheckFindingSpec *note = jurisdiction ? rules.checkFinding(u"pay/law-note") : nullptr;
    const auto underTheLaw = [&](Finding *finding) {
        finding->severity = missing;
        if (note)
            finding->rationale += QLatin1Char(' ') + expanded(note->message, law);
    };
    bool vague = false;
    for (Finding &finding : analysis->findings) {
        if (isVaguePay(finding)) {
            vague = true;
            underTheLaw(&finding);
        }
    }

    for (const CheckedParagraph &paragraph : paragraphs) {
        for (const PayRange &range : scanOf(paragraph).ranges) {
            const qsizetype start = paragraph.start + range.start;
            const qsizetype end = paragraph.start + range.end;
            if (!range.unit)
                addFinding(rules, u"pay/range-without-unit", start, end, law, analysis);
            if (range.high / range.low > checks.maxRangeRatio)
                addFinding(
                    rules, u"pay/wide-range", start, end,
                    {{QStringLiteral("ratio"), QString::number(range.high / range.low, 'f', 2)},
                     {QStringLiteral("limit"), QString::number(checks.maxRangeRatio, 'f', 2)}},
                    analysis);
        }
    }
    if (!hasRange) {
        for (const CheckedParagraph &paragraph : paragraphs) {
            for (const TextSpan &figure : scanOf(paragraph).openEnded) {
                vague = true;
                if (Finding *finding =
                        addFinding(rules, u"pay/open-ended", paragraph.start + figure.start,
                                   paragraph.start + figure.end, law, analysis))
                    underTheLaw(finding);
            }
        }
        // Without a law, a draft of a few lines is not missing its pay yet.
        if (!vague && (jurisdiction || analysis->wordCount >= kDraftWords)) {
            const auto [start, end] = titleSpan(text, paragraphs);
            addFinding(rules, jurisdiction ? u"pay/no-range-required" : u"pay/no-range", start, end,
                       law, analysis, missing);
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
    const Values law = lawValues(jurisdiction);
    if (jurisdiction && jurisdiction->howToApply && !mentionsAny(text, checks.applyWords))
        addFinding(rules, u"structure/no-how-to-apply", titleStart, titleEnd, law, analysis);
    if (jurisdiction && jurisdiction->eeo && !mentionsAny(text, checks.eeoWords))
        addFinding(rules, u"structure/no-eeo", titleStart, titleEnd, law, analysis);

    // Length and shape only once there is a posting to speak of.
    if (words >= kDraftWords) {
        const Values count{{QStringLiteral("count"), QString::number(words)},
                           {QStringLiteral("min"), QString::number(checks.minWords)},
                           {QStringLiteral("max"), QString::number(checks.maxWords)}};
        if (words < checks.minWords)
            addFinding(rules, u"structure/short", titleStart, titleEnd, count, analysis);
        else if (words > checks.maxWords)
            addFinding(rules, u"structure/long", titleStart, titleEnd, count, analysis);
        // A run of three or more short lines is a list too (kListItemWords).
        constexpr int kMinRun = 3;
        int bulletWords = 0;
        for (qsizetype i = 0; i < paragraphs.size();) {
            const auto isShort = [&](qsizetype k) {
                return !paragraphs[k].leadIn && paragraphs[k].words <= kListItemWords;
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

    for (const CheckedParagraph &paragraph : paragraphs) {
        for (const TextSpan &field : scanOf(paragraph).placeholders) {
            const qsizetype start = paragraph.start + field.start;
            const qsizetype end = paragraph.start + field.end;
            addFinding(
                rules, u"structure/placeholder", start, end,
                {{QStringLiteral("placeholder"), text.sliced(start, end - start).toString()}},
                analysis);
        }
    }
}

} // namespace

void checkPosting(const RuleSet &rules, const JurisdictionSpec *jurisdiction, QStringView text,
                  const QList<CheckedParagraph> &paragraphs, Analysis *analysis)
{
    // A degree a role rule flags already (an engineering degree demanded of a TPM) gets that
    // rule's rewrite, which says more. A hint only asks for a second look: it hides nothing.
    QList<std::pair<qsizetype, qsizetype>> roleSpans;
    for (const Finding &finding : std::as_const(analysis->findings)) {
        if (isRoleCategory(finding.category) && !rules.isHint(finding))
            roleSpans.append({finding.start, finding.end()});
    }
    // A bare "master" before another noun is a master schedule or plan, not a degree.
    const auto masterOfSomething = [&](const Finding &finding) {
        const QStringView word = text.sliced(finding.start, finding.length);
        if (word.compare(u"master", Qt::CaseInsensitive) != 0)
            return false;
        const QStringView after = text.sliced(finding.end()).trimmed();
        return !after.isEmpty() && after.front().isLetter() &&
               !after.startsWith(u"in ", Qt::CaseInsensitive) &&
               !after.startsWith(u"of ", Qt::CaseInsensitive) &&
               !after.startsWith(u"degree", Qt::CaseInsensitive) &&
               !after.startsWith(u"or ", Qt::CaseInsensitive);
    };
    analysis->findings.removeIf([&](const Finding &finding) {
        return finding.category == Category::Requirements &&
               (masterOfSomething(finding) ||
                std::any_of(roleSpans.cbegin(), roleSpans.cend(), [&](const auto &span) {
                    return finding.start < span.second && span.first < finding.end();
                }));
    });
    // Vague pay wording is a finding only where the posting gives no range.
    if (givesRange(paragraphs))
        analysis->findings.removeIf(isVaguePay);
    // The findings are in text order; the checks' own go after them, sorted, then merged in.
    const qsizetype rulesFound = analysis->findings.size();
    checkRequirements(rules, text, paragraphs, analysis);
    checkPay(rules, jurisdiction, text, paragraphs, analysis);
    checkStructure(rules, jurisdiction, text, paragraphs, analysis);
    const auto byStart = [](const Finding &a, const Finding &b) { return a.start < b.start; };
    const auto added = analysis->findings.begin() + std::min(rulesFound, analysis->findings.size());
    std::stable_sort(added, analysis->findings.end(), byStart);
    std::inplace_merge(analysis->findings.begin(), added, analysis->findings.end(), byStart);
}

} // namespace rolelens
