#pragma once

#include "model/analysis.h"

#include <QWidget>

namespace rolelens {

/// The TPM fit score as a 240° arc gauge: a grey track, a value arc coloured by band (red
/// below 50, amber below 75, green above), the number in the middle and the verdict under it.
class ScoreGauge : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreGauge(QWidget *parent = nullptr);

    /// Shows \a score (clamped to 0–100) with \a verdict and updates the accessible description.
    void setScore(int score, Verdict verdict);
    [[nodiscard]] int score() const { return m_score; }
    [[nodiscard]] Verdict verdict() const { return m_verdict; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

    /// The value arc's colour for \a score on a window of colour \a window.
    [[nodiscard]] static QColor scoreColor(int score, const QColor &window);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_score = 0;
    Verdict m_verdict = Verdict::Ok;
    bool m_hasScore = false;
};

} // namespace rolelens
