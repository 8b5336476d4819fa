#include "clausejudge.h"

#include "paragraphanalyzer.h"

#include <algorithm>

namespace rolelens {

namespace {

// Clauses shorter than this are headings or fragments; longer ones are run-on paragraphs.
int lengthBucket(int words)
{
    return words <= 3 ? 0 : words <= 8 ? 1 : words <= 20 ? 2 : words <= 40 ? 3 : 4;
}

void addConstant(ClauseFeatures *features, const QString &name)
{
    features->addNamed(FeatureHash::of(name), name);
}

void addClassPairs(const RuleSet &rules, const ClassMask &first, const ClassMask &second,
                   ClauseFeatures *features, bool keepNames)
{
    const ClassRegistry &registry = rules.classes();
    const auto bits = [](const ClassMask &mask) {
        QVarLengthArray<int, 8> out;
        for (std::size_t id = mask._Find_first(); id < mask.size(); id = mask._Find_next(id))
            out.append(int(id));
        return out;
    };
    const auto before = bits(first);
    const auto after = bits(second);
    for (const int a : before) {
        for (const int b : after) {
            features->addNamed(classPairFeature(rules.classFeature(a), rules.classFeature(b)),
                               keepNames ? QStringLiteral("p:%1>%2").arg(
                                                             registry.name(a), registry.name(b))
                                                       : QString());
        }
    }
}

bool hasRoleFinding(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return isRoleCategory(f.category); });
}

} // namespace

bool ClauseJudge::needed(const QList<Finding> &found) const
{
    const ClauseModel &model = m_rules.model();
    return m_keepNames ||
           (!model.isEmpty() && (model.threshold() < 1.0 || hasRoleFinding(found)));
}

void ClauseJudge::judge(QStringView line, const QList<Token> &tokens, const Segment &segment,
                              bool bullet, QList<Finding> *found, ParagraphResult *result) const
{
    const ClauseModel &model = m_rules.model();
    // The clause's parts as features: its words and word pairs, the lexicon classes tagged
    // in it (cue, activity, object, section strength), the rules that matched and its shape.
    ClauseFeatures features(m_keepNames);
    QStringView previous;
    quint64 previousKey = 0;
    int words = 0;
    for (int i = segment.firstToken; i <= segment.lastToken; ++i) {
        const Token &token = tokens[i];
        if (token.kind != TokenKind::Word && token.kind != TokenKind::Number) {
            previous = {};
            continue;
        }
        const QStringView word =
            token.kind == TokenKind::Number ? QStringView(u"#") : line.sliced(token.start, token.length);
        const quint64 key = stemKey(word);
        features.addWord(u'w', key, word);
        if (words++ == 0)
            features.addWord(u'f', key, word);
        if (!previous.isNull())
            features.addPair(previousKey, previous, key, word);
        previous = word;
        previousKey = key;
    }
    ClassMask classes;
    for (const Tag &tag : segment.tags)
        classes |= tag.classes;
    classes.reset(std::size_t(m_rules.special().segmentStart));
    const ClassRegistry &registry = m_rules.classes();
    for (int id = 0; id < registry.size(); ++id) {
        if (classes.test(std::size_t(id)))
            features.addNamed(m_rules.classFeature(id),
                              m_keepNames ? QStringLiteral("c:") + registry.name(id) : QString());
    }
    // Classes of neighbouring tags in order ("p:verb.dev>obj.dev", "p:verb.lead>obj.dev"): the
    // activity with its object, the cue with its technology, the clause start with its verb.
    for (qsizetype t = 0; t + 1 < segment.tags.size(); ++t) {
        for (qsizetype u = t + 1; u < std::min(t + 3, segment.tags.size()); ++u)
            addClassPairs(m_rules, segment.tags[t].classes, segment.tags[u].classes, &features,
                          m_keepNames);
    }
    for (const Finding &finding : std::as_const(*found)) {
        if (isRoleCategory(finding.category))
            addConstant(&features, QStringLiteral("r:") + finding.ruleId);
    }
    addConstant(&features, bullet ? QStringLiteral("s:bullet") : QStringLiteral("s:prose"));
    addConstant(&features, QStringLiteral("s:len%1").arg(lengthBucket(words)));
    features.finish();
    const ClauseModel::Prediction prediction = model.predict(features);
    // A rule's match is evidence of its own: the model overrules it only when it is sure the
    // match is wrong (and the rule allows it), and flags a clause no rule matched only when
    // fairly sure it is a demand.
    const bool matched = hasRoleFinding(*found);
    const bool flagged =
        !model.isEmpty() && (matched ? prediction.keep >= model.keepThreshold()
                                     : model.threshold() < 1.0 &&
                                           prediction.demand >= model.threshold());
    if (m_keepNames)
        result->clauses.append({segment.textStart, segment.textEnd, features.names(),
                                prediction.demand, prediction.preferred, prediction.family,
                                flagged});
    if (model.isEmpty()) {
        result->findings.append(*found);
        return;
    }

    // The model decides whether the clause is a demand; the rules, where one matched, say
    // which words, how strong the ask is (from its section and wording) and offer the rewrite.
    bool kept = false;
    for (Finding &finding : *found) {
        if (isRoleCategory(finding.category)) {
            if (!flagged && m_rules.isOverrulable(finding.ruleId))
                continue;
            kept = true;
        }
        result->findings.append(finding);
    }
    const JudgedFinding &judged = m_rules.judgedFinding(prediction.family);
    if (!flagged || kept || !judged.enabled)
        return;
    Finding finding;
    finding.start = segment.textStart;
    finding.length = segment.textEnd - segment.textStart;
    finding.ruleId = judged.ruleId;
    finding.category = judged.category;
    finding.severity = prediction.preferred >= 0.5f ? Severity::Warning : Severity::Error;
    finding.message = judged.message;
    finding.rationale = judged.rationale;
    const QString text = line.sliced(finding.start, finding.length).toString().simplified();
    for (const TextTemplate &suggestion : judged.suggestions)
        finding.suggestions.append(suggestion.expand({text}));
    result->findings.append(finding);
}

} // namespace rolelens
