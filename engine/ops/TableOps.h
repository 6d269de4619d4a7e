// Table operations: CreateTable, DescribeTable, ListTables, DeleteTable,
// UpdateTable (AWS API reference pages of the same names).
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

std::string createTable(EngineImpl& engine, const boost::json::object& request);
std::string describeTable(EngineImpl& engine, const boost::json::object& request);
std::string listTables(EngineImpl& engine, const boost::json::object& request);
std::string deleteTable(EngineImpl& engine, const boost::json::object& request);
std::string updateTable(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
