// The engine's shared state behind the public Engine: options, the store,
// the catalog and the transaction tokens. Operations (ops/) are free
// functions over it.
#pragma once

#include <dynoscope/Engine.h>

#include "capacity/CapacityTracker.h"
#include "ops/ConsistencySimulation.h"
#include "ops/IndexBackfiller.h"
#include "ops/ItemHolds.h"
#include "ops/Sweeper.h"
#include "ops/TransactionTokens.h"
#include "storage/Catalog.h"
#include "storage/Store.h"

#include <memory>
#include <string>

namespace dynoscope {

class EngineImpl {
public:
    EngineImpl(EngineOptions options, std::unique_ptr<storage::Store> store);

    const EngineOptions& options() const { return m_options; }
    storage::Store& store() { return *m_store; }
    storage::Catalog& catalog() { return m_catalog; }
    // REQUIRES: the caller holds the write lease while using them.
    ops::TransactionTokens& transactionTokens() { return m_transactionTokens; }
    // Dynoscope's simulations (Api::Dynoscope); thread-safe.
    ops::ConsistencySimulation& consistency() { return m_consistency; }
    ops::ItemHolds& itemHolds() { return m_itemHolds; }
    // Partitions, throttling, metrics and hot keys; thread-safe.
    capacity::CapacityTracker& capacity() { return m_capacity; }

    // Milliseconds since the epoch, from the injected clock when there is one.
    std::int64_t nowMillis() const;
    std::string tableArn(std::string_view tableName) const;
    IndexBackfiller& backfiller() { return *m_backfiller; }
    Sweeper& sweeper() { return *m_sweeper; }

private:
    EngineOptions m_options;
    std::unique_ptr<storage::Store> m_store;
    storage::Catalog m_catalog;
    ops::TransactionTokens m_transactionTokens;
    ops::ConsistencySimulation m_consistency;
    ops::ItemHolds m_itemHolds;
    capacity::CapacityTracker m_capacity;
    // Last, so that they stop before the store closes.
    std::unique_ptr<IndexBackfiller> m_backfiller;
    std::unique_ptr<Sweeper> m_sweeper;
};

} // namespace dynoscope
