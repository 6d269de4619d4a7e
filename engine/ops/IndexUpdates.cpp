// GSI creation and deletion on UpdateTable.
#include "ops/IndexUpdates.h"

#include "ops/TableSchema.h"

#include <dynoscope/Error.h>

#include <algorithm>
#include <set>

namespace dynoscope::ops {

namespace {

using api::RequestReader;

NamePairs currentDefinitions(const TableInfo& info)
{
    NamePairs out;
    for (const auto& value : info.description.at("AttributeDefinitions").as_array())
        out.emplace_back(value.at("AttributeName").as_string().c_str(), value.at("AttributeType").as_string().c_str());
    return out;
}

// The definitions a table keeps: those its keys and its indexes' keys use.
boost::json::array usedDefinitions(const TableInfo& info, const NamePairs& definitions)
{
    std::set<std::string> used{info.hashKey.name};
    if (info.rangeKey)
        used.insert(info.rangeKey->name);
    for (const auto& index : info.indexes) {
        used.insert(index.hashKey.name);
        if (index.rangeKey)
            used.insert(index.rangeKey->name);
    }
    boost::json::array out;
    for (const auto& d : definitions)
        if (used.count(d.first))
            out.push_back({{"AttributeName", d.first}, {"AttributeType", d.second}});
    return out;
}

boost::json::array& gsiList(TableInfo& info)
{
    auto it = info.description.find("GlobalSecondaryIndexes");
    if (it == info.description.end())
        it = info.description.emplace("GlobalSecondaryIndexes", boost::json::array()).first;
    return it->value().as_array();
}

} // namespace

std::vector<std::string> applyIndexUpdates(RequestReader& r, const boost::json::array& updates, TableInfo& info,
                                           const std::string& billingMode, const std::string& tableArn)
{
    NamePairs definitions = currentDefinitions(info);
    // New key attributes come with the request's AttributeDefinitions.
    if (const auto* requested = r.arrayMember("AttributeDefinitions")) {
        RequestReader checks(r.object());
        for (const auto& d : readAttributeDefinitions(checks, requested)) {
            bool known = false;
            for (const auto& existing : definitions) {
                if (existing.first != d.first)
                    continue;
                known = true;
                if (existing.second != d.second)
                    throw Error::validation("One or more parameter values were invalid: Attribute " + d.first +
                                            " is already defined with type " + existing.second);
            }
            if (!known)
                definitions.push_back(d);
        }
        checks.throwViolations();
    }

    std::vector<std::string> created;
    int onlineChanges = 0;
    for (size_t i = 0; i < updates.size(); ++i) {
        if (!updates[i].is_object())
            throw Error::serialization("Unexpected value type in payload");
        RequestReader update(updates[i].get_object());
        const auto* create = update.objectMember("Create");
        const auto* remove = update.objectMember("Delete");
        const auto* change = update.objectMember("Update");
        if (int(create != nullptr) + int(remove != nullptr) + int(change != nullptr) != 1)
            throw Error::validation("One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Update, "
                                    "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
        if (create || remove) {
            if (++onlineChanges > 1)
                throw Error::limitExceeded("Subscriber limit exceeded: Only 1 online index can be created or deleted "
                                           "simultaneously per table");
        }
        if (create) {
            const boost::json::array one{boost::json::value(*create)};
            RequestReader checks(r.object());
            auto declared = readIndexes(checks, &one, true, "globalSecondaryIndexUpdates.member." +
                                                                std::to_string(i + 1) + ".create");
            checks.throwViolations();
            const IndexDeclaration& index = declared.front();
            if (info.index(index.name))
                throw Error::validation("One or more parameter values were invalid: Attempting to create an index "
                                        "which already exists");
            checkGlobalIndex(index, definitions, billingMode);
            if (std::count_if(info.indexes.begin(), info.indexes.end(), [](const auto& x) { return x.global; }) >= 20)
                throw Error::limitExceeded("One or more parameter values were invalid: GlobalSecondaryIndex count "
                                           "exceeds the per-table limit of 20");
            boost::json::object description = indexDescription(index, true, tableArn, billingMode);
            description["IndexStatus"] = "CREATING";
            description["Backfilling"] = true;
            gsiList(info).push_back(std::move(description));
            IndexInfo added = indexInfo(index, true, definitions);
            added.backfilling = true;
            info.indexes.push_back(std::move(added));
            created.push_back(index.name);
        } else {
            const auto* target = remove ? remove : change;
            auto name = RequestReader(*target).string("IndexName");
            if (!name)
                throw Error::validation("The parameter 'IndexName' is required but was not present in the request");
            const IndexInfo* existing = info.index(*name);
            if (!existing || !existing->global)
                throw Error::resourceNotFound("Requested resource not found: Index: " + *name + " not found");
            auto& list = gsiList(info);
            if (remove) {
                list.erase(std::remove_if(list.begin(), list.end(),
                                          [&](const boost::json::value& v) {
                                              return v.at("IndexName").as_string() == *name;
                                          }),
                           list.end());
                std::erase_if(info.indexes, [&](const IndexInfo& x) { return x.name == *name; });
                continue;
            }
            const auto* throughput = RequestReader(*change).objectMember("ProvisionedThroughput");
            if (!throughput || billingMode != "PROVISIONED")
                throw Error::validation("One or more parameter values were invalid: ProvisionedThroughput must be "
                                        "specified for index " + *name + " of a table in PROVISIONED billing mode");
            for (auto& v : list) {
                if (v.at("IndexName").as_string() != *name)
                    continue;
                auto& pt = v.as_object()["ProvisionedThroughput"].as_object();
                pt["ReadCapacityUnits"] = throughput->at("ReadCapacityUnits").to_number<std::int64_t>();
                pt["WriteCapacityUnits"] = throughput->at("WriteCapacityUnits").to_number<std::int64_t>();
            }
        }
    }
    if (gsiList(info).empty())
        info.description.erase("GlobalSecondaryIndexes");
    info.description["AttributeDefinitions"] = usedDefinitions(info, definitions);
    return created;
}

} // namespace dynoscope::ops
