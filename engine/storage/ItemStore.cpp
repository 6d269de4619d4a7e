// SQL for item reads and writes. Statements are cached per connection, so a
// GetItem or PutItem costs one sqlite3_step on a prepared statement.
#include "storage/ItemStore.h"

#include "storage/TableAccess.h"

namespace dynoscope::storage {


std::optional<std::string> ItemStore::get(Database& db, const TableInfo& table, const StoredKey& key)
{
    return accessTable(db, table.itemsTable(), [&] {
        auto& st = db.cached("SELECT item FROM " + table.itemsTable() + " WHERE h=? AND pk=? AND sk=?");
        st.bind(1, key.hash).bindBlob(2, key.pk).bindBlob(3, key.sk);
        std::optional<std::string> out;
        if (st.step())
            out.emplace(st.blob(0));
        st.reset();
        return out;
    });
}

void ItemStore::put(Database& db, const TableInfo& table, const StoredKey& key, std::string_view itemBlob)
{
    accessTable(db, table.itemsTable(), [&] {
        auto& st = db.cached("INSERT OR REPLACE INTO " + table.itemsTable() + "(h, pk, sk, item) VALUES(?, ?, ?, ?)");
        st.bind(1, key.hash).bindBlob(2, key.pk).bindBlob(3, key.sk).bindBlob(4, itemBlob).exec();
    });
}

void ItemStore::remove(Database& db, const TableInfo& table, const StoredKey& key)
{
    accessTable(db, table.itemsTable(), [&] {
        auto& st = db.cached("DELETE FROM " + table.itemsTable() + " WHERE h=? AND pk=? AND sk=?");
        st.bind(1, key.hash).bindBlob(2, key.pk).bindBlob(3, key.sk).exec();
    });
}

std::string ItemStore::querySql(const TableInfo& table, const SortRange& range, bool forward, bool hasStart)
{
    std::string sql = "SELECT sk, item FROM " + table.itemsTable() + " WHERE h=?1 AND pk=?2";
    if (range.lower)
        sql += range.lowerInclusive ? " AND sk>=?3" : " AND sk>?3";
    if (range.upper)
        sql += range.upperInclusive ? " AND sk<=?4" : " AND sk<?4";
    if (hasStart)
        sql += forward ? " AND sk>?5" : " AND sk<?5";
    sql += forward ? " ORDER BY sk ASC" : " ORDER BY sk DESC";
    return sql;
}

void ItemStore::query(Database& db, const TableInfo& table, std::int64_t hash, std::string_view pk,
                      const SortRange& range, bool forward, const std::optional<std::string>& exclusiveStartSk,
                      const RowVisitor& visit)
{
    accessTable(db, table.itemsTable(), [&] {
        auto& st = db.cached(querySql(table, range, forward, exclusiveStartSk.has_value()));
        st.bind(1, hash).bindBlob(2, pk);
        if (range.lower)
            st.bindBlob(3, *range.lower);
        if (range.upper)
            st.bindBlob(4, *range.upper);
        if (exclusiveStartSk)
            st.bindBlob(5, *exclusiveStartSk);
        StoredKey key{hash, std::string(pk), {}};
        visitRows(st, [&] {
            key.sk.assign(st.blob(0));
            return visit(key, st.blob(1));
        });
    });
}

std::string ItemStore::scanSql(const TableInfo& table, bool hasStart)
{
    // With a start key, the row value alone must be the lower bound: SQLite
    // then seeks to it, where "h>=?1 AND (h, pk, sk) > ..." would seek to
    // the segment start and filter every row up to the key (quadratic paging).
    return "SELECT h, pk, sk, item FROM " + table.itemsTable() +
           (hasStart ? " WHERE (h, pk, sk) > (?3, ?4, ?5) AND h<=?2" : " WHERE h>=?1 AND h<=?2") +
           " ORDER BY h, pk, sk";
}

void ItemStore::scan(Database& db, const TableInfo& table, std::int64_t hashLow, std::int64_t hashHigh,
                     const std::optional<StoredKey>& exclusiveStart, const RowVisitor& visit)
{
    const std::string sql = scanSql(table, exclusiveStart.has_value());
    accessTable(db, table.itemsTable(), [&] {
        auto& st = db.cached(sql);
        st.bind(1, hashLow).bind(2, hashHigh);
        if (exclusiveStart)
            st.bind(3, exclusiveStart->hash).bindBlob(4, exclusiveStart->pk).bindBlob(5, exclusiveStart->sk);
        StoredKey key;
        visitRows(st, [&] {
            key.hash = st.int64(0);
            key.pk.assign(st.blob(1));
            key.sk.assign(st.blob(2));
            return visit(key, st.blob(3));
        });
    });
}

} // namespace dynoscope::storage
