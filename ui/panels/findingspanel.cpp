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
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
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
    m_scoreItems->hide();
    // The breakdown can run to ten lines: folded away until asked for, so the findings keep
    // the room.
    m_scoreToggle = new QToolButton(this);
    m_scoreToggle->setText(tr("What moved the score"));
    m_scoreToggle->setObjectName(QStringLiteral("scoreToggle"));
    m_scoreToggle->setCheckable(true);
    m_scoreToggle->setAutoRaise(true);
    m_scoreToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scoreToggle->setArrowType(Qt::RightArrow);
    connect(m_scoreToggle, &QToolButton::toggled, this, [this](bool open) {
        m_scoreToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_scoreItems->setVisible(open);
    });

    m_balance = new BalanceBar(this);
    m_balance->setAccessibleName(tr("Balance"));

    auto *coverageGroup = new QGroupBox(tr("Coverage"), this);
    m_coverage = new CoverageList(coverageGroup);
    auto *coverageLayout = new QVBoxLayout(coverageGroup);
    coverageLayout->setContentsMargins(4, 4, 4, 4);
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

    // The gauge beside the verdict and the balance, not above them: the header stays short.
    auto *summary = new QWidget(this);
    auto *beside = new QVBoxLayout;
    beside->addStretch();
    beside->addWidget(m_verdict);
    beside->addWidget(m_balance);
    beside->addStretch();
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_gauge);
    header->addLayout(beside, 1);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(6, 6, 6, 0);
    summaryLayout->addLayout(header);
    summaryLayout->addWidget(m_scoreToggle, 0, Qt::AlignLeft);
    summaryLayout->addWidget(m_scoreItems);
    summaryLayout->addWidget(coverageGroup);
    summaryLayout->addStretch();
    auto *overview = new QScrollArea(this);
    overview->setObjectName(QStringLiteral("overview"));
    overview->setWidget(summary);
    overview->setWidgetResizable(true);
    overview->setFrameShape(QFrame::NoFrame);
    overview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The overview and the findings share the dock's height; the findings get most of it,
    // and the user can move the handle.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("findingsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(overview);
    m_splitter->addWidget(findingsGroup);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

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
    m_scoreToggle->setEnabled(!analysis.scoreItems.isEmpty());
    m_scoreItems->setVisible(m_scoreToggle->isChecked() && !analysis.scoreItems.isEmpty());
    const Balance old = m_balance->balance();
    if (old.leadership != analysis.balance.leadership ||
        old.execution != analysis.balance.execution)
        m_balance->setBalance(analysis.balance);
    // Typing moves the offsets of every finding after the cursor but rarely changes what the
    // lists show; rebuilding thousands of rows on every keystroke would be the slowest part
    // of an update. Rows are rebuilt only when what they show changes.
    m_coverage->showCoverage(analysis);
    const QString coded =
        analysis.masculineCoded + analysis.feminineCoded == 0
            ? QString()
            : tr("coded words per 100: %1 masculine, %2 feminine")
                  .arg(QLocale().toString(analysis.codedPer100Words(true), 'f', 1),
                       QLocale().toString(analysis.codedPer100Words(false), 'f', 1));
    m_tree->setGroupNote(Category::Inclusive, coded);
    size_t findings = qHashMulti(qHash(visible.size()), coded);
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
