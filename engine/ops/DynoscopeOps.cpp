// Handlers of Dynoscope's simulation switches, validated like DynamoDB
// requests (ValidationException, ResourceNotFoundException).
#include "ops/DynoscopeOps.h"

#include "model/WireJson.h"
#include "ops/EngineImpl.h"
#include "ops/ItemKeys.h"
#include "ops/OpsCommon.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {

// A non-negative integer member; 0 when absent.
std::int64_t readMillis(api::RequestReader& r, std::string_view member, const std::string& path)
{
    const auto value = r.integer(member);
    if (value && *value < 0)
        r.violation(std::to_string(*value), path, "Member must have value greater than or equal to 0");
    return value.value_or(0);
}

} // namespace

std::string setConsistencySimulation(EngineImpl& engine, const boost::json::object& request)
{
    api::RequestReader r(request);
    const std::string tableName = readTableName(r);
    ConsistencySimulation::Settings settings;
    settings.gsiLagMillis = readMillis(r, "GsiLagMillis", "gsiLagMillis");
    settings.staleReadWindowMillis = readMillis(r, "StaleReadWindowMillis", "staleReadWindowMillis");
    r.throwViolations();
    tableForItems(engine, tableName);
    engine.consistency().configure(tableName, settings);
    return "{}";
}

std::string holdItems(EngineImpl& engine, const boost::json::object& request)
{
    api::RequestReader r(request);
    const std::string tableName = readTableName(r);
    const boost::json::array* keys = r.arrayMember("Keys");
    if (!keys)
        r.violationNull("keys");
    const std::int64_t duration = readMillis(r, "DurationMillis", "durationMillis");
    r.throwViolations();
    auto table = tableForItems(engine, tableName);
    std::vector<storage::StoredKey> stored;
    for (const auto& key : *keys)
        stored.push_back(storedKeyFromKey(*table, WireJson::decodeItem(key)));
    const std::int64_t now = engine.nowMillis();
    for (const auto& key : stored)
        engine.itemHolds().hold(table->id, key, now, duration);
    return "{}";
}

} // namespace dynoscope::ops
