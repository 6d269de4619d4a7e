// Table lifecycle. DynamoDB's CREATING/DELETING phases are instantaneous
// here: the responses show them as DynamoDB does, the table is ACTIVE (or
// gone) by the next call.
#include "ops/TableOps.h"

#include "api/RequestReader.h"
#include "ops/EngineImpl.h"
#include "ops/IndexUpdates.h"
#include "ops/TableSchema.h"
#include "streams/StreamLifecycle.h"
#include "ttl/TimeToLive.h"

#include <dynoscope/Error.h>

#include <set>

namespace dynoscope::ops {

namespace {

using api::RequestReader;

std::string notFound(std::string_view table)
{
    return "Requested resource not found: Table: " + std::string(table) + " not found";
}

double epochSeconds(std::int64_t millis) { return double(millis) / 1000.0; }

// Validates ProvisionedThroughput / BillingMode of CreateTable and
// UpdateTable; returns the BillingMode in force.
std::string checkBilling(RequestReader& r, const std::optional<std::string>& billing, bool creating)
{
    const auto* throughput = r.objectMember("ProvisionedThroughput");
    if (throughput) {
        RequestReader t(*throughput);
        auto read = t.integer("ReadCapacityUnits");
        auto write = t.integer("WriteCapacityUnits");
        if (!read)
            r.violationNull("provisionedThroughput.readCapacityUnits");
        else if (*read < 1)
            r.violation(std::to_string(*read), "provisionedThroughput.readCapacityUnits",
                        "Member must have value greater than or equal to 1");
        if (!write)
            r.violationNull("provisionedThroughput.writeCapacityUnits");
        else if (*write < 1)
            r.violation(std::to_string(*write), "provisionedThroughput.writeCapacityUnits",
                        "Member must have value greater than or equal to 1");
        r.throwViolations();
        for (auto [value, name] : {std::pair{*read, "ReadCapacityUnits"}, std::pair{*write, "WriteCapacityUnits"}})
            if (value > 1000000000000LL)
                throw Error::validation("Given value " + std::to_string(value) + " for " + name + " is out of bounds");
    }
    const std::string mode = billing.value_or("PROVISIONED");
    if (mode == "PAY_PER_REQUEST" && throughput)
        throw Error::validation("One or more parameter values were invalid: Neither ReadCapacityUnits nor "
                                "WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
    if (creating && mode == "PROVISIONED" && !throughput)
        throw Error::validation("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits "
                                "must both be specified when BillingMode is PROVISIONED");
    return mode;
}

boost::json::object throughputJson(std::int64_t read, std::int64_t write)
{
    return {{"NumberOfDecreasesToday", 0}, {"ReadCapacityUnits", read}, {"WriteCapacityUnits", write}};
}

void applyBilling(boost::json::object& description, const std::string& mode, const boost::json::object* throughput,
                  std::int64_t nowMillis)
{
    if (mode == "PAY_PER_REQUEST") {
        description["BillingModeSummary"] = {{"BillingMode", "PAY_PER_REQUEST"},
                                             {"LastUpdateToPayPerRequestDateTime", epochSeconds(nowMillis)}};
        description["ProvisionedThroughput"] = throughputJson(0, 0);
        return;
    }
    description["BillingModeSummary"] = {{"BillingMode", "PROVISIONED"}};
    if (throughput) {
        const auto old = description.contains("ProvisionedThroughput")
                             ? description["ProvisionedThroughput"].as_object()
                             : boost::json::object();
        auto pt = throughputJson(throughput->at("ReadCapacityUnits").to_number<std::int64_t>(),
                                 throughput->at("WriteCapacityUnits").to_number<std::int64_t>());
        if (old.contains("ReadCapacityUnits")) {
            const bool decrease = pt["ReadCapacityUnits"].as_int64() < old.at("ReadCapacityUnits").as_int64() ||
                                  pt["WriteCapacityUnits"].as_int64() < old.at("WriteCapacityUnits").as_int64();
            const bool increase = pt["ReadCapacityUnits"].as_int64() > old.at("ReadCapacityUnits").as_int64() ||
                                  pt["WriteCapacityUnits"].as_int64() > old.at("WriteCapacityUnits").as_int64();
            pt["NumberOfDecreasesToday"] = old.at("NumberOfDecreasesToday").as_int64() + (decrease ? 1 : 0);
            if (decrease)
                pt["LastDecreaseDateTime"] = epochSeconds(nowMillis);
            else if (old.contains("LastDecreaseDateTime"))
                pt["LastDecreaseDateTime"] = old.at("LastDecreaseDateTime");
            if (increase)
                pt["LastIncreaseDateTime"] = epochSeconds(nowMillis);
            else if (old.contains("LastIncreaseDateTime"))
                pt["LastIncreaseDateTime"] = old.at("LastIncreaseDateTime");
        }
        description["ProvisionedThroughput"] = pt;
    }
}

// The description DynamoDB returns: stored members plus status and counts.
boost::json::object describe(const TableInfo& info, std::string_view status)
{
    boost::json::object d = info.description;
    d.erase("Tags");
    d.erase(ttl::TimeToLive::kDescriptionMember);
    d["TableStatus"] = status;
    d["ItemCount"] = info.stats->itemCount.load();
    d["TableSizeBytes"] = info.stats->sizeBytes.load();
    for (const char* member : {"GlobalSecondaryIndexes", "LocalSecondaryIndexes"}) {
        auto it = d.find(member);
        if (it == d.end())
            continue;
        for (auto& value : it->value().as_array()) {
            auto& index = value.as_object();
            index.erase(storage::Catalog::kIndexIdMember);
            if (const IndexInfo* live = info.index(std::string_view(index.at("IndexName").as_string()))) {
                index["IndexSizeBytes"] = live->stats->sizeBytes.load();
                index["ItemCount"] = live->stats->itemCount.load();
            }
        }
    }
    return d;
}

std::string wrap(std::string_view member, boost::json::object description)
{
    boost::json::object out;
    out[member] = std::move(description);
    return boost::json::serialize(out);
}

} // namespace

std::string createTable(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    auto tableName = r.string("TableName");
    if (!tableName)
        r.violationNull("tableName");
    r.checkName(tableName, "tableName");
    const NamePairs defs = readAttributeDefinitions(r, r.arrayMember("AttributeDefinitions"));
    const NamePairs keys = readKeySchema(r, r.arrayMember("KeySchema"), "keySchema");
    const auto* lsiMember = r.arrayMember("LocalSecondaryIndexes");
    const auto* gsiMember = r.arrayMember("GlobalSecondaryIndexes");
    const auto lsis = readIndexes(r, lsiMember, false, "localSecondaryIndexes");
    const auto gsis = readIndexes(r, gsiMember, true, "globalSecondaryIndexes");
    auto billing = r.string("BillingMode");
    r.checkEnum(billing, "billingMode", {"PROVISIONED", "PAY_PER_REQUEST"});
    const auto stream = streams::StreamLifecycle::read(r);
    r.throwViolations();

    const std::string mode = checkBilling(r, billing, true);
    checkTableSchema(keys, defs, lsiMember ? &lsis : nullptr, gsiMember ? &gsis : nullptr, mode);
    if (stream)
        streams::StreamLifecycle::checkCreate(*stream);

    const auto* tags = r.arrayMember("Tags");
    boost::json::array tagList;
    if (tags)
        tagList = *tags;

    const std::int64_t now = engine.nowMillis();
    TableInfo info;
    info.name = *tableName;
    boost::json::object& d = info.description;
    boost::json::array attributeDefinitions;
    for (const auto& def : defs)
        attributeDefinitions.push_back({{"AttributeName", def.first}, {"AttributeType", def.second}});
    d["AttributeDefinitions"] = std::move(attributeDefinitions);
    const std::string arn = engine.tableArn(*tableName);
    for (const auto& [list, global] : {std::pair{&lsis, false}, std::pair{&gsis, true}}) {
        if (list->empty())
            continue;
        boost::json::array described;
        for (const auto& index : *list) {
            described.push_back(indexDescription(index, global, arn, mode));
            info.indexes.push_back(indexInfo(index, global, defs));
        }
        d[global ? "GlobalSecondaryIndexes" : "LocalSecondaryIndexes"] = std::move(described);
    }
    d["TableName"] = *tableName;
    boost::json::array schema;
    for (const auto& k : keys)
        schema.push_back({{"AttributeName", k.first}, {"KeyType", k.second}});
    d["KeySchema"] = std::move(schema);
    d["CreationDateTime"] = epochSeconds(now);
    applyBilling(d, mode, r.objectMember("ProvisionedThroughput"), now);
    d["TableArn"] = arn;
    d["DeletionProtectionEnabled"] = r.boolean("DeletionProtectionEnabled").value_or(false);
    if (auto tableClass = r.string("TableClass"))
        d["TableClassSummary"] = {{"TableClass", *tableClass}};
    d["Tags"] = std::move(tagList);

    info.hashKey = keyAttribute(keys[0].first, defs);
    if (keys.size() == 2)
        info.rangeKey = keyAttribute(keys[1].first, defs);

    storage::WriteLease lease(engine.store());
    if (engine.catalog().find(*tableName))
        throw Error::resourceInUse("Table already exists: " + *tableName);
    // TableId: a UUID-shaped identifier derived from the creation time and
    // the catalog id, stable for the table's life.
    storage::Transaction tx(lease.db(), true);
    {
        char uuid[40];
        const auto seed = std::uint64_t(now) * 2654435761u;
        std::snprintf(uuid, sizeof uuid, "%08x-%04x-4%03x-8%03x-%012llx", unsigned(seed >> 32), unsigned(seed & 0xffff),
                      unsigned((seed >> 16) & 0xfff), unsigned((seed >> 28) & 0xfff),
                      static_cast<unsigned long long>((seed ^ std::hash<std::string>{}(*tableName)) & 0xffffffffffffULL));
        d["TableId"] = uuid;
    }
    if (stream && stream->enabled)
        streams::StreamLifecycle::enable(engine, lease.db(), info, *stream->viewType);
    auto created = engine.catalog().create(lease.db(), std::move(info));
    tx.commit();
    engine.catalog().publish(created);
    return wrap("TableDescription", describe(*created, "CREATING"));
}

std::string describeTable(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    auto tableName = r.string("TableName");
    if (!tableName)
        r.violationNull("tableName");
    r.checkName(tableName, "tableName");
    r.throwViolations();
    auto info = engine.catalog().get(*tableName, notFound(*tableName));
    return wrap("Table", describe(*info, "ACTIVE"));
}

std::string listTables(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    auto start = r.string("ExclusiveStartTableName");
    auto limit = r.integer("Limit");
    r.checkName(start, "exclusiveStartTableName");
    if (limit && *limit < 1)
        r.violation(std::to_string(*limit), "limit", "Member must have value greater than or equal to 1");
    if (limit && *limit > 100)
        r.violation(std::to_string(*limit), "limit", "Member must have value less than or equal to 100");
    r.throwViolations();
    const size_t max = size_t(limit.value_or(100));
    auto names = engine.catalog().names(start.value_or(""), max + 1);
    boost::json::object out;
    boost::json::array list;
    for (size_t i = 0; i < names.size() && i < max; ++i)
        list.push_back(boost::json::string(names[i]));
    if (names.size() > max)
        out["LastEvaluatedTableName"] = names[max - 1];
    out["TableNames"] = std::move(list);
    return boost::json::serialize(out);
}

std::string deleteTable(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    auto tableName = r.string("TableName");
    if (!tableName)
        r.violationNull("tableName");
    r.checkName(tableName, "tableName");
    r.throwViolations();
    storage::WriteLease lease(engine.store());
    auto info = engine.catalog().get(*tableName, notFound(*tableName));
    if (info->description.contains("DeletionProtectionEnabled") &&
        info->description.at("DeletionProtectionEnabled").as_bool())
        throw Error::validation("Resource cannot be deleted as it is currently protected against deletion. Disable "
                                "deletion protection first.");
    auto description = describe(*info, "DELETING");
    storage::Transaction tx(lease.db(), true);
    streams::StreamLifecycle::tableDeleted(engine, lease.db(), *info);
    engine.catalog().remove(lease.db(), *info);
    try {
        tx.commit();
    } catch (...) {
        engine.catalog().reload(lease.db());
        throw;
    }
    engine.store().forgetStatements(info->itemsTable());
    for (const auto& index : info->indexes)
        engine.store().forgetStatements(index.entriesTable());
    return wrap("TableDescription", std::move(description));
}

std::string updateTable(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    auto tableName = r.string("TableName");
    if (!tableName)
        r.violationNull("tableName");
    r.checkName(tableName, "tableName");
    auto billing = r.string("BillingMode");
    r.checkEnum(billing, "billingMode", {"PROVISIONED", "PAY_PER_REQUEST"});
    const auto* indexUpdates = r.arrayMember("GlobalSecondaryIndexUpdates");
    const auto stream = streams::StreamLifecycle::read(r);
    r.throwViolations();

    storage::WriteLease lease(engine.store());
    auto current = engine.catalog().get(*tableName, notFound(*tableName));
    TableInfo info = *current;
    const std::string currentMode =
        info.description.at("BillingModeSummary").as_object().at("BillingMode").as_string().c_str();
    const auto* throughput = r.objectMember("ProvisionedThroughput");
    const bool protectionChange = r.has("DeletionProtectionEnabled");
    if (!billing && !throughput && !protectionChange && !r.has("TableClass") && !indexUpdates && !stream)
        throw Error::validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                                "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
    if (stream) {
        if (throughput || (billing && *billing == "PROVISIONED"))
            throw Error::validation("One or more parameter values were invalid: You cannot modify stream status "
                                    "while updating table IOPS");
        if (indexUpdates)
            for (const auto& update : *indexUpdates)
                if (update.is_object() && (update.get_object().contains("Create") ||
                                           update.get_object().contains("Delete")))
                    throw Error::validation("One or more parameter values were invalid: You cannot create or "
                                            "delete index while changing stream status");
        streams::StreamLifecycle::checkUpdate(*stream, info);
    }
    const std::string mode = checkBilling(r, billing ? billing : std::optional<std::string>(currentMode),
                                          billing && *billing == "PROVISIONED" && currentMode != "PROVISIONED");
    if (throughput && mode == "PROVISIONED") {
        const auto& pt = info.description.at("ProvisionedThroughput").as_object();
        if (currentMode == "PROVISIONED" &&
            pt.at("ReadCapacityUnits").as_int64() == throughput->at("ReadCapacityUnits").to_number<std::int64_t>() &&
            pt.at("WriteCapacityUnits").as_int64() == throughput->at("WriteCapacityUnits").to_number<std::int64_t>() &&
            !billing && !protectionChange && !indexUpdates)
            throw Error::validation("The provisioned throughput for the table will not change. The requested value "
                                    "equals the current value. Current ReadCapacityUnits provisioned for the table: " +
                                    std::to_string(pt.at("ReadCapacityUnits").as_int64()) +
                                    ". Requested ReadCapacityUnits: " +
                                    std::to_string(throughput->at("ReadCapacityUnits").to_number<std::int64_t>()) +
                                    ". Current WriteCapacityUnits provisioned for the table: " +
                                    std::to_string(pt.at("WriteCapacityUnits").as_int64()) +
                                    ". Requested WriteCapacityUnits: " +
                                    std::to_string(throughput->at("WriteCapacityUnits").to_number<std::int64_t>()) +
                                    ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to "
                                    "request higher limits.");
    }
    if (billing || throughput)
        applyBilling(info.description, mode, throughput, engine.nowMillis());
    if (protectionChange)
        info.description["DeletionProtectionEnabled"] = *r.boolean("DeletionProtectionEnabled");
    if (auto tableClass = r.string("TableClass"))
        info.description["TableClassSummary"] = {{"TableClass", *tableClass}};
    std::vector<std::string> created;
    if (indexUpdates)
        created = applyIndexUpdates(r, *indexUpdates, info, mode, engine.tableArn(*tableName));

    storage::Transaction tx(lease.db(), true);
    if (stream && stream->enabled)
        streams::StreamLifecycle::enable(engine, lease.db(), info, *stream->viewType);
    else if (stream)
        streams::StreamLifecycle::disable(engine, lease.db(), info);
    auto updated = engine.catalog().update(lease.db(), std::move(info));
    try {
        tx.commit();
    } catch (...) {
        engine.catalog().reload(lease.db());
        throw;
    }
    for (const auto& index : created)
        engine.backfiller().enqueue(*tableName, index);
    return wrap("TableDescription", describe(*updated, "UPDATING"));
}

} // namespace dynoscope::ops
