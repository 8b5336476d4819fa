#pragma once

#include "engine/analyzer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <memory>

class QTextDocument;

namespace rolelens {

/// Re-analyses a document a moment after the user stops typing. Analysis runs on a snapshot
/// of the text in a worker thread, so a large document never blocks typing; a result is only
/// delivered if the document is still exactly the text it was computed from.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    AnalysisController(QTextDocument *document, std::shared_ptr<const RuleSet> rules,
                       QObject *parent = nullptr);
    ~AnalysisController() override;

    /// Milliseconds to wait after the last edit; 0 analyses on the next event-loop turn.
    void setDebounceMs(int ms);
    [[nodiscard]] int debounceMs() const { return m_timer.interval(); }

    /// Switches rule sets (rule disabled, team pack added) and re-analyses.
    void setRules(std::shared_ptr<const RuleSet> rules);
    /// Switches spell checking (null: off) or, with the same checker, drops cached results
    /// after a word was added to the personal dictionary; re-analyses.
    void setSpelling(std::shared_ptr<const SpellChecker> spelling);
    [[nodiscard]] const RuleSet &rules() const { return *m_rules; }
    [[nodiscard]] const std::shared_ptr<const RuleSet> &rulesPointer() const { return m_rules; }
    /// Checks pay transparency against the law of jurisdiction \a id (empty: none); re-analyses.
    void setJurisdiction(const QString &id);
    [[nodiscard]] const QString &jurisdiction() const { return m_jurisdiction; }

    /// Analyses as soon as possible (after a file was opened, for instance).
    void scheduleNow();
    /// Whether the last delivered result matches the document as it is now.
    [[nodiscard]] bool isCurrent() const { return m_deliveredRevision == m_revision; }

    /// Words in the analysed text, counted in the worker thread with the analysis.
    [[nodiscard]] int wordCount() const { return m_wordCount; }

Q_SIGNALS:
    /// \a text is the document text the analysis is for; it equals the document's text.
    void analysisReady(const rolelens::Analysis &analysis, const QString &text);

private:
    struct Result
    {
        Analysis analysis;
        QString text;
        quint64 revision = 0;
    };

    void restart();
    void onContentsChange(int position, int removed, int added);
    void start();
    void finish();

    QTextDocument *m_document;
    std::shared_ptr<const RuleSet> m_rules;
    std::shared_ptr<const SpellChecker> m_spelling;
    std::shared_ptr<IncrementalAnalyzer> m_analyzer;
    QString m_jurisdiction;
    QTimer m_timer;
    QFutureWatcher<Result> m_watcher;
    quint64 m_revision = 1;
    int m_wordCount = 0;
    quint64 m_deliveredRevision = 0;
    bool m_pending = false; // an edit arrived while a job was running
};

} // namespace rolelens
