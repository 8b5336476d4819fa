#include "panels/balancebar.h"

#include "theme/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace rolelens {

namespace {
constexpr int kBarHeight = 12;
constexpr int kSpacing = 4;

} // namespace

BalanceBar::BalanceBar(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Leadership and execution balance"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setBalance(m_balance);
}

void BalanceBar::setBalance(Balance balance)
{
    balance.leadership = std::clamp(balance.leadership, 0, 100);
    balance.execution = std::clamp(balance.execution, 0, 100);
    m_balance = balance;
    setAccessibleDescription(
        tr("Leadership %1%, execution %2%").arg(balance.leadership).arg(balance.execution));
    setToolTip(accessibleDescription()); // the labels may be cut down to their numbers
    update();
}

QSize BalanceBar::sizeHint() const
{
    return {220, fontMetrics().height() + kSpacing + kBarHeight};
}

QSize BalanceBar::minimumSizeHint() const
{
    return {100, fontMetrics().height() + kSpacing + kBarHeight};
}

QString BalanceBar::leadershipText() const
{
    return tr("Leadership %1%").arg(m_balance.leadership);
}

QString BalanceBar::executionText() const
{
    return tr("Execution %1%").arg(m_balance.execution);
}

std::pair<QString, QString> BalanceBar::labels() const
{
    // Where the words do not fit, the numbers stay whole: "43%" says more than "Leaders…".
    const QString leadership = leadershipText();
    const QString execution = executionText();
    const QFontMetrics metrics = fontMetrics();
    if (metrics.horizontalAdvance(leadership) + metrics.horizontalAdvance(execution) +
            2 * kSpacing <=
        width())
        return {leadership, execution};
    return {QStringLiteral("%1%").arg(m_balance.leadership),
            QStringLiteral("%1%").arg(m_balance.execution)};
}

void BalanceBar::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QFontMetrics metrics = fontMetrics();
    const QRect labelRect(0, 0, width(), metrics.height());
    painter.setPen(palette().color(QPalette::WindowText));
    const auto [leadership, execution] = labels();
    painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, leadership);
    painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, execution);

    const QRectF bar(0.5, metrics.height() + kSpacing + 0.5, width() - 1.0, kBarHeight - 1.0);
    QPainterPath outline;
    outline.addRoundedRect(bar, kBarHeight / 3.0, kBarHeight / 3.0);
    painter.setClipPath(outline);
    painter.setPen(Qt::NoPen);

    const QColor window = palette().color(QPalette::Window);
    // The analyser makes the two add up to 100, but a bar from hand-made data should still
    // fill its width rather than leave a hole.
    const int total = m_balance.leadership + m_balance.execution;
    if (total == 0) {
        QColor track = palette().color(QPalette::WindowText);
        track.setAlphaF(0.18f);
        painter.fillRect(bar, track);
    } else {
        const qreal split = bar.width() * m_balance.leadership / total;
        painter.fillRect(QRectF(bar.left(), bar.top(), split, bar.height()),
                         theme::leadership(window));
        painter.fillRect(QRectF(bar.left() + split, bar.top(), bar.width() - split, bar.height()),
                         theme::execution(window));
    }

    painter.setClipping(false);
    QColor border = palette().color(QPalette::WindowText);
    border.setAlphaF(0.3f);
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
}

} // namespace rolelens
