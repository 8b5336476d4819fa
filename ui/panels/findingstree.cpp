#include "panels/findingstree.h"

#include "editor/findinghighlighter.h"
#include "export/displaynames.h"

#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QStyle>

namespace rolelens {

namespace {
// Quotes are cut to this many characters, at a word boundary.
constexpr int kQuoteLength = 60;
// Top-level category items keep their Category here; finding items keep the finding's
// index under Qt::UserRole, and only they have it.
constexpr int kCategoryRole = Qt::UserRole + 1;
// Finding items also keep their severity, to tell when the icon must change.
constexpr int kSeverityRole = Qt::UserRole + 2;
// A hash of what a finding's row shows (its quote, message and rationale): typing moves every
// finding after the cursor, and a row whose text stays needs no new quote and tooltip.
constexpr int kShownRole = Qt::UserRole + 3;

constexpr std::array kCategories = {
    Category::CodingDemand, Category::ExecutionDuty, Category::Credential, Category::CombinedRole,
    Category::Tone,         Category::Requirements,  Category::Pay,        Category::Inclusive,
    Category::Structure,    Category::Spelling};

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

FindingsTree::FindingsTree(QWidget *parent) : QTreeWidget(parent)
{
    setAccessibleName(tr("Findings"));
    setColumnCount(2);
    setHeaderLabels({tr("Severity"), tr("Text")});
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, Qt::UserRole);
        if (index.isValid()) {
            Q_EMIT findingActivated(index.toInt());
        }
    });
    // Remembered per category rather than read back from the old items: a category that
    // disappears for one analysis (all its findings fixed or filtered) comes back collapsed.
    connect(this, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        const QVariant category = item->data(0, kCategoryRole);
        if (category.isValid()) {
            m_collapsed.insert(category.toInt());
        }
    });
    connect(this, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        const QVariant category = item->data(0, kCategoryRole);
        if (category.isValid()) {
            m_collapsed.remove(category.toInt());
        }
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        // Styles that activate on a single click already sent itemActivated for this
        // click; emitting again would jump to the finding twice.
        if (style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, this)) {
            return;
        }
        const QVariant index = item->data(0, Qt::UserRole);
        if (index.isValid()) {
            Q_EMIT findingActivated(index.toInt());
        }
    });
}

void FindingsTree::setGroupNote(Category category, const QString &note)
{
    m_notes.at(static_cast<std::size_t>(category)) = note;
}

bool FindingsTree::showFindings(const QList<Finding> &findings, const QString &text)
{
    // One pass to bucket indexes by category keeps the categories in a fixed order and the
    // findings within each in text order (the findings are sorted by start).
    std::array<QList<int>, kCategories.size()> buckets;
    bool anyFixable = false;
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &finding = findings.at(i);
        buckets.at(static_cast<std::size_t>(finding.category)).append(i);
        anyFixable = anyFixable || !finding.suggestions.isEmpty();
    }
    QList<Category> present;
    for (const Category category : kCategories) {
        if (!buckets.at(static_cast<std::size_t>(category)).isEmpty()) {
            present.append(category);
        }
    }

    const QColor base = palette().color(QPalette::Base);
    const qreal ratio = devicePixelRatioF();
    const std::array icons = {severityIcon(Severity::Info, base, ratio),
                              severityIcon(Severity::Warning, base, ratio),
                              severityIcon(Severity::Error, base, ratio)};
    const auto fill = [&](QTreeWidgetItem *group, Category category) {
        fillGroup(group, category, buckets.at(static_cast<std::size_t>(category)), findings, text,
                  icons);
    };

    if (present == m_shownCategories && !present.isEmpty()) {
        // Typing changes a few rows at most: the groups stay and their rows are updated in
        // place, which keeps the scroll position, selection and expansion as they were. Updates
        // stay on: only the rows that changed repaint, where turning updates back on would
        // repaint the whole list on every keystroke.
        for (int i = 0; i < present.size(); ++i) {
            fill(topLevelItem(i), present.at(i));
        }
    } else {
        setUpdatesEnabled(false);
        // Keep where the user scrolled: this runs after analyses, often while they are
        // reading the list. (What they collapsed is in m_collapsed.)
        const int scroll = verticalScrollBar()->value();
        clear();
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
        addTopLevelItems(topLevel);
        for (QTreeWidgetItem *item : std::as_const(topLevel)) {
            // Spanned, or "Coding demand (3)" would be cut to the width of the severity column.
            item->setFirstColumnSpanned(true);
            const QVariant category = item->data(0, kCategoryRole);
            item->setExpanded(category.isValid() && !m_collapsed.contains(category.toInt()));
        }
        resizeColumnToContents(0);
        verticalScrollBar()->setValue(scroll);
        m_shownCategories = present;
        setUpdatesEnabled(true);
    }

    return anyFixable;
}

void FindingsTree::fillGroup(QTreeWidgetItem *group, Category category, const QList<int> &indexes,
                             const QList<Finding> &findings, const QString &text,
                             const std::array<QIcon, 3> &icons)
{
    // Item setters compare before they notify, so rows that show the same as before cost
    // a comparison, not a repaint.
    const QString &note = m_notes.at(static_cast<std::size_t>(category));
    group->setText(
        0,
        note.isEmpty()
            ? tr("%1 (%2)").arg(categoryTitle(category)).arg(indexes.size())
            : tr("%1 (%2) \u00b7 %3").arg(categoryTitle(category)).arg(indexes.size()).arg(note));

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
        const Finding &finding = findings.at(index);
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
        const QStringView quote = QStringView(text).sliced(finding.start, finding.length);
        const auto shown = quint64(qHashMulti(0, quote, finding.message, finding.rationale));
        if (const QVariant before = child->data(0, kShownRole);
            !before.isValid() || before.toULongLong() != shown) {
            child->setData(0, kShownRole, shown);
            child->setText(1, quoted(quote, kQuoteLength));
            // The whole quote in the tooltip: the column shows only its start.
            QString tip = quoted(quote, quote.size()) + QStringLiteral("\n\n") + finding.message;
            if (!finding.rationale.isEmpty())
                tip += QStringLiteral("\n\n") + finding.rationale;
            child->setToolTip(0, tip);
            child->setToolTip(1, tip);
        }
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
