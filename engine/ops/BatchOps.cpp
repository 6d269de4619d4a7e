// BatchGetItem and BatchWriteItem. DynamoDB runs a batch's requests
// independently; here a batch write is one SQLite transaction through
// ItemWriter (so it never half-applies) and a batch read one read snapshot.
#include "ops/BatchOps.h"

#include "model/ItemSize.h"
#include "model/WireJson.h"
#include "ops/CapacityByTable.h"
#include "ops/CapacityCharge.h"
#include "ops/EngineImpl.h"
#include "ops/ItemCollections.h"
#include "ops/ItemKeys.h"
#include "ops/ItemWriter.h"
#include "ops/OpsCommon.h"
#include "ops/RequestExpressions.h"
#include "ops/RequestMembers.h"
#include "storage/ItemStore.h"

#include <dynoscope/Error.h>

#include <algorithm>
#include <set>
#include <utility>

namespace dynoscope::ops {

namespace {

using api::RequestReader;

constexpr std::size_t kMaxGetKeys = 100;
constexpr std::size_t kMaxWriteRequests = 25;
// "16 MB" is decimal: the API reference's example returns 52 items of 300 KB
// out of 100, which only a limit of 16,000,000 bytes gives.
constexpr std::size_t kMaxGetResponseBytes = 16'000'000;

const char kDuplicateKeys[] = "Provided list of item keys contains duplicates";

const boost::json::object kEmpty;


// One table's KeysAndAttributes.
struct TableGets {
    std::string name;
    const boost::json::object* request = nullptr;
    std::vector<Item> keys;
    bool consistent = false;
    std::optional<expr::ProjectionExpression> projection;
    TableInfoPtr table;
    std::vector<storage::StoredKey> storedKeys;
};

// RequestItems of BatchGetItem, checked in DynamoDB's order: constraints,
// then expressions, key values and counts; tables come later.
std::vector<TableGets> readGets(RequestReader& r)
{
    std::vector<TableGets> gets;
    const boost::json::object* items = readRequestItems(r);
    const RequestReader tables(items ? *items : kEmpty);
    for (const auto& entry : tables.object()) {
        TableGets& get = gets.emplace_back();
        get.name = std::string(entry.key());
        get.request = tables.objectMember(entry.key());
        const std::string path = "requestItems." + get.name + ".member";
        RequestReader t(get.request ? *get.request : kEmpty);
        const boost::json::array* keys = t.arrayMember("Keys");
        if (!keys)
            r.violationNull(path + ".keys");
        else if (keys->empty())
            r.violation("[]", path + ".keys", "Member must have length greater than or equal to 1");
        else if (keys->size() > kMaxGetKeys)
            r.violation("[...]", path + ".keys", "Member must have length less than or equal to 100");
        const boost::json::array* names = t.arrayMember("AttributesToGet");
        if (names && names->empty())
            r.violation("[]", path + ".attributesToGet", "Member must have length greater than or equal to 1");
        get.consistent = t.boolean("ConsistentRead").value_or(false);
    }
    r.throwViolations();

    std::size_t total = 0;
    for (TableGets& get : gets) {
        RequestReader t(*get.request);
        RequestExpressions expressions(t, {"ProjectionExpression"}, {"AttributesToGet"});
        get.projection = expressions.projection();
        expressions.finish();
        for (const auto& json : *t.arrayMember("Keys")) {
            Item key = WireJson::decodeItem(json);
            for (const Item& seen : get.keys)
                if (seen == key)
                    throw Error::validation(kDuplicateKeys);
            get.keys.push_back(std::move(key));
            if (++total > kMaxGetKeys)
                throw Error::validation("Too many items requested for the BatchGetItem call");
        }
    }
    return gets;
}

struct WriteRequest {
    bool put = false;
    Item item; // the item to put, or the key to delete
    storage::StoredKey key;
    const boost::json::value* json = nullptr; // as sent, for UnprocessedItems
};

struct TableWrites {
    std::string name;
    const boost::json::array* requests = nullptr;
    std::vector<WriteRequest> writes;
    TableInfoPtr table;
};

// RequestItems of BatchWriteItem, checked in DynamoDB's order: constraints,
// then counts, attribute values and item sizes; tables come later.
std::vector<TableWrites> readWrites(RequestReader& r)
{
    std::vector<TableWrites> tables;
    const boost::json::object* items = readRequestItems(r);
    bool badLength = false;
    std::size_t total = 0;
    const RequestReader lists(items ? *items : kEmpty);
    for (const auto& entry : lists.object()) {
        TableWrites& table = tables.emplace_back();
        table.name = std::string(entry.key());
        table.requests = lists.arrayMember(entry.key());
        const std::size_t count = table.requests ? table.requests->size() : 0;
        badLength = badLength || count == 0 || count > kMaxWriteRequests;
        total += count;
    }
    if (badLength)
        r.violation("{...}", "requestItems",
                    "Map value must satisfy constraint: [Member must have length less than or equal to 25, Member "
                    "must have length greater than or equal to 1]");
    for (const TableWrites& table : tables) {
        for (std::size_t i = 0; table.requests && i < table.requests->size(); ++i) {
            RequestReader w(elementObject((*table.requests)[i]));
            const std::string path = "requestItems." + table.name + ".member." + std::to_string(i + 1) + ".member";
            if (const auto* del = w.objectMember("DeleteRequest"); del && !RequestReader(*del).objectMember("Key"))
                r.violationNull(path + ".deleteRequest.key");
            if (const auto* put = w.objectMember("PutRequest"); put && !RequestReader(*put).objectMember("Item"))
                r.violationNull(path + ".putRequest.item");
        }
    }
    r.throwViolations();

    if (total > kMaxWriteRequests)
        throw Error::validation("Too many items requested for the BatchWriteItem call");
    for (TableWrites& table : tables) {
        for (const auto& element : *table.requests) {
            RequestReader w(elementObject(element));
            const auto* put = w.objectMember("PutRequest");
            const auto* del = w.objectMember("DeleteRequest");
            if ((put != nullptr) == (del != nullptr))
                throw Error::validation("Supplied AttributeValue has more than one datatypes set, must contain "
                                        "exactly one of the supported datatypes");
            WriteRequest& write = table.writes.emplace_back();
            write.json = &element;
            write.put = put != nullptr;
            write.item = WireJson::decodeItem(put ? put->at("Item") : del->at("Key"));
            if (write.put && ItemSize::itemSize(write.item) > ItemSize::kMaxItemSize)
                throw Error::validation("Item size has exceeded the maximum allowed size");
        }
    }
    return tables;
}

} // namespace

std::string batchGetItem(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const auto report = readReturnConsumedCapacity(r);
    std::vector<TableGets> gets = readGets(r);
    for (TableGets& get : gets) {
        get.table = tableForItems(engine, get.name);
        for (const Item& key : get.keys)
            get.storedKeys.push_back(storedKeyFromKey(*get.table, key));
    }

    std::string out = "{\"Responses\":{";
    boost::json::object unprocessed;
    CapacityByTable capacity(false);
    std::size_t bytes = 0;
    bool full = false;
    std::size_t served = 0;
    std::optional<Error> throttled; // the last throttling error
    {
        // One snapshot for the whole batch.
        storage::ReadLease lease(engine.store());
        storage::Transaction snapshot(lease.db(), false);
        for (const TableGets& get : gets) {
            const boost::json::array& keyJson = get.request->at("Keys").get_array();
            boost::json::array left;
            if (out.back() != '{')
                out += ',';
            WireJson::appendStringJson(out, get.name);
            out += ":[";
            bool first = true;
            for (std::size_t i = 0; i < get.keys.size(); ++i) {
                std::optional<Item> item;
                std::size_t size = 0;
                if (!full) {
                    // The consistency simulation may answer an eventually
                    // consistent read with the version before a recent write.
                    const auto stale = get.consistent ? std::nullopt
                                                      : engine.consistency().staleVersion(
                                                            get.table->id, get.storedKeys[i], engine.nowMillis());
                    if (stale)
                        item = stale->item;
                    else if (auto blob = storage::ItemStore::get(lease.db(), *get.table, get.storedKeys[i]))
                        item = decodeStoredItem(*blob);
                    if (item)
                        size = ItemSize::itemSize(*item);
                    full = bytes + size > kMaxGetResponseBytes;
                }
                auto throttle = full ? std::nullopt
                                     : tryChargeItem(engine, nullptr, *get.table, get.storedKeys[i], get.keys[i],
                                                     capacity::readUnits(size, get.consistent));
                if (full || throttle) {
                    if (throttle)
                        throttled = std::move(throttle);
                    left.push_back(keyJson[i]);
                    continue;
                }
                ++served;
                bytes += size;
                capacity.add(get.table->name, capacity::readUnits(size, get.consistent));
                if (!item)
                    continue;
                if (!first)
                    out += ',';
                first = false;
                WireJson::appendItemJson(out, get.projection ? get.projection->apply(*item) : *item);
            }
            out += ']';
            if (!left.empty()) {
                // The rest is retried as asked: same projection and consistency.
                boost::json::object rest = *get.request;
                rest["Keys"] = std::move(left);
                unprocessed[get.name] = std::move(rest);
            }
        }
        snapshot.commit();
    }
    // DynamoDB fails the whole batch only when throughput left none of it served.
    if (served == 0 && throttled)
        throw *throttled;
    out += "},\"UnprocessedKeys\":" + boost::json::serialize(unprocessed);
    capacity.appendMember(out, report);
    out += '}';
    return out;
}

std::string batchWriteItem(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const auto report = readReturnConsumedCapacity(r);
    const auto metrics = r.string("ReturnItemCollectionMetrics");
    r.checkEnum(metrics, "returnItemCollectionMetrics", {"SIZE", "NONE"});
    std::vector<TableWrites> tables = readWrites(r);
    for (TableWrites& table : tables) {
        table.table = tableForItems(engine, table.name);
        std::set<std::pair<std::string, std::string>> seen;
        for (WriteRequest& write : table.writes) {
            // A put's item must hold the key: its schema errors are a Key's.
            write.key = storedKeyFromKey(*table.table, write.put ? keyOf(*table.table, write.item) : write.item);
            if (write.put)
                ItemWriter::checkIndexKeys(*table.table, write.item);
            if (!seen.emplace(write.key.pk, write.key.sk).second)
                throw Error::validation(kDuplicateKeys);
        }
    }

    CapacityByTable capacity(true);
    boost::json::object unprocessed;
    std::size_t written = 0;
    std::optional<Error> throttled; // the last throttling error
    std::string out = "{";
    {
        storage::WriteLease lease(engine.store());
        storage::Transaction tx(lease.db(), true);
        ItemWriter writer(engine, lease.db());
        ItemCollections collections(engine, lease.db(), metrics == "SIZE");
        const std::int64_t now = engine.nowMillis();
        for (const TableWrites& table : tables) {
            for (const WriteRequest& write : table.writes) {
                const auto old = writer.read(*table.table, write.key);
                const std::size_t oldSize = old ? ItemSize::itemSize(*old) : 0;
                const std::size_t newSize = write.put ? ItemSize::itemSize(write.item) : 0;
                // An item a transaction is working on, or one its partition
                // throttles, is left for the caller to retry.
                const bool held = engine.itemHolds().isHeld(table.table->id, write.key, now);
                auto throttle = held ? std::nullopt
                                     : tryChargeItem(engine, &lease.db(), *table.table, write.key, write.item,
                                                     capacity::writeUnits(std::max(oldSize, newSize)),
                                                     std::int64_t(newSize) - std::int64_t(oldSize));
                if (held || throttle) {
                    if (throttle)
                        throttled = std::move(throttle);
                    auto& list = unprocessed[table.name];
                    if (!list.is_array())
                        list = boost::json::array();
                    list.get_array().push_back(*write.json);
                    continue;
                }
                ++written;
                // Deleting a missing item still costs a write unit.
                capacity::Consumption cost(capacity::writeUnits(0));
                if (write.put)
                    cost = writer.put(*table.table, write.key, old, write.item);
                else if (old)
                    cost = writer.remove(*table.table, write.key, *old);
                collections.afterWrite(*table.table, write.key, newSize > oldSize);
                capacity.add(table.table->name, cost);
            }
        }
        if (written == 0 && throttled)
            throw *throttled; // nothing was written: the transaction rolls back empty
        writer.commit(tx);
        out += "\"UnprocessedItems\":" + boost::json::serialize(unprocessed);
        collections.appendByTable(out);
    }
    capacity.appendMember(out, report);
    out += '}';
    return out;
}

} // namespace dynoscope::ops
