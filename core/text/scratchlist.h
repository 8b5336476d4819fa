#pragma once

#include <QList>
#include <vector>

namespace rolelens {

/// Hands the items gathered in a reused \a scratch vector (thread_local in a hot loop, whose
/// push_back is inlined where QList::append is not) over as a QList in one copy, and frees the
/// scratch's memory once a large input has grown it beyond \a keptCapacity items.
template<typename T>
[[nodiscard]] QList<T> takeAsList(std::vector<T> &scratch, std::size_t keptCapacity)
{
    QList<T> out(scratch.cbegin(), scratch.cend());
    if (scratch.capacity() > keptCapacity)
        std::vector<T>().swap(scratch);
    return out;
}

} // namespace rolelens
