// TTL settings with DynamoDB's messages. DynamoDB takes up to an hour to
// switch TTL (ENABLING, DISABLING) and refuses another change meanwhile;
// here a change is in force at once and may be followed by another.
#include "ops/TtlOps.h"

#include "api/RequestReader.h"
#include "ops/EngineImpl.h"
#include "ops/OpsCommon.h"
#include "ttl/TimeToLive.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {

using api::RequestReader;
using ttl::TimeToLive;

TableInfoPtr tableNamed(EngineImpl& engine, const std::string& name)
{
    return engine.catalog().get(name, "Requested resource not found: Table: " + name + " not found");
}

} // namespace

std::string updateTimeToLive(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string tableName = readTableName(r);
    const auto* spec = r.objectMember("TimeToLiveSpecification");
    std::optional<bool> enabled;
    std::optional<std::string> attribute;
    if (!spec) {
        r.violationNull("timeToLiveSpecification");
    } else {
        RequestReader s(*spec);
        enabled = s.boolean("Enabled");
        attribute = s.string("AttributeName");
        if (!enabled)
            r.violationNull("timeToLiveSpecification.enabled");
        if (!attribute)
            r.violationNull("timeToLiveSpecification.attributeName");
        else if (attribute->empty())
            r.violation(*attribute, "timeToLiveSpecification.attributeName",
                "Member must have length greater than or equal to 1");
        else if (attribute->size() > 255)
            r.violation(*attribute, "timeToLiveSpecification.attributeName",
                "Member must have length less than or equal to 255");
    }
    r.throwViolations();

    storage::WriteLease lease(engine.store());
    TableInfo info = *tableNamed(engine, tableName);
    const auto current = TimeToLive::attribute(info);
    if (current && *current != *attribute)
        throw Error::validation(
            "TimeToLive is active on a different AttributeName: current AttributeName is " + *current);
    if (*enabled && current)
        throw Error::validation("TimeToLive is already enabled");
    if (!*enabled && !current)
        throw Error::validation("TimeToLive is already disabled");
    if (*enabled)
        info.description[TimeToLive::kDescriptionMember] = *attribute;
    else
        info.description.erase(TimeToLive::kDescriptionMember);
    storage::Transaction tx(lease.db(), true);
    engine.catalog().update(lease.db(), std::move(info));
    try {
        tx.commit();
    } catch (...) {
        engine.catalog().reload(lease.db());
        throw;
    }
    boost::json::object out { { "TimeToLiveSpecification",
        { { "AttributeName", *attribute }, { "Enabled", *enabled } } } };
    return boost::json::serialize(out);
}

std::string describeTimeToLive(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string tableName = readTableName(r);
    r.throwViolations();
    const auto attribute = TimeToLive::attribute(*tableNamed(engine, tableName));
    boost::json::object description;
    if (attribute)
        description["AttributeName"] = *attribute;
    description["TimeToLiveStatus"] = attribute ? "ENABLED" : "DISABLED";
    return boost::json::serialize(boost::json::object { { "TimeToLiveDescription", std::move(description) } });
}

} // namespace dynoscope::ops
