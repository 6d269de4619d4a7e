// UpdateTable's GlobalSecondaryIndexUpdates: creating, deleting and
// re-provisioning GSIs of an existing table.
#pragma once

#include "api/RequestReader.h"
#include "model/TableInfo.h"

#include <boost/json.hpp>

#include <string>
#include <vector>

namespace dynoscope::ops {

// Applies the updates to info (its description and indexes), checking them
// as DynamoDB does. Returns the names of the indexes created, which need a
// backfill. Throws ValidationException, ResourceNotFoundException or
// LimitExceededException.
std::vector<std::string> applyIndexUpdates(api::RequestReader& request, const boost::json::array& updates,
                                           TableInfo& info, const std::string& billingMode,
                                           const std::string& tableArn);

} // namespace dynoscope::ops
