#include "editor/analysiscontroller.h"

#include "editor/editorsettings.h"
#include "editor/textchange.h"

#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace rolelens {

AnalysisController::AnalysisController(QTextDocument *document,
                                       std::shared_ptr<const RuleSet> rules, QObject *parent)
    : QObject(parent), m_document(document), m_rules(std::move(rules)),
      m_analyzer(std::make_shared<IncrementalAnalyzer>(m_rules))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &AnalysisController::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &AnalysisController::finish);
    // contentsChange, not textChanged: it says what changed, and highlighter format updates
    // (which change no characters) can be told apart from edits.
    connect(m_document, &QTextDocument::contentsChange, this,
            &AnalysisController::onContentsChange);
}

AnalysisController::~AnalysisController()
{
    m_watcher.waitForFinished();
}

void AnalysisController::setDebounceMs(int ms)
{
    m_timer.setInterval(qMax(0, ms));
}

void AnalysisController::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_rules = std::move(rules);
    restart();
}

void AnalysisController::setSpelling(std::shared_ptr<const SpellChecker> spelling)
{
    m_spelling = std::move(spelling);
    restart();
}

void AnalysisController::setJurisdiction(const QString &id)
{
    if (id == m_jurisdiction)
        return;
    m_jurisdiction = id;
    restart();
}

void AnalysisController::restart()
{
    // A running job keeps its own analyzer alive; the next job starts from an empty cache.
    m_analyzer = std::make_shared<IncrementalAnalyzer>(m_rules, m_spelling);
    m_analyzer->setJurisdiction(m_jurisdiction);
    ++m_revision;
    scheduleNow();
}

void AnalysisController::scheduleNow()
{
    m_timer.start(0);
}

void AnalysisController::onContentsChange(int, int removed, int added)
{
    if (!changesText(removed, added))
        return;
    ++m_revision;
    m_timer.start();
}

void AnalysisController::start()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const QString text = m_document->toPlainText();
    const quint64 revision = m_revision;
    const std::shared_ptr<IncrementalAnalyzer> analyzer = m_analyzer;
    m_watcher.setFuture(QtConcurrent::run([analyzer, text, revision] {
        return Result{analyzer->analyze(text), text, revision};
    }));
}

void AnalysisController::finish()
{
    const Result result = m_watcher.result();
    if (result.revision == m_revision) {
        m_deliveredRevision = result.revision;
        m_wordCount = result.analysis.wordCount;
        Q_EMIT analysisReady(result.analysis, result.text);
    } else if (!m_timer.isActive()) {
        m_pending = true; // the text moved on while we worked: go again
    }
    if (m_pending)
        start();
}

} // namespace rolelens
