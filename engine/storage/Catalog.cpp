// Catalog persistence: one row per DynamoDB table, its description as JSON.
#include "storage/Catalog.h"

#include <dynoscope/Error.h>

#include <mutex>
#include <set>

namespace dynoscope::storage {

namespace {

KeyAttribute keyAttribute(const boost::json::object& description, std::string_view attribute, const std::string& table)
{
    for (const auto& def : description.at("AttributeDefinitions").as_array()) {
        const auto& d = def.as_object();
        if (d.at("AttributeName").as_string() == attribute) {
            AttributeValue::Type t = AttributeValue::Type::S;
            AttributeValue::typeFromName(std::string_view(d.at("AttributeType").as_string()), &t);
            return {std::string(attribute), t};
        }
    }
    throw Error::internal("corrupt key schema for table " + table);
}

// Fills hash and range keys from a KeySchema array.
template <typename Target>
void readKeySchema(Target& target, const boost::json::array& schema, const boost::json::object& description,
                   const std::string& table)
{
    for (const auto& element : schema) {
        const auto& e = element.as_object();
        auto key = keyAttribute(description, std::string_view(e.at("AttributeName").as_string()), table);
        if (e.at("KeyType").as_string() == "HASH")
            target.hashKey = key;
        else
            target.rangeKey = key;
    }
}

void readIndexes(TableInfo& info, std::string_view member, bool global)
{
    auto it = info.description.find(member);
    if (it == info.description.end())
        return;
    for (const auto& value : it->value().as_array()) {
        const auto& d = value.as_object();
        IndexInfo index;
        index.name = d.at("IndexName").as_string().c_str();
        index.id = d.at(Catalog::kIndexIdMember).as_int64();
        index.global = global;
        readKeySchema(index, d.at("KeySchema").as_array(), info.description, info.name);
        const auto& projection = d.at("Projection").as_object();
        const auto type = projection.at("ProjectionType").as_string();
        index.projection = type == "ALL"        ? IndexInfo::Projection::All
                           : type == "KEYS_ONLY" ? IndexInfo::Projection::KeysOnly
                                                 : IndexInfo::Projection::Include;
        if (auto status = d.find("IndexStatus"); status != d.end())
            index.backfilling = status->value().as_string() == "CREATING";
        if (auto nk = projection.find("NonKeyAttributes"); nk != projection.end())
            for (const auto& name : nk->value().as_array())
                index.nonKeyAttributes.emplace_back(name.as_string().c_str());
        info.indexes.push_back(std::move(index));
    }
}

void loadStats(Database& db, std::int64_t id, TableStats& stats)
{
    auto& st = db.cached("SELECT item_count, size_bytes FROM stats WHERE id=?");
    st.bind(1, id);
    if (st.step()) {
        stats.itemCount = st.int64(0);
        stats.sizeBytes = st.int64(1);
    }
    st.reset();
}

} // namespace

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
    readKeySchema(info, info.description.at("KeySchema").as_array(), info.description, name);
    readIndexes(info, "GlobalSecondaryIndexes", true);
    readIndexes(info, "LocalSecondaryIndexes", false);
    return info;
}

void Catalog::load(Database& db)
{
    std::map<std::string, TableInfoPtr, std::less<>> tables;
    Statement st(db.handle(), "SELECT name, id, description FROM catalog");
    while (st.step()) {
        auto info = std::make_shared<TableInfo>(parse(std::string(st.text(0)), st.int64(1), st.text(2)));
        loadStats(db, info->id, *info->stats);
        for (auto& index : info->indexes)
            loadStats(db, index.id, *index.stats);
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

std::int64_t Catalog::allocateId(Database& db)
{
    Statement next(db.handle(), "SELECT CAST(value AS INTEGER) FROM settings WHERE key='next_id'");
    const std::int64_t id = next.step() ? next.int64(0) : 1;
    Statement save(db.handle(), "INSERT OR REPLACE INTO settings(key, value) VALUES('next_id', ?)");
    save.bind(1, std::to_string(id + 1)).exec();
    return id;
}

void Catalog::createIndexTable(Database& db, const IndexInfo& index)
{
    // (h, pk, sk) are the index keys, (tpk, tsk) the table keys that tell
    // apart items sharing index keys; item is the projected item.
    db.exec(("CREATE TABLE " + index.entriesTable() +
             "(h INTEGER NOT NULL, pk BLOB NOT NULL, sk BLOB NOT NULL, tpk BLOB NOT NULL, tsk BLOB NOT NULL,"
             " item BLOB NOT NULL, PRIMARY KEY(h, pk, sk, tpk, tsk)) WITHOUT ROWID")
                .c_str());
}

namespace {
// Writes the allocated index ids into the stored description.
void recordIndexIds(TableInfo& info)
{
    for (const char* member : {"GlobalSecondaryIndexes", "LocalSecondaryIndexes"}) {
        auto it = info.description.find(member);
        if (it == info.description.end())
            continue;
        for (auto& value : it->value().as_array()) {
            auto& d = value.as_object();
            for (const auto& index : info.indexes)
                if (d.at("IndexName").as_string() == index.name)
                    d[Catalog::kIndexIdMember] = index.id;
        }
    }
}
} // namespace

TableInfoPtr Catalog::create(Database& db, TableInfo info)
{
    info.id = allocateId(db);
    for (auto& index : info.indexes)
        index.id = allocateId(db);
    recordIndexIds(info);
    const std::string text = boost::json::serialize(info.description);
    Statement insert(db.handle(), "INSERT INTO catalog(name, id, description) VALUES(?, ?, ?)");
    insert.bind(1, std::string_view(info.name)).bind(2, info.id).bind(3, std::string_view(text)).exec();
    // (h, pk, sk): partition hash first so a table scans in hash-ring order
    // and a Query is one range of the primary key.
    db.exec(("CREATE TABLE " + info.itemsTable() +
             "(h INTEGER NOT NULL, pk BLOB NOT NULL, sk BLOB NOT NULL, item BLOB NOT NULL,"
             " PRIMARY KEY(h, pk, sk)) WITHOUT ROWID")
                .c_str());
    for (const auto& index : info.indexes)
        createIndexTable(db, index);
    return std::make_shared<const TableInfo>(std::move(info));
}

void Catalog::publish(const TableInfoPtr& info)
{
    std::unique_lock lock(m_mutex);
    m_tables[info->name] = info;
}

TableInfoPtr Catalog::update(Database& db, TableInfo info)
{
    auto previous = find(info.name);
    std::set<std::int64_t> kept;
    for (auto& index : info.indexes) {
        if (index.id == 0) {
            index.id = allocateId(db);
            createIndexTable(db, index);
        }
        kept.insert(index.id);
    }
    if (previous) {
        for (const auto& index : previous->indexes) {
            if (kept.count(index.id))
                continue;
            db.forgetStatements(index.entriesTable());
            db.exec(("DROP TABLE IF EXISTS " + index.entriesTable()).c_str());
            Statement st(db.handle(), "DELETE FROM stats WHERE id=?");
            st.bind(1, index.id).exec();
        }
    }
    recordIndexIds(info);
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
    std::vector<std::string> dropped{info.itemsTable()};
    Statement stats(db.handle(), "DELETE FROM stats WHERE id=?");
    stats.bind(1, info.id).exec();
    for (const auto& index : info.indexes) {
        dropped.push_back(index.entriesTable());
        stats.bind(1, index.id).exec();
    }
    for (const auto& table : dropped) {
        db.forgetStatements(table);
        db.exec(("DROP TABLE IF EXISTS " + table).c_str());
    }
    std::unique_lock lock(m_mutex);
    m_tables.erase(info.name);
}

void Catalog::saveStats(Database& db, std::int64_t id, std::int64_t itemCount, std::int64_t sizeBytes)
{
    auto& st = db.cached("INSERT OR REPLACE INTO stats(id, item_count, size_bytes) VALUES(?, ?, ?)");
    st.bind(1, id).bind(2, itemCount).bind(3, sizeBytes).exec();
}

} // namespace dynoscope::storage
