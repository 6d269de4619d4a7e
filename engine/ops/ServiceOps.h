// Account- and resource-level operations: DescribeLimits,
// DescribeEndpoints, TagResource, UntagResource, ListTagsOfResource.
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

std::string describeLimits(EngineImpl& engine, const boost::json::object& request);
std::string describeEndpoints(EngineImpl& engine, const boost::json::object& request);
std::string tagResource(EngineImpl& engine, const boost::json::object& request);
std::string untagResource(EngineImpl& engine, const boost::json::object& request);
std::string listTagsOfResource(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
