#pragma once

namespace rolelens {

/// Whether QTextDocument::contentsChange(position, \a removed, \a added) changed the text.
/// The highlighter's format updates send the same signal with nothing removed or added; only
/// a change of characters is an edit (to analyse, to re-anchor comments, to copy for recovery).
[[nodiscard]] constexpr bool changesText(int removed, int added)
{
    return removed != 0 || added != 0;
}

} // namespace rolelens
