// ClientRequestToken idempotency of TransactWriteItems: for ten minutes after
// a transaction carrying a token succeeded, the same request with that token
// is answered again without writing, and a different request with it is
// refused. Kept in memory: DynamoDB itself forgets tokens after the window.
#pragma once

#include "ops/CapacityByTable.h"

#include <boost/json.hpp>

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <utility>

namespace dynoscope::ops {

class TransactionTokens {
public:
    static constexpr std::int64_t kWindowMillis = 10 * 60 * 1000;

    // 128 bits of a request's TransactItems, see hashOf().
    using Hash = std::pair<std::uint64_t, std::uint64_t>;

    struct Entry {
        Hash hash;
        std::int64_t expiresAt = 0; // engine clock, milliseconds
        // What a repeat reports: DynamoDB answers it by reading the items.
        CapacityByTable readCapacity{false};
    };

    // Object members are hashed in name order: DynamoDB does not tell
    // requests apart by the order of their JSON members.
    static Hash hashOf(const boost::json::value& transactItems);

    // The live entry of token, or null. Forgets expired entries.
    // REQUIRES: the caller holds the write lease, which serialises every use.
    const Entry* find(const std::string& token, std::int64_t nowMillis);
    // REQUIRES: the write lease, as find().
    void remember(const std::string& token, Entry entry);

private:
    void forgetExpired(std::int64_t nowMillis);

    std::unordered_map<std::string, Entry> m_entries;
    std::deque<std::pair<std::int64_t, std::string>> m_expiries; // in the order remembered
};

} // namespace dynoscope::ops
