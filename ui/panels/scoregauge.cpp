#include "panels/scoregauge.h"

#include "export/displaynames.h"
#include "theme/theme.h"

#include <QPainter>
#include <algorithm>

namespace rolelens {

namespace {
// Qt measures arc angles counter-clockwise from 3 o'clock in 1/16 degree. The gauge opens
// downwards: it starts at 210° (lower left) and runs 240° clockwise to -30° (lower right).
constexpr int kStartAngle = 210 * 16;
constexpr int kSweep = 240 * 16;

/// Fits \a text into \a maxWidth by shrinking \a font, never below a readable size.
void shrinkToFit(QFont &font, const QString &text, qreal maxWidth)
{
    const qreal width = QFontMetricsF(font).horizontalAdvance(text);
    if (width > maxWidth && width > 0) {
        font.setPixelSize(std::max(8, int(font.pixelSize() * maxWidth / width)));
    }
}
} // namespace

ScoreGauge::ScoreGauge(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("TPM fit score"));
    setAccessibleDescription(tr("No score yet"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ScoreGauge::setScore(int score, Verdict verdict)
{
    score = std::clamp(score, 0, 100);
    if (m_hasScore && score == m_score && verdict == m_verdict) {
        return; // called after every analysis; most of them change nothing here
    }
    m_score = score;
    m_verdict = verdict;
    m_hasScore = true;
    setAccessibleDescription(verdict == Verdict::None
                                 ? verdictTitle(verdict)
                                 : tr("%1 out of 100, %2").arg(score).arg(verdictTitle(verdict)));
    update();
}

QSize ScoreGauge::sizeHint() const
{
    return {128, 100};
}

QSize ScoreGauge::minimumSizeHint() const
{
    return {100, 80};
}

QColor ScoreGauge::scoreColor(int score, const QColor &window)
{
    return theme::score(score, window);
}

void ScoreGauge::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    // Below the centre a 240° arc reaches only r·sin 30° = r/2, so the gauge is 1.5 r tall:
    // size it for that rather than for a full circle, or half the height goes unused.
    const qreal outer = std::min(width() / 2.0, height() / 1.5);
    const qreal penWidth = std::max(4.0, outer * 0.13);
    const qreal radius = outer - penWidth / 2;
    const QPointF centre(width() / 2.0, (height() - 1.5 * outer) / 2 + outer);
    const QRectF arcRect(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);

    const QColor textColor = palette().color(QPalette::WindowText);
    // The track is the text colour faded, so it is a neutral grey on any palette.
    QColor trackColor = textColor;
    trackColor.setAlphaF(0.18f);

    QPen pen(trackColor, penWidth, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    painter.drawArc(arcRect, kStartAngle, -kSweep);

    // A posting too short to judge shows no number: a green 79 would vouch for an empty page.
    const bool judged = m_hasScore && m_verdict != Verdict::None;
    if (judged && m_score > 0) {
        pen.setColor(scoreColor(m_score, palette().color(QPalette::Window)));
        painter.setPen(pen);
        painter.drawArc(arcRect, kStartAngle, -kSweep * m_score / 100);
    }

    painter.setPen(textColor);
    const qreal innerWidth = 2 * (radius - penWidth);

    QFont numberFont = font();
    numberFont.setPixelSize(std::max(12, int(outer * 0.55)));
    numberFont.setBold(true);
    // En dash until the first analysis: a "0" would read as a real (terrible) score.
    const QString number = judged ? QString::number(m_score) : QStringLiteral("\u2013");
    shrinkToFit(numberFont, number, innerWidth);
    painter.setFont(numberFont);
    const QRectF numberRect(centre.x() - radius, centre.y() - radius * 0.62, 2 * radius,
                            radius * 0.8);
    painter.drawText(numberRect, Qt::AlignCenter, number);

    if (m_hasScore) {
        QFont verdictFont = font();
        verdictFont.setPixelSize(std::max(9, int(outer * 0.16)));
        const QString verdict = verdictTitle(m_verdict);
        // Between the arc's two ends the free width is 2·r·cos 30° less the pen.
        shrinkToFit(verdictFont, verdict, 2 * radius * 0.866 - penWidth * 1.5);
        painter.setFont(verdictFont);
        const QRectF verdictRect(centre.x() - radius, centre.y() + radius * 0.2, 2 * radius,
                                 radius * 0.4);
        painter.drawText(verdictRect, Qt::AlignHCenter | Qt::AlignTop, verdict);
    }
}

} // namespace rolelens
