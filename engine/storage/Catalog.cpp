// Catalog persistence: one row per DynamoDB table, its description as JSON.
#include "storage/Catalog.h"

#include <dynoscope/Error.h>

#include <mutex>

namespace dynoscope::storage {

TableInfo Catalog::parse(const std::string& name, std::int64_t id, std::string_view description)
{
    TableInfo info;
    info.name = name;
    info.id = id;
    boost::system::error_code ec;
    auto value = boost::json::parse(description, ec);
    if (ec || !value.is_object())
        throw Error::internal("corrupt catalog entry for table " + name);
    info.description = std::move(value.get_object());
    auto typeOf = [&](std::string_view attribute) {
        for (const auto& def : info.description.at("AttributeDefinitions").as_array()) {
            const auto& d = def.as_object();
            if (d.at("AttributeName").as_string() == attribute) {
                AttributeValue::Type t = AttributeValue::Type::S;
                AttributeValue::typeFromName(std::string_view(d.at("AttributeType").as_string()), &t);
                return t;
            }
        }
        throw Error::internal("corrupt key schema for table " + name);
    };
    for (const auto& element : info.description.at("KeySchema").as_array()) {
        const auto& e = element.as_object();
        KeyAttribute key{std::string(e.at("AttributeName").as_string()), AttributeValue::Type::S};
        key.type = typeOf(key.name);
        if (e.at("KeyType").as_string() == "HASH")
            info.hashKey = key;
        else
            info.rangeKey = key;
    }
    return info;
}

void Catalog::load(Database& db)
{
    std::map<std::string, TableInfoPtr, std::less<>> tables;
    Statement st(db.handle(), "SELECT name, id, description, item_count, size_bytes FROM catalog");
    while (st.step()) {
        auto info = std::make_shared<TableInfo>(parse(std::string(st.text(0)), st.int64(1), st.text(2)));
        info->stats->itemCount = st.int64(3);
        info->stats->sizeBytes = st.int64(4);
        tables.emplace(info->name, std::move(info));
    }
    std::unique_lock lock(m_mutex);
    m_tables = std::move(tables);
}

TableInfoPtr Catalog::find(std::string_view name) const
{
    std::shared_lock lock(m_mutex);
    auto it = m_tables.find(name);
    return it == m_tables.end() ? nullptr : it->second;
}

TableInfoPtr Catalog::get(std::string_view name, const std::string& message) const
{
    auto info = find(name);
    if (!info)
        throw Error::resourceNotFound(message);
    return info;
}

std::vector<std::string> Catalog::names(const std::string& exclusiveStart, size_t limit) const
{
    std::shared_lock lock(m_mutex);
    std::vector<std::string> out;
    for (auto it = m_tables.upper_bound(exclusiveStart); it != m_tables.end() && out.size() < limit; ++it)
        out.push_back(it->first);
    return out;
}

TableInfoPtr Catalog::create(Database& db, TableInfo info)
{
    // Ids are never reused, so a dropped table's cached statements can never
    // touch a new table.
    Statement next(db.handle(), "SELECT coalesce(max(CAST(value AS INTEGER)), 0) + 1 FROM settings WHERE key='next_table_id'");
    next.step();
    std::int64_t id = std::max<std::int64_t>(next.int64(0), 1);
    Statement maxId(db.handle(), "SELECT coalesce(max(id), 0) + 1 FROM catalog");
    maxId.step();
    id = std::max(id, maxId.int64(0));
    info.id = id;
    Statement save(db.handle(), "INSERT OR REPLACE INTO settings(key, value) VALUES('next_table_id', ?)");
    save.bind(1, std::to_string(id + 1)).exec();

    const std::string text = boost::json::serialize(info.description);
    Statement insert(db.handle(), "INSERT INTO catalog(name, id, description) VALUES(?, ?, ?)");
    insert.bind(1, std::string_view(info.name)).bind(2, id).bind(3, std::string_view(text)).exec();
    // (h, pk, sk): partition hash first so a table scans in hash-ring order
    // and a Query is one range of the primary key.
    db.exec(("CREATE TABLE " + info.itemsTable() +
             "(h INTEGER NOT NULL, pk BLOB NOT NULL, sk BLOB NOT NULL, item BLOB NOT NULL,"
             " PRIMARY KEY(h, pk, sk)) WITHOUT ROWID")
                .c_str());
    auto ptr = std::make_shared<const TableInfo>(std::move(info));
    std::unique_lock lock(m_mutex);
    m_tables[ptr->name] = ptr;
    return ptr;
}

TableInfoPtr Catalog::update(Database& db, TableInfo info)
{
    const std::string text = boost::json::serialize(info.description);
    Statement st(db.handle(), "UPDATE catalog SET description=? WHERE name=?");
    st.bind(1, std::string_view(text)).bind(2, std::string_view(info.name)).exec();
    auto ptr = std::make_shared<const TableInfo>(std::move(info));
    std::unique_lock lock(m_mutex);
    m_tables[ptr->name] = ptr;
    return ptr;
}

void Catalog::remove(Database& db, const TableInfo& info)
{
    Statement st(db.handle(), "DELETE FROM catalog WHERE name=?");
    st.bind(1, std::string_view(info.name)).exec();
    db.forgetStatements(info.itemsTable());
    db.exec(("DROP TABLE IF EXISTS " + info.itemsTable()).c_str());
    std::unique_lock lock(m_mutex);
    m_tables.erase(info.name);
}

void Catalog::saveStats(Database& db, const TableInfo& info, std::int64_t itemCount, std::int64_t sizeBytes)
{
    auto& st = db.cached("UPDATE catalog SET item_count=?, size_bytes=? WHERE id=?");
    st.bind(1, itemCount).bind(2, sizeBytes).bind(3, info.id).exec();
}

} // namespace dynoscope::storage
