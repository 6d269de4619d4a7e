// Dynoscope's own operations (Api::Dynoscope, X-Amz-Target
// Dynoscope_20241101.<Op>): switches for simulating DynamoDB behaviour an
// embedded engine would otherwise never show.
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

// {TableName, GsiLagMillis, StaleReadWindowMillis}: GSI updates become
// visible GsiLagMillis after a write; eventually consistent GetItem returns
// the previous version of an item for StaleReadWindowMillis after a write.
// Zeros turn the simulation off. Returns {}.
std::string setConsistencySimulation(EngineImpl& engine, const boost::json::object& request);

// {TableName, Keys:[key,...], DurationMillis}: marks the items as held by a
// transaction in flight for DurationMillis (0 releases them). Returns {}.
std::string holdItems(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
