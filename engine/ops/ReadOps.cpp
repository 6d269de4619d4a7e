// Query is one range read of the primary key (h, pk, sk); Scan walks the
// hash ring, a parallel-scan segment being one contiguous hash range.
#include "ops/ReadOps.h"

#include "model/ItemCodec.h"
#include "model/ItemSize.h"
#include "model/KeyEncoding.h"
#include "model/WireJson.h"
#include "ops/EngineImpl.h"
#include "ops/ItemKeys.h"
#include "ops/OpsCommon.h"
#include "ops/RequestExpressions.h"
#include "storage/ItemStore.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {

using api::RequestReader;

constexpr std::size_t kPageBytes = 1024 * 1024;

enum class Select { AllAttributes, Specific, Count };

struct ReadRequest {
    std::string tableName;
    std::optional<std::int64_t> limit;
    bool consistent = false;
    Select select = Select::AllAttributes;
    capacity::Report report = capacity::Report::None;
    std::optional<Item> exclusiveStartKey;
};

ReadRequest readCommon(RequestReader& r)
{
    ReadRequest req;
    req.tableName = readTableName(r);
    req.limit = r.integer("Limit");
    if (req.limit && *req.limit < 1)
        r.violation(std::to_string(*req.limit), "limit", "Member must have value greater than or equal to 1");
    req.consistent = r.boolean("ConsistentRead").value_or(false);
    auto select = r.string("Select");
    r.checkEnum(select, "select", {"ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT"});
    req.report = readReturnConsumedCapacity(r);
    if (auto index = r.string("IndexName"))
        r.checkName(index, "indexName");
    r.throwViolations();

    const bool projected = r.has("ProjectionExpression") || r.has("AttributesToGet");
    const char* projectionName = r.has("ProjectionExpression") ? "ProjectionExpression" : "AttributesToGet";
    if (select == "ALL_PROJECTED_ATTRIBUTES" && !r.has("IndexName"))
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
    Item start;
    if (readOptionalItemMember(r, "ExclusiveStartKey", &start))
        req.exclusiveStartKey = std::move(start);
    return req;
}

TableInfoPtr tableWithoutIndex(EngineImpl& engine, RequestReader& r, const std::string& tableName)
{
    auto table = tableForItems(engine, tableName);
    if (auto index = r.string("IndexName"))
        throw Error::validation("The table does not have the specified index: " + *index);
    return table;
}

storage::StoredKey startKey(const TableInfo& table, const Item& start)
{
    try {
        return storedKeyFromKey(table, start);
    } catch (const Error& e) {
        throw Error::validation("The provided starting key is invalid: " + e.message());
    }
}

// Collects a page of results, enforcing Limit and the 1 MB page size.
class Page {
public:
    Page(const TableInfo& table, const ReadRequest& req, const expr::ConditionExpression* filter,
         const expr::ProjectionExpression* projection)
        : m_table(table), m_req(req), m_filter(filter), m_projection(projection)
    {
        m_out = "{\"Items\":[";
    }

    // Returns false when the page is full.
    bool add(const storage::StoredKey& key, std::string_view blob)
    {
        ++m_scanned;
        if (!m_filter && !m_projection) {
            // Every item is returned whole: write its JSON from the stored
            // bytes without building the Item.
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
            if (!m_filter || m_filter->evaluate(item)) {
                if (m_req.select != Select::Count) {
                    if (m_count > 0)
                        m_out += ',';
                    WireJson::appendItemJson(m_out, m_projection ? m_projection->apply(item) : item);
                }
                ++m_count;
            }
        }
        const bool full = (m_req.limit && m_scanned >= *m_req.limit) || m_bytes >= kPageBytes;
        if (full)
            m_lastKey = keyFromStored(m_table, key);
        return !full;
    }

    std::string finish()
    {
        std::string out = m_req.select == Select::Count ? std::string("{") : m_out + "],";
        out += "\"Count\":" + std::to_string(m_count) + ",\"ScannedCount\":" + std::to_string(m_scanned);
        if (m_lastKey)
            appendItemMember(out, "LastEvaluatedKey", *m_lastKey);
        if (m_req.report != capacity::Report::None) {
            out += ",\"ConsumedCapacity\":";
            out += capacity::consumedCapacityJson(m_table.name, capacity::readUnits(m_bytes, m_req.consistent), false,
                                                  m_req.report);
        }
        out += '}';
        return out;
    }

private:
    const TableInfo& m_table;
    const ReadRequest& m_req;
    const expr::ConditionExpression* m_filter;
    const expr::ProjectionExpression* m_projection;
    std::string m_out;
    std::string m_scratch; // COUNT pages measure items without returning them
    std::size_t m_bytes = 0;
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

} // namespace

std::string query(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const ReadRequest req = readCommon(r);
    const bool forward = r.boolean("ScanIndexForward").value_or(true);
    RequestExpressions expressions(r, {"ProjectionExpression", "FilterExpression", "KeyConditionExpression"},
                                   {"AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions"});
    auto table = tableWithoutIndex(engine, r, req.tableName);
    const expr::KeyQuery keys = expressions.keyConditions(table->hashKey, table->rangeKey);
    auto filter = expressions.filter("QueryFilter");
    auto projection = expressions.projection();
    expressions.finish();

    checkKeyType(table->hashKey, keys.partitionValue);
    ItemSize::checkPartitionKeySize(keys.partitionValue);
    const std::int64_t hash = storedHash(keys.partitionValue);
    const std::string pk = KeyEncoding::encodeKey(keys.partitionValue);
    storage::SortRange range;
    if (keys.sort)
        range = sortRange(*table->rangeKey, *keys.sort);

    std::optional<std::string> startSk;
    if (req.exclusiveStartKey) {
        const auto start = startKey(*table, *req.exclusiveStartKey);
        if (start.pk != pk)
            throw Error::validation("The provided starting key is outside query boundaries based on provided "
                                    "conditions");
        startSk = start.sk;
    }

    Page page(*table, req, filter ? &*filter : nullptr, projection ? &*projection : nullptr);
    if (!table->rangeKey && startSk) {
        // The only item of the partition was already returned.
    } else {
        storage::ReadLease lease(engine.store());
        storage::ItemStore::query(lease.db(), *table, hash, pk, range, forward, table->rangeKey ? startSk : std::nullopt,
                                  [&](const storage::StoredKey& key, std::string_view blob) { return page.add(key, blob); });
    }
    return page.finish();
}

std::string scan(EngineImpl& engine, const boost::json::object& request)
{
    RequestReader r(request);
    const ReadRequest req = readCommon(r);
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
    r.throwViolations();
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
    auto table = tableWithoutIndex(engine, r, req.tableName);

    // Segment i of n covers hashes [i * 2^64 / n, (i + 1) * 2^64 / n).
    const unsigned __int128 ring = static_cast<unsigned __int128>(1) << 64;
    const std::uint64_t n = totalSegments ? std::uint64_t(*totalSegments) : 1;
    const std::uint64_t i = segment ? std::uint64_t(*segment) : 0;
    const auto lowU = std::uint64_t(ring * i / n);
    const auto highU = std::uint64_t(ring * (i + 1) / n - 1);
    const auto toSigned = [](std::uint64_t h) { return std::int64_t(h ^ 0x8000000000000000ULL); };

    std::optional<storage::StoredKey> start;
    if (req.exclusiveStartKey) {
        start = startKey(*table, *req.exclusiveStartKey);
        if (start->hash < toSigned(lowU) || start->hash > toSigned(highU))
            throw Error::validation("The provided Exclusive start key does not map to the provided segment");
    }
    Page page(*table, req, filter ? &*filter : nullptr, projection ? &*projection : nullptr);
    storage::ReadLease lease(engine.store());
    storage::ItemStore::scan(lease.db(), *table, toSigned(lowU), toSigned(highU), start,
                             [&](const storage::StoredKey& key, std::string_view blob) { return page.add(key, blob); });
    return page.finish();
}

} // namespace dynoscope::ops
