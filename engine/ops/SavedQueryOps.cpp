// Handlers of the saved-query operations.
#include "ops/SavedQueryOps.h"

#include "ops/EngineImpl.h"
#include "ops/OpsCommon.h"
#include "storage/SavedQueryStore.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {

using storage::SavedQueryStore;

// Names are for people; DynamoDB's own names allow 255 characters.
constexpr std::size_t kMaxNameLength = 255;
// A definition is a request and a little more: as large as an item may be.
constexpr std::size_t kMaxDefinitionBytes = 400 * 1024;

void requireWritable(EngineImpl& engine, std::string_view operation)
{
    if (engine.store().readOnly())
        throw Error::validation("The database is open read-only: " + std::string(operation) + " cannot change it");
}

std::string readName(api::RequestReader& r, std::string_view member)
{
    const auto name = r.string(member);
    const std::string path = api::memberPath(member);
    if (!name) {
        r.violationNull(path);
        return {};
    }
    if (name->empty())
        r.violation(*name, path, "Member must have length greater than or equal to 1");
    else if (name->size() > kMaxNameLength)
        r.violation(*name, path, "Member must have length less than or equal to 255");
    else if (name->find_first_not_of(" \t\r\n") == std::string::npos)
        r.violation(*name, path, "Member must not be blank");
    return name.value_or("");
}

// The Definition member as JSON text.
std::string readDefinition(api::RequestReader& r)
{
    const boost::json::object* definition = r.objectMember("Definition");
    if (!definition) {
        r.violationNull("definition");
        return {};
    }
    std::string text = boost::json::serialize(*definition);
    if (text.size() > kMaxDefinitionBytes)
        throw Error::validation("Definition is " + std::to_string(text.size()) + " bytes long: at most "
            + std::to_string(kMaxDefinitionBytes) + " are allowed");
    return text;
}

double seconds(std::int64_t millis)
{
    return double(millis) / 1000.0;
}

boost::json::value parseStored(const std::string& text)
{
    boost::system::error_code ec;
    boost::json::value value = boost::json::parse(text, ec);
    if (ec || !value.is_object())
        throw Error::internal("a stored query definition is not a JSON object");
    return value;
}

boost::json::object savedQueryJson(const storage::SavedQueryRow& row)
{
    return {
        { "Name", row.name },
        { "Definition", parseStored(row.definition) },
        { "CreatedAt", seconds(row.createdAt) },
        { "UpdatedAt", seconds(row.updatedAt) },
    };
}

[[noreturn]] void savedQueryNotFound(const std::string& tableName, const std::string& name)
{
    throw Error::resourceNotFound(
        "Requested resource not found: Saved query " + name + " of table " + tableName + " not found");
}

} // namespace

std::string putSavedQuery(EngineImpl& engine, const boost::json::object& request)
{
    api::RequestReader r(request);
    const std::string tableName = readTableName(r);
    const std::string name = readName(r, "Name");
    const std::string definition = readDefinition(r);
    r.throwViolations();
    requireWritable(engine, "PutSavedQuery");
    tableForItems(engine, tableName);
    storage::WriteLease lease(engine.store());
    storage::Transaction tx(lease.db(), true);
    SavedQueryStore::put(lease.db(), tableName, name, definition, engine.nowMillis());
    const auto row = SavedQueryStore::find(lease.db(), tableName, name);
    tx.commit();
    return boost::json::serialize(boost::json::object { { "SavedQuery", savedQueryJson(*row) } });
}

std::string listSavedQueries(EngineImpl& engine, const boost::json::object& request)
{
    api::RequestReader r(request);
    const std::string tableName = readTableName(r);
    r.throwViolations();
    storage::ReadLease lease(engine.store());
    boost::json::array queries;
    for (const auto& row : SavedQueryStore::list(lease.db(), tableName))
        queries.push_back(savedQueryJson(row));
    return boost::json::serialize(boost::json::object { { "SavedQueries", std::move(queries) } });
}

std::string deleteSavedQuery(EngineImpl& engine, const boost::json::object& request)
{
    api::RequestReader r(request);
    const std::string tableName = readTableName(r);
    const std::string name = readName(r, "Name");
    r.throwViolations();
    requireWritable(engine, "DeleteSavedQuery");
    storage::WriteLease lease(engine.store());
    storage::Transaction tx(lease.db(), true);
    if (!SavedQueryStore::find(lease.db(), tableName, name))
        savedQueryNotFound(tableName, name);
    SavedQueryStore::remove(lease.db(), tableName, name);
    tx.commit();
    return "{}";
}

std::string renameSavedQuery(EngineImpl& engine, const boost::json::object& request)
{
    api::RequestReader r(request);
    const std::string tableName = readTableName(r);
    const std::string name = readName(r, "Name");
    const std::string newName = readName(r, "NewName");
    r.throwViolations();
    requireWritable(engine, "RenameSavedQuery");
    storage::WriteLease lease(engine.store());
    storage::Transaction tx(lease.db(), true);
    if (!SavedQueryStore::find(lease.db(), tableName, name))
        savedQueryNotFound(tableName, name);
    if (newName != name) {
        if (SavedQueryStore::find(lease.db(), tableName, newName))
            throw Error::resourceInUse("Saved query already exists: " + newName + " of table " + tableName);
        SavedQueryStore::rename(lease.db(), tableName, name, newName, engine.nowMillis());
    }
    const auto row = SavedQueryStore::find(lease.db(), tableName, newName);
    tx.commit();
    return boost::json::serialize(boost::json::object { { "SavedQuery", savedQueryJson(*row) } });
}

std::string addQueryHistory(EngineImpl& engine, const boost::json::object& request)
{
    api::RequestReader r(request);
    const std::string tableName = readTableName(r);
    const std::string definition = readDefinition(r);
    r.throwViolations();
    requireWritable(engine, "AddQueryHistory");
    tableForItems(engine, tableName);
    storage::WriteLease lease(engine.store());
    storage::Transaction tx(lease.db(), true);
    SavedQueryStore::addHistory(lease.db(), tableName, definition, engine.nowMillis());
    tx.commit();
    return "{}";
}

std::string listQueryHistory(EngineImpl& engine, const boost::json::object& request)
{
    api::RequestReader r(request);
    const std::string tableName = readTableName(r);
    const auto limit = r.integer("Limit");
    if (limit && *limit < 1)
        r.violation(std::to_string(*limit), "limit", "Member must have value greater than or equal to 1");
    else if (limit && *limit > SavedQueryStore::kHistoryLimit)
        r.violation(std::to_string(*limit), "limit", "Member must have value less than or equal to 200");
    r.throwViolations();
    storage::ReadLease lease(engine.store());
    boost::json::array entries;
    for (const auto& row :
        SavedQueryStore::history(lease.db(), tableName, int(limit.value_or(SavedQueryStore::kHistoryLimit))))
        entries.push_back(boost::json::object {
            { "Definition", parseStored(row.definition) },
            { "RanAt", seconds(row.ranAt) },
        });
    return boost::json::serialize(boost::json::object { { "QueryHistory", std::move(entries) } });
}

} // namespace dynoscope::ops
