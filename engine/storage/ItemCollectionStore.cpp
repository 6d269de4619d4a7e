// SUM(length(item)) over a partition's range: SQLite answers length() of a
// blob from its header, without reading overflow pages.
#include "storage/ItemCollectionStore.h"

#include "storage/TableAccess.h"

namespace dynoscope::storage {

namespace {

std::int64_t partitionBytes(Database& db, const std::string& sqliteTable, std::int64_t hash, std::string_view pk)
{
    return accessTable(db, sqliteTable, [&] {
        auto& st = db.cached("SELECT COALESCE(SUM(length(item)), 0) FROM " + sqliteTable + " WHERE h=? AND pk=?");
        st.bind(1, hash).bindBlob(2, pk);
        const std::int64_t bytes = st.step() ? st.int64(0) : 0;
        st.reset();
        return bytes;
    });
}

} // namespace

std::int64_t ItemCollectionStore::bytes(Database& db, const TableInfo& table, std::int64_t hash, std::string_view pk)
{
    std::int64_t total = partitionBytes(db, table.itemsTable(), hash, pk);
    // An LSI shares the table's partition key, so its partition is the same range.
    for (const auto& index : table.indexes)
        if (!index.global)
            total += partitionBytes(db, index.entriesTable(), hash, pk);
    return total;
}

} // namespace dynoscope::storage
