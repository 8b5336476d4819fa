#pragma once

#include <QStringView>

namespace rolelens {

/// Whether a link in a posting may stay a link when it is imported or exported: only web
/// and mail addresses. "javascript:", "file:" or "data:" links keep their words only.
[[nodiscard]] inline bool isSafeLinkTarget(QStringView target)
{
    return target.startsWith(u"http://", Qt::CaseInsensitive) ||
           target.startsWith(u"https://", Qt::CaseInsensitive) ||
           target.startsWith(u"mailto:", Qt::CaseInsensitive);
}

} // namespace rolelens
