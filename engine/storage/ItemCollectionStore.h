// The stored size of an item collection: the items of one partition key in
// a table with local secondary indexes, plus their LSI entries.
#pragma once

#include "model/TableInfo.h"
#include "storage/Database.h"

#include <cstdint>
#include <string_view>

namespace dynoscope::storage {

class ItemCollectionStore {
public:
    // The bytes of the stored items and LSI entries of partition key pk (at
    // ring position hash). Measured on the stored encoding, which is close to
    // DynamoDB's item size; one range read per table, which reads no blob.
    static std::int64_t bytes(Database& db, const TableInfo& table, std::int64_t hash, std::string_view pk);
};

} // namespace dynoscope::storage
