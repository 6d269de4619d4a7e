// SQL of the saved-query and history tables.
#include "storage/SavedQueryStore.h"

#include "storage/TableAccess.h"

namespace dynoscope::storage {

std::vector<SavedQueryRow> SavedQueryStore::list(Database& db, std::string_view tableName)
{
    auto& st = db.cached("SELECT name, definition, created_at, updated_at FROM saved_queries"
                         " WHERE table_name=? ORDER BY name");
    st.bind(1, tableName);
    std::vector<SavedQueryRow> rows;
    visitRows(st, [&] {
        rows.push_back({ std::string(st.text(0)), std::string(st.text(1)), st.int64(2), st.int64(3) });
        return true;
    });
    return rows;
}

std::optional<SavedQueryRow> SavedQueryStore::find(Database& db, std::string_view tableName, std::string_view name)
{
    auto& st = db.cached("SELECT name, definition, created_at, updated_at FROM saved_queries"
                         " WHERE table_name=? AND name=?");
    st.bind(1, tableName).bind(2, name);
    std::optional<SavedQueryRow> row;
    visitRows(st, [&] {
        row = SavedQueryRow { std::string(st.text(0)), std::string(st.text(1)), st.int64(2), st.int64(3) };
        return false;
    });
    return row;
}

void SavedQueryStore::put(
    Database& db, std::string_view tableName, std::string_view name, std::string_view definition, std::int64_t now)
{
    db.cached("INSERT INTO saved_queries(table_name, name, definition, created_at, updated_at) VALUES(?, ?, ?, ?, ?)"
              " ON CONFLICT(table_name, name) DO UPDATE SET definition=excluded.definition,"
              " updated_at=excluded.updated_at")
        .bind(1, tableName)
        .bind(2, name)
        .bind(3, definition)
        .bind(4, now)
        .bind(5, now)
        .exec();
}

void SavedQueryStore::rename(
    Database& db, std::string_view tableName, std::string_view from, std::string_view to, std::int64_t now)
{
    db.cached("UPDATE saved_queries SET name=?, updated_at=? WHERE table_name=? AND name=?")
        .bind(1, to)
        .bind(2, now)
        .bind(3, tableName)
        .bind(4, from)
        .exec();
}

void SavedQueryStore::remove(Database& db, std::string_view tableName, std::string_view name)
{
    db.cached("DELETE FROM saved_queries WHERE table_name=? AND name=?").bind(1, tableName).bind(2, name).exec();
}

void SavedQueryStore::addHistory(
    Database& db, std::string_view tableName, std::string_view definition, std::int64_t now)
{
    db.cached("INSERT INTO query_history(table_name, definition, ran_at) VALUES(?, ?, ?)")
        .bind(1, tableName)
        .bind(2, definition)
        .bind(3, now)
        .exec();
    db.cached("DELETE FROM query_history WHERE table_name=?1 AND id <= (SELECT id FROM query_history"
              " WHERE table_name=?1 ORDER BY id DESC LIMIT 1 OFFSET ?2)")
        .bind(1, tableName)
        .bind(2, std::int64_t(kHistoryLimit))
        .exec();
}

std::vector<QueryHistoryRow> SavedQueryStore::history(Database& db, std::string_view tableName, int limit)
{
    auto& st = db.cached("SELECT definition, ran_at FROM query_history WHERE table_name=? ORDER BY id DESC LIMIT ?");
    st.bind(1, tableName).bind(2, std::int64_t(limit));
    std::vector<QueryHistoryRow> rows;
    visitRows(st, [&] {
        rows.push_back({ std::string(st.text(0)), st.int64(1) });
        return true;
    });
    return rows;
}

} // namespace dynoscope::storage
