// PartiQL: ExecuteStatement, BatchExecuteStatement and ExecuteTransaction
// (AWS API reference pages of the same names). Statements are parsed
// (partiql/Parser), turned into the equivalent Query, Scan, GetItem, PutItem,
// UpdateItem, DeleteItem, TransactGetItems or TransactWriteItems request
// (partiql/Translator) and run by those operations, so limits, capacity,
// streams and indexes behave exactly as they do for them.
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

// One statement; a SELECT pages with Limit and NextToken.
std::string executeStatement(EngineImpl& engine, const boost::json::object& request);
// Up to 25 statements, all reads (single items by key) or all writes, each
// answered on its own: a failed statement has an Error in its response.
std::string batchExecuteStatement(EngineImpl& engine, const boost::json::object& request);
// Up to 100 statements, all reads or all writes, all or nothing.
std::string executeTransaction(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
