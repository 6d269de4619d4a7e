// Batch operations: BatchGetItem and BatchWriteItem (AWS API reference pages
// of the same names).
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

// Reads up to 100 keys across tables from one snapshot; what does not fit in
// the 16 MB response comes back in UnprocessedKeys.
std::string batchGetItem(EngineImpl& engine, const boost::json::object& request);
// Writes up to 25 puts and deletes across tables in one write transaction.
std::string batchWriteItem(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
