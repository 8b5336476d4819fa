#include "panels/findingspanel.h"

#include "editor/findinghighlighter.h"
#include "export/displaynames.h"
#include "panels/balancebar.h"
#include "panels/coveragelist.h"
#include "panels/scoregauge.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <array>

namespace rolelens {

namespace {
QString verdictExplanation(const Analysis &analysis)
{
    if (analysis.role == Role::Developer) {
        return FindingsPanel::tr("Developer posting: TPM checks do not apply");
    }
    switch (analysis.verdict) {
    case Verdict::None:
        return FindingsPanel::tr("Too little text to judge yet");
    case Verdict::Misclassified:
        return FindingsPanel::tr("Reads as a developer role");
    case Verdict::Borderline:
        return FindingsPanel::tr("Some developer demands to review");
    case Verdict::Ok:
        break;
    }
    return FindingsPanel::tr("Leadership-focused posting");
}

QString scoreItemsText(const QList<ScoreItem> &items)
{
    QStringList lines;
    lines.reserve(items.size());
    for (const ScoreItem &item : items) {
        // A real minus sign: a hyphen is too short to read as one next to the number.
        const QString delta = item.delta < 0 ? QChar(0x2212) + QString::number(-item.delta)
                                             : u'+' + QString::number(item.delta);
        lines.append(FindingsPanel::tr("%1  %2").arg(delta, item.label));
    }
    return lines.join(u'\n');
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Findings panel"));

    m_gauge = new ScoreGauge(this);

    m_verdict = new QLabel(this);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setAlignment(Qt::AlignHCenter);
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Verdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);

    m_scoreItems = new QLabel(this);
    m_scoreItems->setTextFormat(Qt::PlainText); // labels come from rule packs, not markup
    m_scoreItems->setWordWrap(true);
    m_scoreItems->setAccessibleName(tr("Score breakdown"));
    QFont smallFont = m_scoreItems->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9);
    m_scoreItems->setFont(smallFont);

    auto *balanceGroup = new QGroupBox(tr("Balance"), this);
    m_balance = new BalanceBar(balanceGroup);
    auto *balanceLayout = new QVBoxLayout(balanceGroup);
    balanceLayout->addWidget(m_balance);

    auto *coverageGroup = new QGroupBox(tr("Coverage"), this);
    m_coverage = new CoverageList(coverageGroup);
    auto *coverageLayout = new QVBoxLayout(coverageGroup);
    coverageLayout->addWidget(m_coverage);

    auto *findingsGroup = new QGroupBox(tr("Findings"), this);
    m_fixAll = new QPushButton(tr("Fix all"), findingsGroup);
    m_fixAll->setAccessibleName(tr("Fix all"));
    m_fixAll->setToolTip(tr("Apply the suggested fix of every shown finding"));
    m_tree = new FindingsTree(findingsGroup);
    m_rulesOff = new QLabel(findingsGroup);
    m_rulesOff->setTextFormat(Qt::PlainText);
    m_rulesOff->setObjectName(QStringLiteral("disabledRules"));
    auto *fixAllRow = new QHBoxLayout;
    fixAllRow->addWidget(m_rulesOff);
    fixAllRow->addStretch();
    fixAllRow->addWidget(m_fixAll);
    auto *findingsLayout = new QVBoxLayout(findingsGroup);
    findingsLayout->addLayout(fixAllRow);
    findingsLayout->addWidget(m_tree, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_gauge, 0, Qt::AlignHCenter);
    layout->addWidget(m_verdict);
    layout->addWidget(m_scoreItems);
    layout->addWidget(balanceGroup);
    layout->addWidget(coverageGroup);
    layout->addWidget(findingsGroup, 1);

    connect(m_fixAll, &QPushButton::clicked, this, &FindingsPanel::fixAllRequested);
    connect(m_coverage, &CoverageList::insertTopicRequested, this,
            &FindingsPanel::insertTopicRequested);
    connect(m_tree, &FindingsTree::findingActivated, this, &FindingsPanel::findingActivated);

    setAnalysis(Analysis{}, QString(), {});
    setDisabledRules({});
}

void FindingsPanel::setDisabledRules(const QStringList &ruleIds)
{
    showDisabledRules(m_rulesOff, ruleIds);
}

void showDisabledRules(QLabel *label, const QStringList &ruleIds)
{
    label->setText(FindingsPanel::tr("%n rule(s) off", nullptr, int(ruleIds.size())));
    label->setToolTip(FindingsPanel::tr("Turned off with Disable Rule: %1.\nSettings \u203a Rule "
                                        "Packs \u203a Disabled Rules turns them back on.")
                          .arg(ruleIds.join(QStringLiteral(", "))));
    label->setVisible(!ruleIds.isEmpty());
}

void FindingsPanel::setAnalysis(const Analysis &analysis, const QString &text,
                                const QList<Finding> &visible)
{
    // Each change of a label re-lays out the dock, which measures the findings tree: with
    // thousands of rows that costs more than the analysis, so only real changes go through.
    const auto setText = [](QLabel *label, const QString &text) {
        if (label->text() != text)
            label->setText(text);
    };
    if (m_gauge->score() != analysis.score || m_gauge->verdict() != analysis.verdict)
        m_gauge->setScore(analysis.score, analysis.verdict);
    setText(m_verdict, verdictExplanation(analysis));
    setText(m_scoreItems, scoreItemsText(analysis.scoreItems));
    if (m_scoreItems->isHidden() != analysis.scoreItems.isEmpty())
        m_scoreItems->setVisible(!analysis.scoreItems.isEmpty());
    const Balance old = m_balance->balance();
    if (old.leadership != analysis.balance.leadership ||
        old.execution != analysis.balance.execution)
        m_balance->setBalance(analysis.balance);
    // Typing moves the offsets of every finding after the cursor but rarely changes what the
    // lists show; rebuilding thousands of rows on every keystroke would be the slowest part
    // of an update. Rows are rebuilt only when what they show changes.
    m_coverage->showCoverage(analysis);
    size_t findings = qHash(visible.size());
    for (const Finding &f : visible)
        findings = qHashMulti(findings, f.ruleId, int(f.severity),
                              QStringView(text).sliced(f.start, f.length));
    if (findings != m_shownFindings) {
        m_shownFindings = findings;
        m_fixAll->setEnabled(m_tree->showFindings(visible, text));
    }
}

QStringList FindingsPanel::missingTopicIds() const
{
    return m_coverage->missingTopicIds();
}

} // namespace rolelens
