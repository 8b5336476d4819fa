#pragma once

#include "model/analysis.h"
#include "panels/findingstree.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QToolButton;

namespace rolelens {

class CoverageList;
class ScoreGauge;
class BalanceBar;

/// The Findings dock: score gauge with verdict, leadership/execution balance, the coverage
/// checklist with an "Insert" button per missing topic, and the findings grouped by
/// category with counts. It only shows an Analysis; the window decides what clicks do.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    /// Shows \a analysis, listing \a visible: its findings that pass the window's filter, the
    /// same list the editor and the highlighter show. \a text is the analysed text.
    void setAnalysis(const Analysis &analysis, const QString &text, const QList<Finding> &visible);

    /// Says in the dock how many rules the user turned off, naming them in the tooltip.
    void setDisabledRules(const QStringList &ruleIds);
    /// The label that says it; hidden while every rule is on.
    [[nodiscard]] QLabel *disabledRulesLabel() const { return m_rulesOff; }

    /// Missing topic ids in checklist order (what the checklist offers to insert).
    [[nodiscard]] QStringList missingTopicIds() const;
    /// The splitter between the overview (score, balance, coverage) and the findings.
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }
    /// The findings tree, for tests and keyboard navigation.
    [[nodiscard]] QTreeWidget *findingsTree() const { return m_tree; }

Q_SIGNALS:
    /// The user clicked (or pressed Enter on) finding number \a index of the visible ones.
    void findingActivated(int index);
    /// The user asked to insert the snippet of missing topic \a topicId.
    void insertTopicRequested(const QString &topicId);
    void fixAllRequested();

private:
    ScoreGauge *m_gauge = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_scoreItems = nullptr;
    QToolButton *m_scoreToggle = nullptr;
    QSplitter *m_splitter = nullptr;
    BalanceBar *m_balance = nullptr;
    CoverageList *m_coverage = nullptr;
    FindingsTree *m_tree = nullptr;
    QPushButton *m_fixAll = nullptr;
    QLabel *m_rulesOff = nullptr;
    size_t m_shownFindings = 0; // a hash of what the findings tree shows, likewise
};

/// Shows on \a label "N rules off" with the rules in its tooltip, or hides it when \a ruleIds
/// is empty: the dock and the status bar say it alike.
void showDisabledRules(QLabel *label, const QStringList &ruleIds);

} // namespace rolelens
