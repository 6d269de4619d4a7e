// Item collections of tables with local secondary indexes: DynamoDB's limit
// on their size (ItemCollectionSizeLimitExceededException) and the
// ItemCollectionMetrics that ReturnItemCollectionMetrics=SIZE reports.
#pragma once

#include "model/TableInfo.h"
#include "storage/Database.h"
#include "storage/ItemStore.h"

#include <dynoscope/AttributeValue.h>

#include <cstdint>
#include <string>
#include <vector>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

class ItemCollections {
public:
    static constexpr const char* kLimitMessage = "Collection size exceeded.";

    // report: whether the request asked for metrics (ReturnItemCollectionMetrics=SIZE).
    // REQUIRES: the caller holds the write transaction on db while using it.
    ItemCollections(EngineImpl& engine, storage::Database& db, bool report);

    // Call after a write of key in table. When the table has LSIs, measures
    // the item's collection; throws ItemCollectionSizeLimitExceededException
    // when a write that grew it leaves it over the limit.
    void afterWrite(const TableInfo& table, const storage::StoredKey& key, bool grew);

    // Appends ,"ItemCollectionMetrics":{...} for the collection a single-item
    // write touched; nothing without one.
    void appendSingle(std::string& out) const;
    // Appends ,"ItemCollectionMetrics":{"Table":[{...},...]} (batches and
    // transactions); nothing without collections.
    void appendByTable(std::string& out) const;

private:
    struct Metric {
        std::string tableName;
        std::string keyName;
        AttributeValue key;
        std::int64_t bytes = 0;
    };
    static void appendMetric(std::string& out, const Metric& metric);

    std::int64_t m_limit;
    storage::Database& m_db;
    bool m_report;
    std::vector<Metric> m_metrics; // one per collection, in the order first written
};

} // namespace dynoscope::ops
