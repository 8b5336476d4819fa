#pragma once

#include "model/finding.h"

#include <QList>
#include <QString>

namespace rolelens {

/// Replaces [start, start + length) with \a replacement.
struct TextEdit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;
};

/// The edit that applies \a suggestion to \a finding in \a text. An empty suggestion removes
/// the span together with the spaces it leaves behind.
[[nodiscard]] TextEdit editFor(QStringView text, const Finding &finding, const QString &suggestion);

/// The edits of every finding's first suggestion, in text order, overlaps left out.
[[nodiscard]] QList<TextEdit> firstSuggestionEdits(QStringView text, QList<Finding> findings);

/// \a text with \a edits (sorted, not overlapping) applied.
[[nodiscard]] QString applyEdits(QStringView text, const QList<TextEdit> &edits);

} // namespace rolelens
