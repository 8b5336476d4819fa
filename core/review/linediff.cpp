#include "review/linediff.h"

#include <QHash>
#include <QStringView>
#include <algorithm>
#include <optional>
#include <vector>

namespace rolelens {

namespace {

using Kind = DiffLine::Kind;

// The search for a shortest script gives up after this many steps (comparisons of lines and
// moves to a diagonal): under a tenth of a second, however long and different the texts are.
constexpr qint64 kMaxSearchSteps = 50'000'000;

QList<QStringView> splitLines(const QString &text)
{
    QList<QStringView> lines;
    const QStringView view(text);
    qsizetype start = 0;
    for (qsizetype i = 0; i < view.size(); ++i) {
        const QChar c = view[i];
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append(view.sliced(start, i - start));
        if (c == u'\r' && i + 1 < view.size() && view[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < view.size())
        lines.append(view.sliced(start));
    return lines;
}

// Myers' greedy search for a shortest edit script from a to b: for each number of edits d,
// the furthest point reached on every diagonal k = x - y, kept per d (rows of d + 1 entries)
// for the walk back from the end. Returns the script in order, or nothing when it needs more
// than maxEdits edits or the search more than kMaxSearchSteps steps.
std::optional<std::vector<Kind>> shortestScript(const std::vector<int> &a,
                                                const std::vector<int> &b, int maxEdits)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int limit = std::clamp(maxEdits, 0, n + m);
    const int offset = limit + 1; // v[offset + k], for k from -limit - 1 to limit + 1
    std::vector<int> v(2 * std::size_t(limit) + 3, 0);
    std::vector<int> trace;
    qint64 steps = 0;
    int edits = -1;
    for (int d = 0; d <= limit && edits < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            // Diagonals k - 1 and k + 1 still hold step d - 1: this step writes only the
            // diagonals of d's parity.
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1]      // down: a line of b added
                        : v[offset + k - 1] + 1; // right: a line of a removed
            int y = x - k;
            const int snakeStart = x;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            steps += 1 + x - snakeStart; // the move and the lines compared
            v[offset + k] = x;
            trace.push_back(x);
            // The first point past both ends is exactly (n, m): a point beyond the grid
            // would have a shorter path to (n, m), found at an earlier d.
            if (x >= n && y >= m) {
                edits = d;
                break;
            }
            if (steps > kMaxSearchSteps)
                return std::nullopt;
        }
    }
    if (edits < 0)
        return std::nullopt;

    std::vector<Kind> script;
    script.reserve(std::size_t(n + m));
    int x = n;
    int y = m;
    for (int d = edits; d > 0; --d) {
        const int *previous = trace.data() + std::size_t(d - 1) * std::size_t(d) / 2;
        const auto furthest = [&](int k) { return previous[(k + d - 1) / 2]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && furthest(k - 1) < furthest(k + 1));
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = furthest(previousK);
        const int snakeStart = down ? previousX : previousX + 1;
        for (; x > snakeStart; --x, --y)
            script.push_back(Kind::Same);
        script.push_back(down ? Kind::Added : Kind::Removed);
        x = previousX;
        y = previousX - previousK;
    }
    for (; x > 0; --x)
        script.push_back(Kind::Same);
    std::reverse(script.begin(), script.end());
    return script;
}

} // namespace

QList<DiffLine> diffLines(const QString &before, const QString &after, int maxEdits)
{
    const QList<QStringView> a = splitLines(before);
    const QList<QStringView> b = splitLines(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype aEnd = a.size() - suffix;
    const qsizetype bEnd = b.size() - suffix;

    QList<DiffLine> out;
    out.reserve(std::max(a.size(), b.size()) + std::min(aEnd - prefix, bEnd - prefix));
    qsizetype i = 0; // the next line of a
    qsizetype j = 0; // the next line of b
    const auto same = [&] {
        out.append({Kind::Same, int(i + 1), int(j + 1), a[i].toString()});
        ++i;
        ++j;
    };
    const auto removed = [&] {
        out.append({Kind::Removed, int(i + 1), -1, a[i].toString()});
        ++i;
    };
    const auto added = [&] {
        out.append({Kind::Added, -1, int(j + 1), b[j].toString()});
        ++j;
    };

    while (i < prefix)
        same();

    std::optional<std::vector<Kind>> script;
    if (aEnd > prefix && bEnd > prefix) {
        // Lines as numbers, so that the search compares ints rather than strings.
        QHash<QStringView, int> ids;
        const auto numbered = [&ids](const QList<QStringView> &lines, qsizetype from,
                                     qsizetype to) {
            std::vector<int> numbers;
            numbers.reserve(std::size_t(to - from));
            for (qsizetype line = from; line < to; ++line) {
                auto it = ids.constFind(lines[line]);
                if (it == ids.cend())
                    it = ids.insert(lines[line], int(ids.size()));
                numbers.push_back(it.value());
            }
            return numbers;
        };
        const std::vector<int> middleA = numbered(a, prefix, aEnd);
        const std::vector<int> middleB = numbered(b, prefix, bEnd);
        script = shortestScript(middleA, middleB, maxEdits);
    }
    if (script) {
        // Myers interleaves removals and additions within a change; readers expect the old
        // lines first, so each run of changes is written as its removals, then its additions.
        qsizetype pendingRemoved = 0;
        qsizetype pendingAdded = 0;
        const auto flush = [&] {
            for (; pendingRemoved > 0; --pendingRemoved)
                removed();
            for (; pendingAdded > 0; --pendingAdded)
                added();
        };
        for (const Kind kind : *script) {
            if (kind == Kind::Removed) {
                ++pendingRemoved;
            } else if (kind == Kind::Added) {
                ++pendingAdded;
            } else {
                flush();
                same();
            }
        }
        flush();
    } else {
        // One side is empty, or the texts differ too much to search: the whole middle is
        // replaced.
        while (i < aEnd)
            removed();
        while (j < bEnd)
            added();
    }

    while (i < a.size())
        same();
    return out;
}

} // namespace rolelens
