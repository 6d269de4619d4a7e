// Engine state set-up.
#include "ops/EngineImpl.h"

#include <chrono>

namespace dynoscope {

EngineImpl::EngineImpl(EngineOptions options, std::unique_ptr<storage::Store> store)
    : m_options(std::move(options))
    , m_store(std::move(store))
    , m_capacity(m_options.partitionSizeLimitBytes)
{
    {
        storage::WriteLease lease(*m_store);
        m_catalog.load(lease.db());
        m_capacity.load(lease.db());
    }
    m_backfiller = std::make_unique<IndexBackfiller>(*this);
    // Backfills an earlier run left unfinished.
    for (const auto& name : m_catalog.names("", SIZE_MAX))
        if (auto table = m_catalog.find(name))
            for (const auto& index : table->indexes)
                if (index.backfilling)
                    m_backfiller->enqueue(table->name, index.name);
    m_sweeper = std::make_unique<Sweeper>(*this);
}

std::int64_t EngineImpl::nowMillis() const
{
    if (m_options.clock)
        return m_options.clock();
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string EngineImpl::tableArn(std::string_view tableName) const
{
    return "arn:aws:dynamodb:" + m_options.region + ":" + m_options.accountId + ":table/" + std::string(tableName);
}

} // namespace dynoscope
