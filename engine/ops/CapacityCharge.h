// Charging one item's read or write to its table's simulated partition
// (CapacityTracker::charge), shared by single-item, batch and transaction
// operations.
#pragma once

#include "capacity/Consumption.h"
#include "model/TableInfo.h"
#include "storage/Database.h"
#include "storage/ItemStore.h"

#include <dynoscope/AttributeValue.h>
#include <dynoscope/Error.h>

#include <cstdint>
#include <optional>

namespace dynoscope {
class EngineImpl;
}

namespace dynoscope::ops {

// item: the item or just its key. writeDb: the writer's connection inside the
// write's transaction, null for reads. Throws
// ProvisionedThroughputExceededException when the partition throttles; a
// write's transaction then rolls back.
// globalIndexWrites: a write's units in each GSI it changed.
void chargeItem(EngineImpl& engine, storage::Database* writeDb, const TableInfo& table, const storage::StoredKey& key,
                const Item& item, double units, std::int64_t sizeDelta = 0,
                const capacity::Consumption::IndexUnits* globalIndexWrites = nullptr);

// As chargeItem, but returns the throttling error instead of throwing it
// (nullopt: charged): batches leave throttled items unprocessed, transactions
// cancel with its message.
std::optional<Error> tryChargeItem(EngineImpl& engine, storage::Database* writeDb, const TableInfo& table,
                                   const storage::StoredKey& key, const Item& item, double units,
                                   std::int64_t sizeDelta = 0);

} // namespace dynoscope::ops
