// Time to Live settings: UpdateTimeToLive and DescribeTimeToLive (AWS API
// reference pages of the same names). The deletions are ttl/'s.
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

std::string updateTimeToLive(EngineImpl& engine, const boost::json::object& request);
std::string describeTimeToLive(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
