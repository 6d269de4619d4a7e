// Measuring item collections after writes and their metrics' wire form.
#include "ops/ItemCollections.h"

#include "model/WireJson.h"
#include "ops/EngineImpl.h"
#include "ops/ItemKeys.h"
#include "storage/ItemCollectionStore.h"

#include <dynoscope/Error.h>

#include <cstdio>

namespace dynoscope::ops {

ItemCollections::ItemCollections(EngineImpl& engine, storage::Database& db, bool report)
    : m_limit(engine.options().itemCollectionLimitBytes), m_db(db), m_report(report)
{
}

void ItemCollections::afterWrite(const TableInfo& table, const storage::StoredKey& key, bool grew)
{
    bool hasLocalIndex = false;
    for (const auto& index : table.indexes)
        hasLocalIndex = hasLocalIndex || !index.global;
    if (!hasLocalIndex || (!grew && !m_report))
        return;
    const std::int64_t bytes = storage::ItemCollectionStore::bytes(m_db, table, key.hash, key.pk);
    if (grew && bytes > m_limit)
        throw Error(Error::Code::ItemCollectionSizeLimitExceeded, kLimitMessage);
    if (!m_report)
        return;
    const AttributeValue pk = keyFromStored(table, {key.hash, key.pk, key.sk}).at(table.hashKey.name);
    for (Metric& metric : m_metrics) {
        if (metric.tableName == table.name && metric.key == pk) {
            metric.bytes = bytes;
            return;
        }
    }
    m_metrics.push_back({table.name, table.hashKey.name, pk, bytes});
}

void ItemCollections::appendMetric(std::string& out, const Metric& metric)
{
    // DynamoDB gives a range of whole gigabytes around its estimate.
    const double low = double(metric.bytes >> 30);
    char range[64];
    std::snprintf(range, sizeof range, "[%.1f,%.1f]", low, low + 1);
    out += "{\"ItemCollectionKey\":";
    WireJson::appendItemJson(out, Item{{metric.keyName, metric.key}});
    out += ",\"SizeEstimateRangeGB\":";
    out += range;
    out += '}';
}

void ItemCollections::appendSingle(std::string& out) const
{
    if (m_metrics.empty())
        return;
    if (out.size() > 1)
        out += ',';
    out += "\"ItemCollectionMetrics\":";
    appendMetric(out, m_metrics.front());
}

void ItemCollections::appendByTable(std::string& out) const
{
    if (m_metrics.empty())
        return;
    if (out.size() > 1)
        out += ',';
    out += "\"ItemCollectionMetrics\":{";
    std::vector<bool> done(m_metrics.size());
    for (std::size_t i = 0; i < m_metrics.size(); ++i) {
        if (done[i])
            continue;
        if (i > 0)
            out += ',';
        WireJson::appendStringJson(out, m_metrics[i].tableName);
        out += ":[";
        for (std::size_t j = i; j < m_metrics.size(); ++j) {
            if (done[j] || m_metrics[j].tableName != m_metrics[i].tableName)
                continue;
            if (j > i)
                out += ',';
            appendMetric(out, m_metrics[j]);
            done[j] = true;
        }
        out += ']';
    }
    out += '}';
}

} // namespace dynoscope::ops
