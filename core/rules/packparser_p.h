#pragma once

// The rule-pack parser's internals, shared by rulepack.cpp (the pack and its helpers),
// packsections.cpp (lexicons, rules, topics, scoring, exceptions), packmodel.cpp (the
// clause model) and packchecks.cpp (the posting checks). Nothing outside core/rules includes this.

#include "rules/rulepack.h"

#include <QJsonObject>
#include <initializer_list>

namespace rolelens::packparser {

inline constexpr int kMaxGap = 20;
// Bounds that keep a hostile pack from exhausting memory or time before it is rejected.
inline constexpr qsizetype kMaxTermsPerPack = 50000;
inline constexpr qsizetype kMaxRulesPerPack = 1000;
inline constexpr qsizetype kMaxTermLength = 200;
inline constexpr qsizetype kMaxExceptionsPerPack = 10000;
inline constexpr qsizetype kMaxModelFeatures = 200000;

// QJsonDocument keeps no positions, so semantic errors are placed by finding the quoted id
// or key that the problem belongs to in the raw text.
class Locator
{
public:
    Locator(const QByteArray &raw, QString file) : m_raw(raw), m_file(std::move(file)) {}

    [[nodiscard]] SourceLocation at(qsizetype offset) const
    {
        if (!m_lines) // built on first use: a pack places every rule and topic as it loads
            m_lines.emplace(m_raw);
        return m_lines->locate(m_file, offset);
    }

    [[nodiscard]] SourceLocation of(const QString &text) const
    {
        const qsizetype index = m_raw.indexOf('"' + text.toUtf8() + '"');
        return index < 0 ? SourceLocation{m_file, 0, 0} : at(index);
    }

    [[nodiscard]] const QString &file() const { return m_file; }

private:
    const QByteArray &m_raw;
    QString m_file;
    mutable std::optional<LineIndex> m_lines;
};

/// Reads a pack's JSON into a RulePack, stopping at the first problem, which it places at
/// the line and column of what it is about.
class PackParser
{
public:
    PackParser(const QByteArray &raw, const QString &file) : m_locator(raw, file) {}

    bool parse(const QJsonObject &root, RulePack *pack);
    bool parsePostingChecks(const QJsonValue &value, PostingChecksSpec *checks);
    [[nodiscard]] const PackError &error() const { return m_error; }

private:
    bool fail(const SourceLocation &where, const QString &message)
    {
        m_error = {where, message};
        return false;
    }
    bool checkKeys(const QJsonObject &object, std::initializer_list<const char *> known,
                   const QString &anchor, const QString &what);
    bool stringList(const QJsonValue &value, QStringList *out, const QString &anchor,
                    const QString &what);
    bool parseLexicon(const QString &name, const QJsonValue &value, QList<TermSpec> *out);
    bool parseRule(const QJsonValue &value, int index, RuleSpec *rule);
    bool parseStep(const QJsonValue &value, const QString &anchor, StepSpec *step);
    bool parseTopic(const QJsonValue &value, int index, TopicSpec *topic);
    bool parseScoring(const QJsonValue &value, ScoringSpec *scoring);
    bool parseException(const QJsonValue &value, int index, ExceptionSpec *exception);
    bool parseModel(const QJsonValue &value, ClauseModelSpec *model);
    bool parseWeights(const QJsonValue &value, const QString &what, ClauseWeights *out);
    bool parseCheckFinding(const QJsonValue &value, CheckFindingSpec *finding);
    bool parseJurisdiction(const QJsonValue &value, JurisdictionSpec *jurisdiction);
    bool parseCodedWords(const QJsonValue &value, PostingChecksSpec *checks);
    bool requireText(const QJsonObject &object, const char *key, QString *out,
                     const QString &anchor, const QString &what);

    Locator m_locator;
    PackError m_error;
};

} // namespace rolelens::packparser
