// Dynoscope's reproduction of DynamoDB's transaction conflicts: items marked
// as held by an in-flight transaction, for a while. Writes and transactions
// touching a held item fail as they do in DynamoDB when another transaction
// is working on it. Kept in memory.
#pragma once

#include "storage/ItemStore.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <tuple>

namespace dynoscope::ops {

class ItemHolds {
public:
    static constexpr const char* kMessage = "Transaction is ongoing for the item";

    // Holds the item for durationMillis from nowMillis (0 releases it).
    void hold(std::int64_t tableId, const storage::StoredKey& key, std::int64_t nowMillis,
              std::int64_t durationMillis);
    bool isHeld(std::int64_t tableId, const storage::StoredKey& key, std::int64_t nowMillis) const;
    // Throws TransactionConflictException when the item is held.
    void checkWrite(std::int64_t tableId, const storage::StoredKey& key, std::int64_t nowMillis) const;

private:
    mutable std::mutex m_mutex;
    std::atomic<bool> m_any{false}; // lets every write skip the lock while nothing was ever held
    std::map<std::tuple<std::int64_t, std::string, std::string>, std::int64_t> m_until;
};

} // namespace dynoscope::ops
