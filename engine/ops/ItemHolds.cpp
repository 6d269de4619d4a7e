// Items held by simulated in-flight transactions.
#include "ops/ItemHolds.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

void ItemHolds::hold(std::int64_t tableId, const storage::StoredKey& key, std::int64_t nowMillis,
                     std::int64_t durationMillis)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_until, [&](const auto& entry) { return entry.second <= nowMillis; });
    if (durationMillis > 0)
        m_until[{tableId, key.pk, key.sk}] = nowMillis + durationMillis;
    else
        m_until.erase({tableId, key.pk, key.sk});
    m_any = true;
}

bool ItemHolds::isHeld(std::int64_t tableId, const storage::StoredKey& key, std::int64_t nowMillis) const
{
    if (!m_any)
        return false;
    std::lock_guard lock(m_mutex);
    auto it = m_until.find({tableId, key.pk, key.sk});
    return it != m_until.end() && nowMillis < it->second;
}

void ItemHolds::checkWrite(std::int64_t tableId, const storage::StoredKey& key, std::int64_t nowMillis) const
{
    if (isHeld(tableId, key, nowMillis))
        throw Error(Error::Code::TransactionConflict, kMessage);
}

} // namespace dynoscope::ops
