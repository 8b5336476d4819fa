#pragma once

#include <QDialog>

class QListWidget;

namespace rolelens {

/// Settings › Disabled Rules: the rules the user turned off with "Disable Rule", one
/// checkbox each. A rule stays off while its box is ticked; clearing the box turns it back on.
class DisabledRulesDialog : public QDialog
{
    Q_OBJECT

public:
    DisabledRulesDialog(const QStringList &disabled, QWidget *parent);

    /// The rules whose boxes are still ticked.
    [[nodiscard]] QStringList stillDisabled() const;
    [[nodiscard]] QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace rolelens
