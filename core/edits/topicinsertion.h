#pragma once

#include "edits/textedits.h"

namespace rolelens {

/// Where to put the sentence of a missing topic: as a new bullet at the end of the list of
/// the section it belongs to, in that list's bullet style. \a section is "responsibilities"
/// (duties), "qualifications" (what is required) or "preferred" (what is a plus, falling back
/// to the qualifications), found by the headings the posting uses, including lead-ins such
/// as "Must have:". Without such a section the sentence goes at the end of the posting.
[[nodiscard]] TextEdit topicInsertion(QStringView text, const QString &section,
                                      const QString &snippet);

} // namespace rolelens
