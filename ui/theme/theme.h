#pragma once

#include "model/finding.h"

#include <QColor>

namespace rolelens::theme {

/// Every colour RoleLens paints with, in one place. Each has a darker tone for light palettes
/// and a lighter one for dark palettes, chosen from the background it is drawn on (the
/// palette's Base for text, Window for the dock), so that it keeps its contrast in both.

/// Whether \a background is a dark palette's.
[[nodiscard]] bool isDark(const QColor &background);

/// The underline and icon of a finding of \a severity.
[[nodiscard]] QColor severity(Severity severity, const QColor &base);
/// The underline of a misspelt word.
[[nodiscard]] QColor spelling(const QColor &base);
/// The score gauge's arc for \a score: red below 50, amber below 75, green above.
[[nodiscard]] QColor score(int score, const QColor &window);
/// The balance bar's two parts. Teal and orange differ in hue and in lightness, so the
/// split still shows for colour-blind users.
[[nodiscard]] QColor leadership(const QColor &window);
[[nodiscard]] QColor execution(const QColor &window);
/// A reviewer's comment: its marker in the margin and the tint of its text. Amber, apart
/// from every finding colour, in both palettes.
[[nodiscard]] QColor comment();
/// The tints of removed and added lines in Compare.
[[nodiscard]] QColor removedLine(const QColor &base);
[[nodiscard]] QColor addedLine(const QColor &base);

} // namespace rolelens::theme
