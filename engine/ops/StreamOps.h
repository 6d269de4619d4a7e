// The DynamoDB Streams API (target DynamoDBStreams_20120810): ListStreams,
// DescribeStream, GetShardIterator, GetRecords (AWS API reference pages of
// the same names, "Amazon DynamoDB Streams" section).
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

std::string listStreams(EngineImpl& engine, const boost::json::object& request);
std::string describeStream(EngineImpl& engine, const boost::json::object& request);
std::string getShardIterator(EngineImpl& engine, const boost::json::object& request);
std::string getRecords(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
