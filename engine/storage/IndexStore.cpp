// SQL for index entries.
#include "storage/IndexStore.h"

#include "storage/TableAccess.h"

namespace dynoscope::storage {

namespace {
// Reads the entry at the statement's current row and visits it; the row
// starts with (h, pk) when withHash.
bool visitEntry(Statement& st, IndexEntryKey& key, const IndexEntryVisitor& visit, bool withHash)
{
    int column = 0;
    if (withHash) {
        key.hash = st.int64(column++);
        key.pk.assign(st.blob(column++));
    }
    key.sk.assign(st.blob(column));
    key.tpk.assign(st.blob(column + 1));
    key.tsk.assign(st.blob(column + 2));
    return visit(key, st.blob(column + 3));
}

void run(Database& db, const IndexInfo& index, const std::string& sql, const std::function<void(Statement&)>& bind,
         IndexEntryKey& key, const IndexEntryVisitor& visit, bool withHash)
{
    accessTable(db, index.entriesTable(), [&] {
        auto& st = db.cached(sql);
        bind(st);
        visitRows(st, [&] { return visitEntry(st, key, visit, withHash); });
    });
}
} // namespace

void IndexStore::put(Database& db, const IndexInfo& index, const IndexEntryKey& key, std::string_view projectedItem)
{
    auto& st = db.cached("INSERT OR REPLACE INTO " + index.entriesTable() +
                         "(h, pk, sk, tpk, tsk, item) VALUES(?, ?, ?, ?, ?, ?)");
    st.bind(1, key.hash).bindBlob(2, key.pk).bindBlob(3, key.sk).bindBlob(4, key.tpk).bindBlob(5, key.tsk);
    st.bindBlob(6, projectedItem).exec();
}

void IndexStore::remove(Database& db, const IndexInfo& index, const IndexEntryKey& key)
{
    auto& st = db.cached("DELETE FROM " + index.entriesTable() + " WHERE h=? AND pk=? AND sk=? AND tpk=? AND tsk=?");
    st.bind(1, key.hash).bindBlob(2, key.pk).bindBlob(3, key.sk).bindBlob(4, key.tpk).bindBlob(5, key.tsk).exec();
}

void IndexStore::query(Database& db, const IndexInfo& index, std::int64_t hash, std::string_view pk,
                       const SortRange& range, bool forward, const std::optional<IndexEntryKey>& exclusiveStart,
                       const IndexEntryVisitor& visit)
{
    std::string sql = "SELECT sk, tpk, tsk, item FROM " + index.entriesTable() + " WHERE h=?1 AND pk=?2";
    if (range.lower)
        sql += range.lowerInclusive ? " AND sk>=?3" : " AND sk>?3";
    if (range.upper)
        sql += range.upperInclusive ? " AND sk<=?4" : " AND sk<?4";
    if (exclusiveStart)
        sql += forward ? " AND (sk, tpk, tsk) > (?5, ?6, ?7)" : " AND (sk, tpk, tsk) < (?5, ?6, ?7)";
    sql += forward ? " ORDER BY sk, tpk, tsk" : " ORDER BY sk DESC, tpk DESC, tsk DESC";
    IndexEntryKey key{hash, std::string(pk), {}, {}, {}};
    run(db, index, sql, [&](Statement& st) {
        st.bind(1, hash).bindBlob(2, pk);
        if (range.lower)
            st.bindBlob(3, *range.lower);
        if (range.upper)
            st.bindBlob(4, *range.upper);
        if (exclusiveStart)
            st.bindBlob(5, exclusiveStart->sk).bindBlob(6, exclusiveStart->tpk).bindBlob(7, exclusiveStart->tsk);
    }, key, visit, false);
}

void IndexStore::scan(Database& db, const IndexInfo& index, std::int64_t hashLow, std::int64_t hashHigh,
                      const std::optional<IndexEntryKey>& exclusiveStart, const IndexEntryVisitor& visit)
{
    // The row value alone bounds a resumed scan, so that SQLite seeks to it
    // (see ItemStore::scan). REQUIRES: exclusiveStart lies within the range.
    std::string sql = "SELECT h, pk, sk, tpk, tsk, item FROM " + index.entriesTable() +
                      (exclusiveStart ? " WHERE (h, pk, sk, tpk, tsk) > (?3, ?4, ?5, ?6, ?7) AND h<=?2"
                                      : " WHERE h>=?1 AND h<=?2");
    sql += " ORDER BY h, pk, sk, tpk, tsk";
    IndexEntryKey key;
    run(db, index, sql, [&](Statement& st) {
        st.bind(1, hashLow).bind(2, hashHigh);
        if (exclusiveStart)
            st.bind(3, exclusiveStart->hash)
                .bindBlob(4, exclusiveStart->pk)
                .bindBlob(5, exclusiveStart->sk)
                .bindBlob(6, exclusiveStart->tpk)
                .bindBlob(7, exclusiveStart->tsk);
    }, key, visit, true);
}

} // namespace dynoscope::storage
