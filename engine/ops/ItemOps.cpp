// PutItem, GetItem, UpdateItem and DeleteItem. A write reads the old item,
// checks its condition and writes, all in one SQLite transaction under the
// writer lease, so conditional writes are atomic.
#include "ops/ItemOps.h"

#include "model/ItemSize.h"
#include "model/WireJson.h"
#include "ops/CapacityCharge.h"
#include "ops/EngineImpl.h"
#include "ops/ItemCollections.h"
#include "ops/ItemKeys.h"
#include "ops/ItemWriter.h"
#include "ops/OpsCommon.h"
#include "ops/RequestExpressions.h"
#include "storage/ItemStore.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {

using api::RequestReader;

enum class ReturnValues { None, AllOld, UpdatedOld, AllNew, UpdatedNew };

ReturnValues readReturnValues(RequestReader& r, std::initializer_list<std::string_view> allowed)
{
    auto value = r.string("ReturnValues");
    r.checkEnum(value, "returnValues", {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"});
    r.throwViolations();
    if (!value)
        return ReturnValues::None;
    bool ok = false;
    for (auto a : allowed)
        ok = ok || *value == a;
    if (!ok)
        throw Error::validation("Return values set to invalid value");
    if (*value == "ALL_OLD")
        return ReturnValues::AllOld;
    if (*value == "UPDATED_OLD")
        return ReturnValues::UpdatedOld;
    if (*value == "ALL_NEW")
        return ReturnValues::AllNew;
    if (*value == "UPDATED_NEW")
        return ReturnValues::UpdatedNew;
    return ReturnValues::None;
}

bool readReturnOldOnFailure(RequestReader& r)
{
    auto value = r.string("ReturnValuesOnConditionCheckFailure");
    r.checkEnum(value, "returnValuesOnConditionCheckFailure", {"ALL_OLD", "NONE"});
    return value == "ALL_OLD";
}

bool readItemCollectionMetrics(RequestReader& r)
{
    auto value = r.string("ReturnItemCollectionMetrics");
    r.checkEnum(value, "returnItemCollectionMetrics", {"SIZE", "NONE"});
    return value == "SIZE";
}

[[noreturn]] void conditionFailed(const std::optional<Item>& old, bool returnOld)
{
    Error error = Error::conditionalCheckFailed();
    if (returnOld && old) {
        std::string json;
        WireJson::appendItemJson(json, *old);
        error.setItemJson(std::move(json));
    }
    throw error;
}

void checkItemSize(std::size_t size)
{
    if (size > ItemSize::kMaxItemSize)
        throw Error::validation("Item size has exceeded the maximum allowed size");
}

void finishWrite(std::string& out, const TableInfo& table, capacity::Report report, const capacity::Consumption& cost,
                 const ItemCollections& collections)
{
    if (report != capacity::Report::None) {
        if (out.size() > 1)
            out += ',';
        out += "\"ConsumedCapacity\":";
        out += capacity::consumedCapacityJson(table.name, cost, true, report);
    }
    collections.appendSingle(out);
    out += '}';
}

std::int64_t sizeOf(const std::optional<Item>& item)
{
    return item ? std::int64_t(ItemSize::itemSize(*item)) : 0;
}

} // namespace

std::string putItem(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string tableName = readTableName(r);
    const auto returnValues = readReturnValues(r, {"NONE", "ALL_OLD"});
    const bool returnOldOnFailure = readReturnOldOnFailure(r);
    const auto report = readReturnConsumedCapacity(r);
    const bool metrics = readItemCollectionMetrics(r);
    r.throwViolations();
    Item item = readItemMember(r, "Item");
    RequestExpressions expressions(r, {"ConditionExpression"}, {"Expected", "ConditionalOperator"});
    auto condition = expressions.condition();
    expressions.finish();

    auto table = tableForItems(engine, tableName);
    const auto key = storedKeyFromItem(*table, item);
    const std::size_t newSize = ItemSize::itemSize(item);
    checkItemSize(newSize);
    ItemWriter::checkIndexKeys(*table, item);
    engine.itemHolds().checkWrite(table->id, key, engine.nowMillis());

    storage::WriteLease lease(engine.store());
    storage::Transaction tx(lease.db(), true);
    ItemWriter writer(engine, lease.db());
    ItemCollections collections(engine, lease.db(), metrics);
    const auto old = writer.read(*table, key);
    if (condition && !condition->evaluate(old ? *old : Item()))
        conditionFailed(old, returnOldOnFailure);
    const auto cost = writer.put(*table, key, old, item);
    chargeItem(engine, &lease.db(), *table, key, item, cost.table(), std::int64_t(newSize) - sizeOf(old),
               &cost.globalIndexes());
    collections.afterWrite(*table, key, newSize > (old ? ItemSize::itemSize(*old) : 0));
    writer.commit(tx);

    std::string out = "{";
    if (returnValues == ReturnValues::AllOld && old)
        appendItemMember(out, "Attributes", *old);
    finishWrite(out, *table, report, cost, collections);
    return out;
}

std::string getItem(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string tableName = readTableName(r);
    const bool consistent = r.boolean("ConsistentRead").value_or(false);
    const auto report = readReturnConsumedCapacity(r);
    r.throwViolations();
    const Item keyItem = readItemMember(r, "Key");
    RequestExpressions expressions(r, {"ProjectionExpression"}, {"AttributesToGet"});
    auto projection = expressions.projection();
    expressions.finish();

    auto table = tableForItems(engine, tableName);
    const auto key = storedKeyFromKey(*table, keyItem);
    std::optional<Item> item;
    // The consistency simulation may answer an eventually consistent read
    // with the version before a recent write.
    const auto stale =
        consistent ? std::nullopt : engine.consistency().staleVersion(table->id, key, engine.nowMillis());
    if (stale) {
        item = stale->item;
    } else {
        storage::ReadLease lease(engine.store());
        if (auto blob = storage::ItemStore::get(lease.db(), *table, key))
            item = decodeStoredItem(*blob);
    }
    std::string out = "{";
    std::size_t size = 0;
    if (item) {
        size = ItemSize::itemSize(*item);
        appendItemMember(out, "Item", projection ? projection->apply(*item) : *item);
    }
    chargeItem(engine, nullptr, *table, key, keyItem, capacity::readUnits(size, consistent));
    if (report != capacity::Report::None) {
        if (out.size() > 1)
            out += ',';
        out += "\"ConsumedCapacity\":";
        out += capacity::consumedCapacityJson(table->name, capacity::Consumption(capacity::readUnits(size, consistent)),
                                              false, report);
    }
    out += '}';
    return out;
}

std::string updateItem(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string tableName = readTableName(r);
    const auto returnValues = readReturnValues(r, {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"});
    const bool returnOldOnFailure = readReturnOldOnFailure(r);
    const auto report = readReturnConsumedCapacity(r);
    const bool metrics = readItemCollectionMetrics(r);
    r.throwViolations();
    const Item keyItem = readItemMember(r, "Key");
    RequestExpressions expressions(r, {"UpdateExpression", "ConditionExpression"},
                                   {"AttributeUpdates", "Expected", "ConditionalOperator"});
    auto update = expressions.update();
    auto condition = expressions.condition();
    expressions.finish();

    auto table = tableForItems(engine, tableName);
    const auto key = storedKeyFromKey(*table, keyItem);
    if (update)
        for (const auto& name : update->updatedAttributes())
            if (table->isKeyAttribute(name))
                throw Error::validation("One or more parameter values were invalid: Cannot update attribute " + name +
                                        ". This attribute is part of the key");
    engine.itemHolds().checkWrite(table->id, key, engine.nowMillis());

    storage::WriteLease lease(engine.store());
    storage::Transaction tx(lease.db(), true);
    ItemWriter writer(engine, lease.db());
    ItemCollections collections(engine, lease.db(), metrics);
    const auto old = writer.read(*table, key);
    if (condition && !condition->evaluate(old ? *old : Item()))
        conditionFailed(old, returnOldOnFailure);
    Item next = old ? *old : keyItem;
    if (update)
        update->apply(next, old.has_value());
    const std::size_t newSize = ItemSize::itemSize(next);
    checkItemSize(newSize);
    ItemWriter::checkIndexKeys(*table, next);
    const auto cost = writer.put(*table, key, old, next);
    chargeItem(engine, &lease.db(), *table, key, keyItem, cost.table(), std::int64_t(newSize) - sizeOf(old),
               &cost.globalIndexes());
    collections.afterWrite(*table, key, newSize > (old ? ItemSize::itemSize(*old) : 0));
    writer.commit(tx);

    std::string out = "{";
    switch (returnValues) {
    case ReturnValues::AllOld:
        if (old)
            appendItemMember(out, "Attributes", *old);
        break;
    case ReturnValues::UpdatedOld:
        if (old && update) {
            Item attrs = update->projectUpdated(*old);
            if (!attrs.empty())
                appendItemMember(out, "Attributes", attrs);
        }
        break;
    case ReturnValues::AllNew:
        appendItemMember(out, "Attributes", next);
        break;
    case ReturnValues::UpdatedNew:
        if (update) {
            Item attrs = update->projectUpdated(next);
            if (!attrs.empty())
                appendItemMember(out, "Attributes", attrs);
        }
        break;
    case ReturnValues::None:
        break;
    }
    finishWrite(out, *table, report, cost, collections);
    return out;
}

std::string deleteItem(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const std::string tableName = readTableName(r);
    const auto returnValues = readReturnValues(r, {"NONE", "ALL_OLD"});
    const bool returnOldOnFailure = readReturnOldOnFailure(r);
    const auto report = readReturnConsumedCapacity(r);
    const bool metrics = readItemCollectionMetrics(r);
    r.throwViolations();
    const Item keyItem = readItemMember(r, "Key");
    RequestExpressions expressions(r, {"ConditionExpression"}, {"Expected", "ConditionalOperator"});
    auto condition = expressions.condition();
    expressions.finish();

    auto table = tableForItems(engine, tableName);
    const auto key = storedKeyFromKey(*table, keyItem);
    engine.itemHolds().checkWrite(table->id, key, engine.nowMillis());

    storage::WriteLease lease(engine.store());
    storage::Transaction tx(lease.db(), true);
    ItemWriter writer(engine, lease.db());
    ItemCollections collections(engine, lease.db(), metrics);
    const auto old = writer.read(*table, key);
    if (condition && !condition->evaluate(old ? *old : Item()))
        conditionFailed(old, returnOldOnFailure);
    // Deleting a missing item still costs a write unit.
    capacity::Consumption cost(capacity::writeUnits(0));
    if (old)
        cost = writer.remove(*table, key, *old);
    chargeItem(engine, &lease.db(), *table, key, keyItem, cost.table(), -sizeOf(old),
               &cost.globalIndexes());
    collections.afterWrite(*table, key, false);
    writer.commit(tx);

    std::string out = "{";
    if (returnValues == ReturnValues::AllOld && old)
        appendItemMember(out, "Attributes", *old);
    finishWrite(out, *table, report, cost, collections);
    return out;
}

} // namespace dynoscope::ops
