// Rows the consistency simulation still shows to readers though storage no
// longer holds them: GSI entries removed within the GSI lag, and table items
// deleted within the stale-read window. A read merges them with the stored
// rows in its own order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dynoscope::ops {

template <class Key> struct LaggingRow {
    Key key;
    std::string blob; // the row as it was
};

// Less orders keys as storage does.
template <class Key, class Less = std::less<Key>> class LaggingRows {
public:
    using Rows = std::vector<LaggingRow<Key>>;

    // rows: in any order, already limited to what the read covers.
    LaggingRows(Rows rows, bool forward, Less less = {}) : m_rows(std::move(rows)), m_less(less)
    {
        std::sort(m_rows.begin(), m_rows.end(),
                  [&](const auto& a, const auto& b) { return forward ? m_less(a.key, b.key) : m_less(b.key, a.key); });
        m_forward = forward;
    }

    // Visits the lagging rows that come before key in the read's order. One
    // at key itself stands for the stored row, which the reader does not see
    // yet (*replaced). Returns false when visit asked to stop.
    template <class Visit> bool visitBefore(const Key& key, Visit&& visit, bool* replaced)
    {
        *replaced = false;
        while (m_next < m_rows.size()) {
            const auto& row = m_rows[m_next];
            const bool after = m_forward ? m_less(key, row.key) : m_less(row.key, key);
            if (after)
                break;
            ++m_next;
            *replaced = !m_less(row.key, key) && !m_less(key, row.key);
            if (!visit(row.key, std::string_view(row.blob)))
                return false;
        }
        return true;
    }

    template <class Visit> void visitRest(Visit&& visit)
    {
        while (m_next < m_rows.size()) {
            const auto& row = m_rows[m_next++];
            if (!visit(row.key, std::string_view(row.blob)))
                return;
        }
    }

private:
    Rows m_rows;
    Less m_less;
    bool m_forward = true;
    std::size_t m_next = 0;
};

// Runs read (a storage range read taking a row visitor) with the lagging rows
// merged in: visitStored sees each stored row the lagging ones do not stand
// for, visitLagging each lagging row; both return false when the page is full.
template <class Key, class Less, class Read, class VisitStored, class VisitLagging>
void readMerged(LaggingRows<Key, Less> lagging, Read&& read, VisitStored&& visitStored, VisitLagging&& visitLagging)
{
    bool stopped = false;
    const auto laggingRow = [&](const Key& key, std::string_view blob) {
        stopped = !visitLagging(key, blob);
        return !stopped;
    };
    read([&](const Key& key, std::string_view blob) {
        bool replaced = false;
        if (!lagging.visitBefore(key, laggingRow, &replaced))
            return false;
        if (replaced)
            return true;
        stopped = !visitStored(key, blob);
        return !stopped;
    });
    if (!stopped)
        lagging.visitRest(laggingRow);
}

} // namespace dynoscope::ops
