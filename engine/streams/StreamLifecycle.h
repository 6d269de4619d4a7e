// A table's stream from StreamSpecification to retirement: reading and
// checking StreamSpecification on CreateTable and UpdateTable with
// DynamoDB's messages, starting a stream (a new label and ARN each time, its
// first shard), disabling it, and keeping it readable after DeleteTable.
#pragma once

#include "api/RequestReader.h"
#include "model/TableInfo.h"
#include "storage/Database.h"

#include <optional>
#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::streams {

struct StreamRequest {
    bool enabled = false;
    std::optional<std::string> viewType;
};

class StreamLifecycle {
public:
    // StreamSpecification of the request, or nullopt when absent; constraint
    // violations are recorded on r for the caller to throw.
    static std::optional<StreamRequest> read(api::RequestReader& r);
    // CreateTable's rules. Throws ValidationException.
    static void checkCreate(const StreamRequest& request);
    // UpdateTable's rules against the table's current stream. Throws
    // ValidationException.
    static void checkUpdate(const StreamRequest& request, const TableInfo& table);

    // The writers REQUIRE the write lease and a write transaction on db.

    // Starts a new stream and sets StreamSpecification, LatestStreamArn and
    // LatestStreamLabel in the description (which holds TableName, TableArn
    // and KeySchema).
    static void enable(EngineImpl& engine, storage::Database& db, TableInfo& info, const std::string& viewType);
    // Disables the table's stream: its shards close and it stays readable for
    // 24 hours; StreamSpecification leaves the description.
    static void disable(EngineImpl& engine, storage::Database& db, TableInfo& info);
    // Disables the stream of a table being deleted, if it has one enabled.
    static void tableDeleted(EngineImpl& engine, storage::Database& db, const TableInfo& info);
};

} // namespace dynoscope::streams
