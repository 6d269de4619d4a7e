// Limits, endpoints and tags.
#include "ops/ServiceOps.h"

#include "api/RequestReader.h"
#include "ops/EngineImpl.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {

using api::RequestReader;

// The table an ARN names, after checking that it is one of this engine's.
TableInfoPtr tableForArn(EngineImpl& engine, const std::string& arn)
{
    const std::string prefix = "arn:aws:dynamodb:";
    const auto slash = arn.find(":table/");
    if (arn.rfind(prefix, 0) != 0 || slash == std::string::npos)
        throw Error::validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
    const std::string name = arn.substr(slash + 7);
    auto info = engine.catalog().find(name);
    if (!info || engine.tableArn(name) != arn)
        throw Error::resourceNotFound("Requested resource not found: ResourcArn: " + arn + " not found");
    return info;
}

std::string requiredArn(RequestReader& r)
{
    auto arn = r.string("ResourceArn");
    if (!arn)
        r.violationNull("resourceArn");
    else if (arn->empty())
        r.violation(*arn, "resourceArn", "Member must have length greater than or equal to 1");
    else if (arn->size() > 1283)
        r.violation(*arn, "resourceArn", "Member must have length less than or equal to 1283");
    return arn.value_or("");
}

void saveDescription(EngineImpl& engine, storage::WriteLease& lease, TableInfo info)
{
    storage::Transaction tx(lease.db(), true);
    engine.catalog().update(lease.db(), std::move(info));
    try {
        tx.commit();
    } catch (...) {
        engine.catalog().reload(lease.db());
        throw;
    }
}

} // namespace

std::string describeLimits(EngineImpl&, const boost::json::object&)
{
    // DynamoDB's default quotas for an account in a region.
    return R"({"AccountMaxReadCapacityUnits":80000,"AccountMaxWriteCapacityUnits":80000,)"
           R"("TableMaxReadCapacityUnits":40000,"TableMaxWriteCapacityUnits":40000})";
}

std::string describeEndpoints(EngineImpl& engine, const boost::json::object&)
{
    boost::json::object endpoint{{"Address", "dynamodb." + engine.options().region + ".amazonaws.com"},
                                 {"CachePeriodInMinutes", 1440}};
    return boost::json::serialize(boost::json::object{{"Endpoints", boost::json::array{endpoint}}});
}

std::string tagResource(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string arn = requiredArn(r);
    const auto* tags = r.arrayMember("Tags");
    if (!tags)
        r.violationNull("tags");
    r.throwViolations();
    for (size_t i = 0; i < tags->size(); ++i) {
        if (!(*tags)[i].is_object())
            throw Error::serialization("Unexpected value type in payload");
        RequestReader t((*tags)[i].get_object());
        const std::string path = "tags.member." + std::to_string(i + 1);
        auto key = t.string("Key");
        auto value = t.string("Value");
        if (!key)
            r.violationNull(path + ".key");
        else if (key->empty() || key->size() > 128)
            r.violation(*key, path + ".key",
                        key->empty() ? "Member must have length greater than or equal to 1"
                                     : "Member must have length less than or equal to 128");
        if (!value)
            r.violationNull(path + ".value");
        else if (value->size() > 256)
            r.violation(*value, path + ".value", "Member must have length less than or equal to 256");
    }
    r.throwViolations();

    storage::WriteLease lease(engine.store());
    TableInfo info = *tableForArn(engine, arn);
    boost::json::array merged = info.description.contains("Tags") ? info.description["Tags"].as_array()
                                                                  : boost::json::array();
    for (const auto& tag : *tags) {
        const auto& key = tag.as_object().at("Key");
        bool replaced = false;
        for (auto& existing : merged) {
            if (existing.as_object().at("Key") == key) {
                existing = tag;
                replaced = true;
            }
        }
        if (!replaced)
            merged.push_back(tag);
    }
    if (merged.size() > 50)
        throw Error::limitExceeded("The number of tags exceeds the limit of 50 tags per resource");
    info.description["Tags"] = std::move(merged);
    saveDescription(engine, lease, std::move(info));
    return "{}";
}

std::string untagResource(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string arn = requiredArn(r);
    const auto* keys = r.arrayMember("TagKeys");
    if (!keys)
        r.violationNull("tagKeys");
    r.throwViolations();
    storage::WriteLease lease(engine.store());
    TableInfo info = *tableForArn(engine, arn);
    boost::json::array kept;
    if (info.description.contains("Tags")) {
        for (const auto& tag : info.description["Tags"].as_array()) {
            bool removed = false;
            for (const auto& key : *keys)
                removed = removed || tag.as_object().at("Key") == key;
            if (!removed)
                kept.push_back(tag);
        }
    }
    info.description["Tags"] = std::move(kept);
    saveDescription(engine, lease, std::move(info));
    return "{}";
}

std::string listTagsOfResource(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string arn = requiredArn(r);
    r.throwViolations();
    auto info = tableForArn(engine, arn);
    boost::json::array tags = info->description.contains("Tags") ? info->description.at("Tags").as_array()
                                                                  : boost::json::array();
    return boost::json::serialize(boost::json::object{{"Tags", std::move(tags)}});
}

} // namespace dynoscope::ops
