#pragma once

#include "model/analysis.h"

#include <QWidget>
#include <utility>

namespace rolelens {

/// Leadership versus execution emphasis as one horizontal bar: leadership on the left in
/// teal, execution on the right in orange, with "Leadership 70%" / "Execution 30%" above the
/// ends so the split is readable without the colours.
class BalanceBar : public QWidget
{
    Q_OBJECT

public:
    explicit BalanceBar(QWidget *parent = nullptr);

    /// Shows \a balance (percentages are clamped to 0–100) and updates the accessible description.
    void setBalance(Balance balance);
    [[nodiscard]] Balance balance() const { return m_balance; }
    /// The two labels as painted at the bar's width: with their words, or only the numbers.
    [[nodiscard]] std::pair<QString, QString> labels() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] QString leadershipText() const;
    [[nodiscard]] QString executionText() const;

    Balance m_balance;
};

} // namespace rolelens
