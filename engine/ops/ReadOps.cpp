// Query is one range read of a primary key, the table's (h, pk, sk) or an
// index's (h, pk, sk, table keys); Scan walks the hash ring, a parallel-scan
// segment being one contiguous hash range.
#include "ops/ReadOps.h"

#include "model/ItemCodec.h"
#include "model/ItemSize.h"
#include "model/KeyEncoding.h"
#include "model/WireJson.h"
#include "ops/EngineImpl.h"
#include "ops/ItemKeys.h"
#include "ops/ItemWriter.h"
#include "ops/LaggingRows.h"
#include "ops/OpsCommon.h"
#include "ops/RequestExpressions.h"
#include "storage/IndexStore.h"
#include "storage/ItemStore.h"

#include <dynoscope/Error.h>

#include <algorithm>
#include <functional>
#include <tuple>

namespace dynoscope::ops {

namespace {

using api::RequestReader;

constexpr std::size_t kPageBytes = 1024 * 1024;

enum class Select { AllAttributes, AllProjected, Specific, Count };

struct ReadRequest {
    TableInfoPtr table;
    const IndexInfo* index = nullptr;
    std::optional<std::int64_t> limit;
    bool consistent = false;
    Select select = Select::AllAttributes;
    capacity::Report report = capacity::Report::None;
    std::optional<Item> exclusiveStartKey;
    // LSI reads of attributes the index does not project fetch the item
    // from the table, as DynamoDB does.
    bool fetchFromTable = false;
};

// Reads the members Query and Scan share, in DynamoDB's order of checks.
ReadRequest readCommon(EngineImpl& engine, RequestReader& r)
{
    ReadRequest req;
    const std::string tableName = readTableName(r);
    req.limit = r.integer("Limit");
    if (req.limit && *req.limit < 1)
        r.violation(std::to_string(*req.limit), "limit", "Member must have value greater than or equal to 1");
    req.consistent = r.boolean("ConsistentRead").value_or(false);
    auto select = r.string("Select");
    r.checkEnum(select, "select", {"ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT"});
    req.report = readReturnConsumedCapacity(r);
    auto indexName = r.string("IndexName");
    r.checkName(indexName, "indexName");
    r.throwViolations();

    const bool projected = r.has("ProjectionExpression") || r.has("AttributesToGet");
    const char* projectionName = r.has("ProjectionExpression") ? "ProjectionExpression" : "AttributesToGet";
    if (select == "ALL_PROJECTED_ATTRIBUTES" && !indexName)
        throw Error::validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
    if (select == "SPECIFIC_ATTRIBUTES" && !projected)
        throw Error::validation("Must specify the AttributesToGet or ProjectionExpression when choosing to get "
                                "SPECIFIC_ATTRIBUTES");
    if (select && *select != "SPECIFIC_ATTRIBUTES" && projected)
        throw Error::validation(std::string("Cannot specify the ") + projectionName + " when choosing to get " +
                                *select);
    if (select == "COUNT")
        req.select = Select::Count;
    else if (projected)
        req.select = Select::Specific;
    else if (select == "ALL_PROJECTED_ATTRIBUTES" || (!select && indexName))
        req.select = Select::AllProjected;
    Item start;
    if (readOptionalItemMember(r, "ExclusiveStartKey", &start))
        req.exclusiveStartKey = std::move(start);

    req.table = tableForItems(engine, tableName);
    if (indexName) {
        req.index = req.table->index(*indexName);
        if (!req.index)
            throw Error::validation("The table does not have the specified index: " + *indexName);
        if (req.index->backfilling)
            throw Error::validation("Cannot read from backfilling global secondary index: " + req.index->name);
        if (req.index->global && req.consistent)
            throw Error::validation("Consistent reads are not supported on global secondary indexes");
        if (req.select == Select::AllAttributes && req.index->projection != IndexInfo::Projection::All) {
            if (req.index->global)
                throw Error::validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is "
                                        "not supported for global secondary index " +
                                        req.index->name + " because its projection type is not ALL");
            req.fetchFromTable = true;
        }
    }
    return req;
}

// Whether an index's entries hold attribute `name`.
bool projects(const TableInfo& table, const IndexInfo& index, const std::string& name)
{
    if (index.projection == IndexInfo::Projection::All || table.isKeyAttribute(name) || index.isKeyAttribute(name))
        return true;
    for (const auto& attribute : index.nonKeyAttributes)
        if (attribute == name)
            return true;
    return false;
}

// A projection asking a GSI for attributes it does not hold is an error; an
// LSI fetches them from the table.
void checkProjectionOnIndex(ReadRequest& req, const expr::ProjectionExpression& projection)
{
    if (!req.index)
        return;
    for (const auto& name : projection.topLevelNames()) {
        if (projects(*req.table, *req.index, name))
            continue;
        if (req.index->global)
            throw Error::validation("One or more parameter values were invalid: Global secondary index " +
                                    req.index->name + " does not project [" + name + "]");
        req.fetchFromTable = true;
    }
}

std::string startKeyError(const std::string& detail)
{
    return "The provided starting key is invalid: " + detail;
}

storage::StoredKey tableStartKey(const TableInfo& table, const Item& start)
{
    try {
        return storedKeyFromKey(table, start);
    } catch (const Error& e) {
        throw Error::validation(startKeyError(e.message()));
    }
}

// An index's ExclusiveStartKey holds the index keys and the table keys.
storage::IndexEntryKey indexStartKey(const TableInfo& table, const IndexInfo& index, const Item& start)
{
    Item tableKey = keyOf(table, start);
    std::size_t expected = tableKey.size();
    for (const KeyAttribute* key : {&index.hashKey, index.rangeKey ? &*index.rangeKey : nullptr})
        if (key && !table.isKeyAttribute(key->name))
            ++expected;
    if (start.size() != expected)
        throw Error::validation(startKeyError("The provided key element does not match the schema"));
    const auto stored = tableStartKey(table, tableKey);
    auto entry = ItemWriter::entryKey(index, stored, start);
    if (!entry)
        throw Error::validation(startKeyError("The provided key element does not match the schema"));
    return *entry;
}

// Collects a page of results, enforcing Limit and the 1 MB page size.
class Page {
public:
    // hash and partitionKey: where the capacity is charged (a Query's
    // partition; a Scan page's first item, null partitionKey).
    Page(const ReadRequest& req, const expr::ConditionExpression* filter, const expr::ProjectionExpression* projection,
         storage::Database& db, EngineImpl& engine, std::int64_t hash, const AttributeValue* partitionKey)
        : m_req(req), m_filter(filter), m_projection(projection), m_db(db), m_engine(engine), m_hash(hash)
        , m_partitionKey(partitionKey)
    {
        m_out = "{\"Items\":[";
    }

    // Returns false when the page is full. lastKey makes the page's
    // LastEvaluatedKey when this row ends it.
    bool add(std::string_view blob, const storage::StoredKey& tableKey, const std::function<Item()>& lastKey)
    {
        if (++m_scanned == 1 && !m_partitionKey)
            m_hash = tableKey.hash;
        if (!m_filter && !m_projection && !m_req.fetchFromTable) {
            // Every item is returned as stored: write its JSON from the bytes
            // without building the Item.
            std::string& out = m_req.select == Select::Count ? m_scratch : m_out;
            if (m_req.select == Select::Count)
                m_scratch.clear();
            else if (m_count > 0)
                m_out += ',';
            std::size_t size = 0;
            if (!ItemCodec::appendItemJson(blob, out, &size))
                throw Error::internal("a stored item is corrupt");
            m_bytes += size;
            ++m_count;
        } else {
            Item item = decodeStoredItem(blob);
            m_bytes += ItemSize::itemSize(item);
            if (m_req.fetchFromTable)
                item = fetchFromTable(tableKey, std::move(item));
            if (!m_filter || m_filter->evaluate(item)) {
                if (m_req.select != Select::Count) {
                    if (m_count > 0)
                        m_out += ',';
                    WireJson::appendItemJson(m_out, m_projection ? m_projection->apply(item) : item);
                }
                ++m_count;
            }
        }
        const bool full = (m_req.limit && m_scanned >= *m_req.limit) || m_bytes + m_tableBytes >= kPageBytes;
        if (full)
            m_lastKey = lastKey();
        return !full;
    }

    // Throws ProvisionedThroughputExceededException when the table is throttled.
    std::string finish()
    {
        const auto units = consumption();
        m_engine.capacity().charge({m_req.table.get(), m_req.index, m_hash, m_partitionKey, nullptr,
                                    m_req.index ? units.total() : units.table(), false, 0},
                                   m_engine.nowMillis(), nullptr);
        std::string out = m_req.select == Select::Count ? std::string("{") : m_out + "],";
        out += "\"Count\":" + std::to_string(m_count) + ",\"ScannedCount\":" + std::to_string(m_scanned);
        if (m_lastKey)
            appendItemMember(out, "LastEvaluatedKey", *m_lastKey);
        if (m_req.report != capacity::Report::None) {
            out += ",\"ConsumedCapacity\":";
            out += capacity::consumedCapacityJson(m_req.table->name, consumption(), false, m_req.report);
        }
        out += '}';
        return out;
    }

private:
    Item fetchFromTable(const storage::StoredKey& key, Item projected)
    {
        auto blob = storage::ItemStore::get(m_db, *m_req.table, key);
        if (!blob)
            return projected;
        Item item = decodeStoredItem(*blob);
        m_tableBytes += ItemSize::itemSize(item);
        return item;
    }

    // An index read consumes the index's capacity; an LSI's fetches from the
    // table, the table's.
    capacity::Consumption consumption() const
    {
        if (!m_req.index)
            return capacity::Consumption(capacity::readUnits(m_bytes, m_req.consistent));
        capacity::Consumption units(m_tableBytes ? capacity::readUnits(m_tableBytes, m_req.consistent) : 0.0);
        units.addIndex(m_req.index->name, m_req.index->global, capacity::readUnits(m_bytes, m_req.consistent));
        return units;
    }

    const ReadRequest& m_req;
    const expr::ConditionExpression* m_filter;
    const expr::ProjectionExpression* m_projection;
    storage::Database& m_db;
    EngineImpl& m_engine;
    std::int64_t m_hash;
    const AttributeValue* m_partitionKey;
    std::string m_out;
    std::string m_scratch; // COUNT pages measure items without returning them
    std::size_t m_bytes = 0;      // read from the table or index being read
    std::size_t m_tableBytes = 0; // fetched from the table by an LSI read
    std::int64_t m_scanned = 0;
    std::int64_t m_count = 0;
    std::optional<Item> m_lastKey;
};

void checkKeyType(const KeyAttribute& key, const AttributeValue& value)
{
    if (value.type() != key.type)
        throw Error::validation("One or more parameter values were invalid: Condition parameter type does not match "
                                "schema type");
}

// The smallest byte string greater than every string starting with prefix;
// nullopt when there is none (all bytes 0xFF).
std::optional<std::string> prefixSuccessor(std::string prefix)
{
    while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xFF)
        prefix.pop_back();
    if (prefix.empty())
        return std::nullopt;
    prefix.back() = char(static_cast<unsigned char>(prefix.back()) + 1);
    return prefix;
}

storage::SortRange sortRange(const KeyAttribute& rangeKey, const expr::SortKeyCondition& c)
{
    checkKeyType(rangeKey, c.value);
    storage::SortRange range;
    const std::string v = KeyEncoding::encodeKey(c.value);
    using Op = expr::SortKeyCondition::Op;
    switch (c.op) {
    case Op::Equal: range.lower = v; range.upper = v; break;
    case Op::Less: range.upper = v; range.upperInclusive = false; break;
    case Op::LessEqual: range.upper = v; break;
    case Op::Greater: range.lower = v; range.lowerInclusive = false; break;
    case Op::GreaterEqual: range.lower = v; break;
    case Op::Between:
        checkKeyType(rangeKey, c.upper);
        range.lower = v;
        range.upper = KeyEncoding::encodeKey(c.upper);
        break;
    case Op::BeginsWith:
        range.lower = v;
        range.upper = prefixSuccessor(v);
        range.upperInclusive = false;
        break;
    }
    return range;
}

// The table key behind an index entry, with its ring position.
storage::StoredKey tableKeyOf(const TableInfo& table, const storage::IndexEntryKey& entry)
{
    AttributeValue pk;
    if (!KeyEncoding::decodeKey(table.hashKey.type, entry.tpk, pk))
        throw Error::internal("a stored key is corrupt");
    return {storedHash(pk), entry.tpk, entry.tsk};
}

// LastEvaluatedKey of an index read: the table keys and the index keys.
Item indexLastKey(const TableInfo& table, const IndexInfo& index, const storage::IndexEntryKey& entry)
{
    Item key = keyFromStored(table, {0, entry.tpk, entry.tsk});
    AttributeValue value;
    if (!KeyEncoding::decodeKey(index.hashKey.type, entry.pk, value))
        throw Error::internal("a stored key is corrupt");
    key[index.hashKey.name] = value;
    if (index.rangeKey) {
        if (!KeyEncoding::decodeKey(index.rangeKey->type, entry.sk, value))
            throw Error::internal("a stored key is corrupt");
        key[index.rangeKey->name] = value;
    }
    return key;
}

// Hands add() the version of a GSI entry a reader sees under the consistency
// simulation: the current one, the one it replaced, or none (skipped) while
// the write has not reached the index yet.
template <class Add>
bool visitEntry(EngineImpl& engine, const IndexInfo& index, std::int64_t nowMillis,
                const storage::IndexEntryKey& entry, std::string_view blob, Add&& add)
{
    if (!index.global)
        return add(blob);
    std::string previous;
    switch (engine.consistency().entryView(index.id, entry, nowMillis, &previous)) {
    case ConsistencySimulation::EntryView::Current: return add(blob);
    case ConsistencySimulation::EntryView::Previous: return add(std::string_view(previous));
    case ConsistencySimulation::EntryView::Hidden: return true;
    }
    return true;
}

bool inSortRange(const storage::SortRange& range, const std::string& sk)
{
    if (range.lower && (sk < *range.lower || (sk == *range.lower && !range.lowerInclusive)))
        return false;
    return !(range.upper && (sk > *range.upper || (sk == *range.upper && !range.upperInclusive)));
}

// Storage's order of table rows: ring position, then partition and sort key bytes.
struct StoredKeyLess {
    bool operator()(const storage::StoredKey& a, const storage::StoredKey& b) const
    {
        return std::tie(a.hash, a.pk, a.sk) < std::tie(b.hash, b.pk, b.sk);
    }
};
using LaggingEntries = LaggingRows<storage::IndexEntryKey>;
using LaggingItems = LaggingRows<storage::StoredKey, StoredKeyLess>;

// GSI entries removed within the lag that select accepts.
LaggingEntries::Rows removedEntries(EngineImpl& engine, const IndexInfo& index, std::int64_t nowMillis,
                                    const std::function<bool(const storage::IndexEntryKey&)>& select)
{
    LaggingEntries::Rows rows;
    if (!index.global)
        return rows;
    for (auto& removed : engine.consistency().removedEntries(index.id, nowMillis, select))
        rows.push_back({std::move(removed.key), std::move(removed.blob)});
    return rows;
}

// Items deleted within the stale-read window that select accepts: an
// eventually consistent read still returns them.
LaggingItems::Rows deletedItems(EngineImpl& engine, const ReadRequest& req, std::int64_t nowMillis,
                                const std::function<bool(const storage::StoredKey&)>& select)
{
    LaggingItems::Rows rows;
    if (req.consistent)
        return rows;
    for (auto& stale : engine.consistency().staleItems(req.table->id, nowMillis, select))
        rows.push_back({std::move(stale.key), ItemCodec::encodeItem(stale.previous)});
    return rows;
}

// Hands add() the version of a table item an eventually consistent read sees
// under the consistency simulation: the one before a write still within the
// stale-read window, or none (skipped) when that write created the item.
template <class Add>
bool visitItem(EngineImpl& engine, const ReadRequest& req, std::int64_t nowMillis, const storage::StoredKey& key,
               std::string_view blob, Add&& add)
{
    if (req.consistent)
        return add(blob);
    const auto stale = engine.consistency().staleVersion(req.table->id, key, nowMillis);
    if (!stale)
        return add(blob);
    if (!stale->item)
        return true;
    const std::string previous = ItemCodec::encodeItem(*stale->item);
    return add(std::string_view(previous));
}

} // namespace

std::string query(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    ReadRequest req = readCommon(engine, r);
    const bool forward = r.boolean("ScanIndexForward").value_or(true);
    RequestExpressions expressions(r, {"ProjectionExpression", "FilterExpression", "KeyConditionExpression"},
                                   {"AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions"});
    const TableInfo& table = *req.table;
    const KeyAttribute& hashKey = req.index ? req.index->hashKey : table.hashKey;
    const std::optional<KeyAttribute>& rangeKey = req.index ? req.index->rangeKey : table.rangeKey;
    const expr::KeyQuery keys = expressions.keyConditions(hashKey, rangeKey);
    auto filter = expressions.filter("QueryFilter");
    auto projection = expressions.projection();
    expressions.finish();
    if (projection)
        checkProjectionOnIndex(req, *projection);

    checkKeyType(hashKey, keys.partitionValue);
    ItemSize::checkPartitionKeySize(keys.partitionValue);
    const std::int64_t hash = storedHash(keys.partitionValue);
    const std::string pk = KeyEncoding::encodeKey(keys.partitionValue);
    storage::SortRange range;
    if (keys.sort)
        range = sortRange(*rangeKey, *keys.sort);

    storage::ReadLease lease(engine.store());
    Page page(req, filter ? &*filter : nullptr, projection ? &*projection : nullptr, lease.db(), engine, hash,
              &keys.partitionValue);
    if (req.index) {
        const std::int64_t now = engine.nowMillis();
        std::optional<storage::IndexEntryKey> start;
        if (req.exclusiveStartKey) {
            start = indexStartKey(table, *req.index, *req.exclusiveStartKey);
            if (start->pk != pk)
                throw Error::validation("The provided starting key is outside query boundaries based on provided "
                                        "conditions");
        }
        const auto add = [&](const storage::IndexEntryKey& entry, std::string_view blob) {
            return page.add(blob, tableKeyOf(table, entry), [&] { return indexLastKey(table, *req.index, entry); });
        };
        LaggingEntries removals(removedEntries(engine, *req.index, now,
                                               [&](const storage::IndexEntryKey& entry) {
                                                   return entry.hash == hash && entry.pk == pk
                                                       && inSortRange(range, entry.sk)
                                                       && (!start || (forward ? entry > *start : entry < *start));
                                               }),
                                forward);
        readMerged(
            std::move(removals),
            [&](const auto& visit) {
                storage::IndexStore::query(lease.db(), *req.index, hash, pk, range, forward, start, visit);
            },
            [&](const storage::IndexEntryKey& entry, std::string_view blob) {
                return visitEntry(engine, *req.index, now, entry, blob,
                                  [&](std::string_view seen) { return add(entry, seen); });
            },
            add);
        return page.finish();
    }
    std::optional<std::string> startSk;
    if (req.exclusiveStartKey) {
        const auto start = tableStartKey(table, *req.exclusiveStartKey);
        if (start.pk != pk)
            throw Error::validation("The provided starting key is outside query boundaries based on provided "
                                    "conditions");
        startSk = start.sk;
    }
    // Without a sort key a partition holds one item, already returned.
    const std::int64_t now = engine.nowMillis();
    const auto add = [&](const storage::StoredKey& key, std::string_view blob) {
        return page.add(blob, key, [&] { return keyFromStored(table, key); });
    };
    if (!(startSk && !table.rangeKey)) {
        LaggingItems deleted(deletedItems(engine, req, now,
                                          [&](const storage::StoredKey& key) {
                                              return key.pk == pk && inSortRange(range, key.sk)
                                                  && (!startSk || (forward ? key.sk > *startSk : key.sk < *startSk));
                                          }),
                             forward);
        readMerged(
            std::move(deleted),
            [&](const auto& visit) {
                storage::ItemStore::query(lease.db(), table, hash, pk, range, forward, startSk, visit);
            },
            [&](const storage::StoredKey& key, std::string_view blob) {
                return visitItem(engine, req, now, key, blob, [&](std::string_view seen) { return add(key, seen); });
            },
            add);
    }
    return page.finish();
}

std::string scan(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    auto segment = r.integer("Segment");
    auto totalSegments = r.integer("TotalSegments");
    if (segment && *segment < 0)
        r.violation(std::to_string(*segment), "segment", "Member must have value greater than or equal to 0");
    if (segment && *segment > 999999)
        r.violation(std::to_string(*segment), "segment", "Member must have value less than or equal to 999999");
    if (totalSegments && *totalSegments < 1)
        r.violation(std::to_string(*totalSegments), "totalSegments",
                    "Member must have value greater than or equal to 1");
    if (totalSegments && *totalSegments > 1000000)
        r.violation(std::to_string(*totalSegments), "totalSegments",
                    "Member must have value less than or equal to 1000000");
    ReadRequest req = readCommon(engine, r);
    if (segment && !totalSegments)
        throw Error::validation("The TotalSegments parameter is required but was not present in the request when "
                                "Segment parameter is present");
    if (totalSegments && !segment)
        throw Error::validation("The Segment parameter is required but was not present in the request when parameter "
                                "TotalSegments is present");
    if (segment && *segment >= *totalSegments)
        throw Error::validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: "
                                "Segment: " +
                                std::to_string(*segment) + " is not less than TotalSegments: " +
                                std::to_string(*totalSegments));
    RequestExpressions expressions(r, {"ProjectionExpression", "FilterExpression"},
                                   {"AttributesToGet", "ScanFilter", "ConditionalOperator"});
    auto filter = expressions.filter("ScanFilter");
    auto projection = expressions.projection();
    expressions.finish();
    if (projection)
        checkProjectionOnIndex(req, *projection);
    const TableInfo& table = *req.table;

    // Segment i of n covers hashes [i * 2^64 / n, (i + 1) * 2^64 / n).
    const unsigned __int128 ring = static_cast<unsigned __int128>(1) << 64;
    const std::uint64_t n = totalSegments ? std::uint64_t(*totalSegments) : 1;
    const std::uint64_t i = segment ? std::uint64_t(*segment) : 0;
    const auto toSigned = [](std::uint64_t h) { return std::int64_t(h ^ 0x8000000000000000ULL); };
    const std::int64_t low = toSigned(std::uint64_t(ring * i / n));
    const std::int64_t high = toSigned(std::uint64_t(ring * (i + 1) / n - 1));
    auto checkSegment = [&](std::int64_t hash) {
        if (hash < low || hash > high)
            throw Error::validation("The provided Exclusive start key does not map to the provided segment");
    };

    storage::ReadLease lease(engine.store());
    Page page(req, filter ? &*filter : nullptr, projection ? &*projection : nullptr, lease.db(), engine, low,
              nullptr);
    if (req.index) {
        const std::int64_t now = engine.nowMillis();
        std::optional<storage::IndexEntryKey> start;
        if (req.exclusiveStartKey) {
            start = indexStartKey(table, *req.index, *req.exclusiveStartKey);
            checkSegment(start->hash);
        }
        const auto add = [&](const storage::IndexEntryKey& entry, std::string_view blob) {
            return page.add(blob, tableKeyOf(table, entry), [&] { return indexLastKey(table, *req.index, entry); });
        };
        LaggingEntries removals(removedEntries(engine, *req.index, now,
                                               [&](const storage::IndexEntryKey& entry) {
                                                   return entry.hash >= low && entry.hash <= high
                                                       && (!start || entry > *start);
                                               }),
                                true);
        readMerged(
            std::move(removals),
            [&](const auto& visit) { storage::IndexStore::scan(lease.db(), *req.index, low, high, start, visit); },
            [&](const storage::IndexEntryKey& entry, std::string_view blob) {
                return visitEntry(engine, *req.index, now, entry, blob,
                                  [&](std::string_view seen) { return add(entry, seen); });
            },
            add);
        return page.finish();
    }
    std::optional<storage::StoredKey> start;
    if (req.exclusiveStartKey) {
        start = tableStartKey(table, *req.exclusiveStartKey);
        checkSegment(start->hash);
    }
    const std::int64_t now = engine.nowMillis();
    const auto add = [&](const storage::StoredKey& key, std::string_view blob) {
        return page.add(blob, key, [&] { return keyFromStored(table, key); });
    };
    LaggingItems deleted(deletedItems(engine, req, now,
                                      [&](const storage::StoredKey& key) {
                                          return key.hash >= low && key.hash <= high
                                              && (!start || StoredKeyLess()(*start, key));
                                      }),
                         true);
    readMerged(
        std::move(deleted),
        [&](const auto& visit) { storage::ItemStore::scan(lease.db(), table, low, high, start, visit); },
        [&](const storage::StoredKey& key, std::string_view blob) {
            return visitItem(engine, req, now, key, blob, [&](std::string_view seen) { return add(key, seen); });
        },
        add);
    return page.finish();
}

} // namespace dynoscope::ops
