#pragma once

#include "edits/textedits.h"

namespace rolelens {

/// Where to put the sentence of a missing topic: as a new item at the end of the section it
/// belongs to ("responsibilities" or "qualifications"), found by its heading, in that
/// section's bullet style; or at the end of the posting when there is no such section.
[[nodiscard]] TextEdit topicInsertion(QStringView text, const QString &section,
                                      const QString &snippet);

} // namespace rolelens
