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

/// Whether \a finding's first suggestion may be applied with no one looking (--fix, SARIF
/// fixes, Fix All). Always, except a spelling correction of a capitalised word (a company or
/// product name is no typo: "Lumengrove") or one that is not a single word ("Lumen grove").
[[nodiscard]] bool isAutoFixable(QStringView text, const Finding &finding);

/// The edits of every auto-fixable finding's first suggestion, in text order, overlaps left
/// out.
[[nodiscard]] QList<TextEdit> firstSuggestionEdits(QStringView text, QList<Finding> findings);

/// \a text with \a edits (sorted, not overlapping) applied.
[[nodiscard]] QString applyEdits(QStringView text, const QList<TextEdit> &edits);

} // namespace rolelens
