// Charging one item's read or write to its simulated partition.
#include "ops/CapacityCharge.h"

#include "ops/EngineImpl.h"
#include "ops/ItemKeys.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

void chargeItem(EngineImpl& engine, storage::Database* writeDb, const TableInfo& table, const storage::StoredKey& key,
                const Item& item, double units, std::int64_t sizeDelta,
                const capacity::Consumption::IndexUnits* globalIndexWrites)
{
    const Item keyAttributes = keyOf(table, item);
    engine.capacity().charge({&table, nullptr, key.hash, &keyAttributes.at(table.hashKey.name), &keyAttributes, units,
                              writeDb != nullptr, sizeDelta, globalIndexWrites},
                             engine.nowMillis(), writeDb);
}

std::optional<Error> tryChargeItem(EngineImpl& engine, storage::Database* writeDb, const TableInfo& table,
                                   const storage::StoredKey& key, const Item& item, double units,
                                   std::int64_t sizeDelta)
{
    try {
        chargeItem(engine, writeDb, table, key, item, units, sizeDelta);
        return std::nullopt;
    } catch (const Error& e) {
        if (e.code() != Error::Code::ProvisionedThroughputExceeded)
            throw;
        return e;
    }
}

} // namespace dynoscope::ops
