// Query and Scan (AWS API reference pages of the same names), with paging,
// the 1 MB page limit applied before filters, Select and parallel Scan.
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

std::string query(EngineImpl& engine, const boost::json::object& request);
std::string scan(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
