// Single-item operations: PutItem, GetItem, UpdateItem, DeleteItem (AWS API
// reference pages of the same names).
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

std::string putItem(EngineImpl& engine, const boost::json::object& request);
std::string getItem(EngineImpl& engine, const boost::json::object& request);
std::string updateItem(EngineImpl& engine, const boost::json::object& request);
std::string deleteItem(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
