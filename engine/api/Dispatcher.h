// Maps operation names to their handlers: each decodes its JSON request,
// runs the operation and encodes the JSON response.
#pragma once

#include <dynoscope/Engine.h>

#include <boost/json.hpp>

#include <string>
#include <string_view>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::api {

using Handler = std::string (*)(EngineImpl&, const boost::json::object&);

// Null when the API has no such operation.
Handler findHandler(Api api, std::string_view operation);

// Runs a handler, turning every failure into the Result's DynamoDB error.
Result run(EngineImpl& engine, Handler handler, const boost::json::object& request);

} // namespace dynoscope::api
