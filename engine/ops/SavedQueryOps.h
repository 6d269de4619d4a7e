// Dynoscope's saved-query operations (Api::Dynoscope, X-Amz-Target
// Dynoscope_20241101.<Op>): a table's named access patterns and the history
// of its queries, stored in the database file (storage/SavedQueryStore.h,
// which also says why DeleteTable keeps them). Definitions are JSON objects
// the engine stores as given and never interprets. Errors are DynamoDB's:
// ValidationException for bad members, ResourceNotFoundException for a
// missing table or saved query, ResourceInUseException for a name taken.
// On a read-only database the writes answer ValidationException, as other
// writes do there.
#pragma once

#include <boost/json.hpp>

#include <string>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

// {TableName, Name, Definition}: creates or replaces the table's saved query
// of that name. REQUIRES: the table exists. Returns {SavedQuery:{...}}.
std::string putSavedQuery(EngineImpl& engine, const boost::json::object& request);

// {TableName} -> {SavedQueries:[{Name, Definition, CreatedAt, UpdatedAt}]},
// by name; times in seconds since the epoch, as DynamoDB writes times.
std::string listSavedQueries(EngineImpl& engine, const boost::json::object& request);

// {TableName, Name}. Returns {}.
std::string deleteSavedQuery(EngineImpl& engine, const boost::json::object& request);

// {TableName, Name, NewName}. Returns {SavedQuery:{...}}.
std::string renameSavedQuery(EngineImpl& engine, const boost::json::object& request);

// {TableName, Definition}: records a query that ran; the newest 200 of each
// table are kept. REQUIRES: the table exists. Returns {}.
std::string addQueryHistory(EngineImpl& engine, const boost::json::object& request);

// {TableName, Limit (1..200, default 200)} -> {QueryHistory:[{Definition,
// RanAt}]}, newest first.
std::string listQueryHistory(EngineImpl& engine, const boost::json::object& request);

} // namespace dynoscope::ops
