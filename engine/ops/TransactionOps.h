// Transactions: TransactWriteItems and TransactGetItems (AWS API reference
// pages of the same names).
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

// Up to 100 Put, Update, Delete and ConditionCheck actions, all or nothing,
// in one SQLite transaction under the write lease; ClientRequestToken makes
// a repeat within ten minutes answer without writing again.
std::string transactWriteItems(EngineImpl& engine, const boost::json::object& request);
// Up to 100 Gets read from one snapshot; Responses in request order.
std::string transactGetItems(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
