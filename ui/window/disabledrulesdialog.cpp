#include "window/disabledrulesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rolelens {

DisabledRulesDialog::DisabledRulesDialog(const QStringList &disabled, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Disabled Rules"));
    auto *intro = new QLabel(
        disabled.isEmpty()
            ? tr("No rules are turned off. Right-click a finding and choose Disable Rule to "
                 "turn its rule off for every posting you open.")
            : tr("These rules are off for every posting you open, and the review report lists "
                 "them. Clear a box to turn its rule back on."),
        this);
    intro->setWordWrap(true);
    for (const QString &ruleId : disabled) {
        auto *item = new QListWidgetItem(ruleId, m_list);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Checked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *allOn = buttons->addButton(tr("Turn All On"), QDialogButtonBox::ResetRole);
    allOn->setEnabled(!disabled.isEmpty());
    connect(allOn, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 320);
}

QStringList DisabledRulesDialog::stillDisabled() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->text());
    }
    return ids;
}

} // namespace rolelens
