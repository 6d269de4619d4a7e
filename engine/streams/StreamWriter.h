// Appends the stream records of item writes, inside the write's own SQLite
// transaction, so that a record exists exactly when its write commits. Used
// by ItemWriter for every write path.
#pragma once

#include "model/TableInfo.h"
#include "storage/Database.h"
#include "streams/StreamStore.h"

#include <dynoscope/AttributeValue.h>

#include <map>
#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::streams {

class StreamWriter {
public:
    // REQUIRES: the caller holds the write lease and a transaction on db.
    StreamWriter(EngineImpl& engine, storage::Database& db)
        : m_engine(engine)
        , m_db(db)
    {
    }

    // Records the change from old to next (either may be null: INSERT or
    // REMOVE). Nothing is recorded when the item is unchanged or the table
    // has no enabled stream. byTimeToLive marks deletions made by TTL.
    void record(const TableInfo& table, const Item* old, const Item* next, bool byTimeToLive);

private:
    struct Target {
        StreamRow stream;
        ShardRow shard;
    };
    // The stream and open shard the table's records go to, or null.
    Target* target(const TableInfo& table);

    EngineImpl& m_engine;
    storage::Database& m_db;
    std::map<std::string, Target> m_targets; // by stream ARN
};

} // namespace dynoscope::streams
