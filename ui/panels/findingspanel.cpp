#include "panels/findingspanel.h"

#include "editor/findinghighlighter.h"
#include "export/displaynames.h"
#include "panels/balancebar.h"
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
constexpr int kQuoteLength = 60;
// Top-level category items keep their Category here; finding items keep the finding's
// index under Qt::UserRole, and only they have it.
constexpr int kCategoryRole = Qt::UserRole + 1;
// Finding items also keep their severity, to tell when the icon must change.
constexpr int kSeverityRole = Qt::UserRole + 2;

constexpr std::array kCategories = {Category::CodingDemand, Category::ExecutionDuty,
                                    Category::Credential,   Category::CombinedRole,
                                    Category::Tone,         Category::Spelling};

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

/// A filled dot in the severity's colour, so each row carries an icon as well as the word.
QIcon severityIcon(Severity severity, const QColor &base, qreal devicePixelRatio)
{
    constexpr int kSize = 12;
    QPixmap pixmap(QSize(kSize, kSize) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(FindingHighlighter::severityColor(severity, base));
    painter.drawEllipse(QRectF(1.5, 1.5, kSize - 3.0, kSize - 3.0));
    return QIcon(pixmap);
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
    m_coverage = new QListWidget(coverageGroup);
    m_coverage->setAccessibleName(tr("TPM topic coverage"));
    m_coverage->setSelectionMode(QAbstractItemView::NoSelection);
    // Grow with the checklist so the dock's scroll area, not a nested one, does the scrolling.
    m_coverage->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    auto *coverageLayout = new QVBoxLayout(coverageGroup);
    coverageLayout->addWidget(m_coverage);

    auto *findingsGroup = new QGroupBox(tr("Findings"), this);
    m_fixAll = new QPushButton(tr("Fix all"), findingsGroup);
    m_fixAll->setAccessibleName(tr("Fix all"));
    m_fixAll->setToolTip(tr("Apply the suggested fix of every shown finding"));
    m_tree = new QTreeWidget(findingsGroup);
    m_tree->setAccessibleName(tr("Findings"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Severity"), tr("Text")});
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    auto *fixAllRow = new QHBoxLayout;
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
    connect(m_coverage, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        // Enter on a missing topic does what its Insert button does, for keyboard users.
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty()) {
            Q_EMIT insertTopicRequested(id);
        }
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, Qt::UserRole);
        if (index.isValid()) {
            Q_EMIT findingActivated(index.toInt());
        }
    });
    // Remembered per category rather than read back from the old items: a category that
    // disappears for one analysis (all its findings fixed or filtered) comes back collapsed.
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        const QVariant category = item->data(0, kCategoryRole);
        if (category.isValid()) {
            m_collapsed.insert(category.toInt());
        }
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        const QVariant category = item->data(0, kCategoryRole);
        if (category.isValid()) {
            m_collapsed.remove(category.toInt());
        }
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        // Styles that activate on a single click already sent itemActivated for this
        // click; emitting again would jump to the finding twice.
        if (m_tree->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr,
                                       m_tree)) {
            return;
        }
        const QVariant index = item->data(0, Qt::UserRole);
        if (index.isValid()) {
            Q_EMIT findingActivated(index.toInt());
        }
    });

    setAnalysis(Analysis{}, QString(), QList<bool>{});
}

void FindingsPanel::setAnalysis(const Analysis &analysis, const QString &text,
                                const QList<bool> &shown)
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
    QStringList coverage;
    for (const TopicCoverage &topic : analysis.coverage)
        coverage.append(topic.id + (topic.present ? u'+' : u'-'));
    coverage.append(roleName(analysis.role));
    if (coverage != m_shownCoverage) {
        m_shownCoverage = coverage;
        fillCoverage(analysis);
    }
    size_t findings = qHash(analysis.findings.size());
    for (qsizetype i = 0; i < analysis.findings.size(); ++i) {
        const Finding &f = analysis.findings[i];
        if (shown.value(i, true)) {
            findings = qHashMulti(findings, f.ruleId, int(f.severity),
                                  QStringView(text).sliced(f.start, f.length));
        }
    }
    if (findings != m_shownFindings) {
        m_shownFindings = findings;
        fillFindings(analysis, text, shown);
    }
}

QStringList FindingsPanel::missingTopicIds() const
{
    return m_missing;
}

void FindingsPanel::fillCoverage(const Analysis &analysis)
{
    m_missing.clear();
    m_coverage->setUpdatesEnabled(false);
    m_coverage->clear(); // also deletes the Insert buttons of the old rows

    if (analysis.coverage.isEmpty()) {
        auto *item = new QListWidgetItem(analysis.role == Role::Developer
                                             ? tr("Not checked for developer postings")
                                             : tr("No topics to check"),
                                         m_coverage);
        item->setFlags(Qt::NoItemFlags);
    }

    for (const TopicCoverage &topic : analysis.coverage) {
        auto *item = new QListWidgetItem(m_coverage);
        if (topic.present) {
            item->setText(QChar(0x2713) + u' ' + topic.title);
            // Enabled so it reads normally, but not selectable: there is nothing to do with it.
            item->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        m_missing.append(topic.id);
        item->setText(QChar(0x2717) + u' ' + topic.title);
        item->setToolTip(topic.message);
        item->setData(Qt::UserRole, topic.id);
        item->setFlags(Qt::ItemIsEnabled);

        // The row widget is transparent and only holds the button at its right end, so the
        // item's own text (which screen readers and tests see) shows through on the left.
        auto *row = new QWidget;
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 1, 2, 1);
        rowLayout->addStretch();
        auto *button = new QPushButton(tr("Insert"), row);
        button->setAccessibleName(tr("Insert: %1").arg(topic.title));
        button->setToolTip(topic.snippet.isEmpty() ? topic.message : topic.snippet);
        button->setAutoDefault(false);
        rowLayout->addWidget(button);
        const QString id = topic.id;
        connect(button, &QPushButton::clicked, this,
                [this, id] { Q_EMIT insertTopicRequested(id); });
        // Width 0, not the item's default -1: a size hint with a negative side is ignored.
        item->setSizeHint(QSize(0, row->sizeHint().height()));
        m_coverage->setItemWidget(item, row);
    }
    m_coverage->setUpdatesEnabled(true);
}

void FindingsPanel::fillFindings(const Analysis &analysis, const QString &text,
                                 const QList<bool> &shown)
{
    // One pass to bucket indexes by category keeps the categories in a fixed order and the
    // findings within each in text order (analysis.findings is sorted by start).
    std::array<QList<int>, kCategories.size()> buckets;
    bool anyFixable = false;
    for (int i = 0; i < analysis.findings.size(); ++i) {
        // A missing flag counts as shown, so a caller without a filter sees everything.
        if (!shown.value(i, true)) {
            continue;
        }
        const Finding &finding = analysis.findings.at(i);
        buckets.at(static_cast<std::size_t>(finding.category)).append(i);
        anyFixable = anyFixable || !finding.suggestions.isEmpty();
    }
    QList<Category> present;
    for (const Category category : kCategories) {
        if (!buckets.at(static_cast<std::size_t>(category)).isEmpty()) {
            present.append(category);
        }
    }

    const QColor base = m_tree->palette().color(QPalette::Base);
    const qreal ratio = m_tree->devicePixelRatioF();
    const std::array icons = {severityIcon(Severity::Info, base, ratio),
                              severityIcon(Severity::Warning, base, ratio),
                              severityIcon(Severity::Error, base, ratio)};
    const auto fill = [&](QTreeWidgetItem *group, Category category) {
        fillGroup(group, category, buckets.at(static_cast<std::size_t>(category)), analysis, text,
                  icons);
    };

    m_tree->setUpdatesEnabled(false);
    if (present == m_shownCategories && !present.isEmpty()) {
        // Typing changes a few rows at most: the groups stay and their rows are updated in
        // place, which keeps the scroll position, selection and expansion as they were.
        for (int i = 0; i < present.size(); ++i) {
            fill(m_tree->topLevelItem(i), present.at(i));
        }
    } else {
        // Keep where the user scrolled: this runs after analyses, often while they are
        // reading the list. (What they collapsed is in m_collapsed.)
        const int scroll = m_tree->verticalScrollBar()->value();
        m_tree->clear();
        QList<QTreeWidgetItem *> topLevel;
        for (const Category category : std::as_const(present)) {
            auto *group = new QTreeWidgetItem;
            group->setData(0, kCategoryRole, static_cast<int>(category));
            fill(group, category);
            topLevel.append(group);
        }
        if (topLevel.isEmpty()) {
            auto *none = new QTreeWidgetItem({tr("No findings")});
            none->setFlags(Qt::NoItemFlags);
            topLevel.append(none);
        }
        // Adding all top-level items at once is one model reset instead of one insert each.
        m_tree->addTopLevelItems(topLevel);
        for (QTreeWidgetItem *item : std::as_const(topLevel)) {
            // Spanned, or "Coding demand (3)" would be cut to the width of the severity column.
            item->setFirstColumnSpanned(true);
            const QVariant category = item->data(0, kCategoryRole);
            item->setExpanded(category.isValid() && !m_collapsed.contains(category.toInt()));
        }
        m_tree->resizeColumnToContents(0);
        m_tree->verticalScrollBar()->setValue(scroll);
        m_shownCategories = present;
    }
    m_tree->setUpdatesEnabled(true);

    m_fixAll->setEnabled(anyFixable);
}

void FindingsPanel::fillGroup(QTreeWidgetItem *group, Category category, const QList<int> &indexes,
                              const Analysis &analysis, const QString &text,
                              const std::array<QIcon, 3> &icons)
{
    // Item setters compare before they notify, so rows that show the same as before cost
    // a comparison, not a repaint.
    group->setText(0, tr("%1 (%2)").arg(categoryTitle(category)).arg(indexes.size()));

    // A list of thousands of rows helps nobody and costs milliseconds on every update: the
    // first rows are listed, F8 steps through all of them in the text.
    constexpr qsizetype kMaxRows = 200;
    const int rows = int(qMin(indexes.size(), kMaxRows));
    const auto isMoreRow = [](const QTreeWidgetItem *item) {
        return !item->data(0, Qt::UserRole).isValid();
    };
    QTreeWidgetItem *last = group->child(group->childCount() - 1);
    const bool needMore = indexes.size() > kMaxRows;
    if (last && isMoreRow(last) && !needMore) {
        delete last;
    }
    const int findingRows = group->childCount() - (needMore && last && isMoreRow(last) ? 1 : 0);
    for (int row = findingRows - 1; row >= rows; --row) {
        delete group->takeChild(row);
    }

    for (int row = 0; row < rows; ++row) {
        const int index = indexes.at(row);
        const Finding &finding = analysis.findings.at(index);
        QTreeWidgetItem *child = group->child(row);
        if (!child || isMoreRow(child)) {
            child = new QTreeWidgetItem;
            group->insertChild(row, child);
        }
        const int severity = static_cast<int>(finding.severity);
        if (child->data(0, kSeverityRole) != severity) {
            // Icons do not compare equal even when they are; the severity tells when to set it.
            child->setData(0, kSeverityRole, severity);
            child->setIcon(0, icons.at(static_cast<std::size_t>(severity)));
            child->setText(0, severityTitle(finding.severity));
        }
        child->setText(
            1, quoted(QStringView(text).sliced(finding.start, finding.length), kQuoteLength));
        const QString tip = finding.rationale.isEmpty()
                                ? finding.message
                                : finding.message + QStringLiteral("\n\n") + finding.rationale;
        child->setToolTip(0, tip);
        child->setToolTip(1, tip);
        child->setData(0, Qt::UserRole, index);
    }

    if (needMore) {
        QTreeWidgetItem *more = group->child(rows);
        if (!more) {
            more = new QTreeWidgetItem(group);
            more->setFlags(Qt::NoItemFlags);
        }
        more->setText(1, tr("\u2026 and %n more (F8 steps through every finding)", nullptr,
                            int(indexes.size() - kMaxRows)));
    }
}

} // namespace rolelens
