#include "panels/coveragelist.h"

#include "export/displaynames.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace rolelens {

CoverageList::CoverageList(QWidget *parent) : QListWidget(parent)
{
    setAccessibleName(tr("TPM topic coverage"));
    setSelectionMode(QAbstractItemView::NoSelection);
    // Grow with the checklist so the dock's scroll area, not a nested one, does the scrolling.
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        // Enter on a missing topic does what its Insert button does, for keyboard users.
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty()) {
            Q_EMIT insertTopicRequested(id);
        }
    });
}

void CoverageList::showCoverage(const Analysis &analysis)
{
    QStringList coverage;
    for (const TopicCoverage &topic : analysis.coverage)
        coverage.append(topic.id + (topic.present ? u'+' : u'-'));
    coverage.append(roleName(analysis.role));
    if (coverage != m_shown) {
        m_shown = coverage;
        fill(analysis);
    }
}

void CoverageList::fill(const Analysis &analysis)
{
    m_missing.clear();
    setUpdatesEnabled(false);
    clear(); // also deletes the Insert buttons of the old rows

    if (analysis.coverage.isEmpty()) {
        auto *item = new QListWidgetItem(analysis.role == Role::Developer
                                             ? tr("Not checked for developer postings")
                                             : tr("No topics to check"),
                                         this);
        item->setFlags(Qt::NoItemFlags);
    }

    for (const TopicCoverage &topic : analysis.coverage) {
        auto *item = new QListWidgetItem(this);
        if (topic.present) {
            item->setText(QChar(0x2713) + u' ' + topic.title);
            // Enabled so it reads normally, but not selectable: there is nothing to do with it.
            item->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        m_missing.append(topic.id);
        const QString title = QChar(0x2717) + u' ' + topic.title;
        item->setText(title);
        item->setData(Qt::AccessibleTextRole, title);
        item->setToolTip(topic.title + QStringLiteral("\n") + topic.message);
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
        setItemWidget(item, row);
    }
    elideMissingTitles();
    setUpdatesEnabled(true);
}

void CoverageList::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    elideMissingTitles();
}

void CoverageList::elideMissingTitles()
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *item = this->item(i);
        const QString title = item->data(Qt::AccessibleTextRole).toString();
        const QWidget *row = itemWidget(item);
        if (title.isEmpty() || !row)
            continue;
        const int room = viewport()->width() - row->sizeHint().width() - 2 * spacing() - 8;
        item->setText(fontMetrics().elidedText(title, Qt::ElideRight, qMax(room, 0)));
    }
}

} // namespace rolelens
