// Key schema and index validation with DynamoDB's messages (dynalite's
// recordings of them are the reference where the API reference is silent).
#include "ops/TableSchema.h"

#include <dynoscope/Error.h>

#include <set>

namespace dynoscope::ops {

namespace {

using api::RequestReader;

std::string joinNames(const NamePairs& list)
{
    std::string s;
    for (const auto& e : list)
        s += (s.empty() ? "" : ", ") + e.first;
    return s;
}

bool defined(const NamePairs& definitions, const std::string& name)
{
    for (const auto& d : definitions)
        if (d.first == name)
            return true;
    return false;
}

void invalid(const std::string& message) { throw Error::validation("One or more parameter values were invalid: " + message); }

// The checks every index's key schema gets, with DynamoDB's messages.
void checkIndexKeys(const IndexDeclaration& index, const NamePairs& definitions)
{
    for (const auto& key : index.keySchema)
        if (!defined(definitions, key.first))
            invalid("Some index key attributes are not defined in AttributeDefinitions. Keys: [" +
                    joinNames(index.keySchema) + "], AttributeDefinitions: [" + joinNames(definitions) + "]");
    if (index.keySchema.size() == 2 && index.keySchema[0].first == index.keySchema[1].first)
        throw Error::validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
    if (index.keySchema[0].second != "HASH")
        throw Error::validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    if (index.keySchema.size() == 2 && index.keySchema[1].second != "RANGE")
        throw Error::validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
}

void checkProjection(const IndexDeclaration& index)
{
    if (index.projectionType.empty())
        invalid("Unknown ProjectionType: null");
    if (!index.nonKeyAttributes.empty() && index.projectionType != "INCLUDE")
        invalid("ProjectionType is " + index.projectionType + ", but NonKeyAttributes is specified");
    if (index.projectionType == "INCLUDE" && index.nonKeyAttributes.empty())
        invalid("ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
}

} // namespace

NamePairs readKeySchema(RequestReader& r, const boost::json::array* schema, const std::string& path)
{
    NamePairs out;
    if (!schema) {
        r.violationNull(path);
        return out;
    }
    for (size_t i = 0; i < schema->size(); ++i) {
        if (!(*schema)[i].is_object())
            throw Error::serialization("Unexpected value type in payload");
        RequestReader e((*schema)[i].get_object());
        const std::string elementPath = path + ".member." + std::to_string(i + 1);
        auto name = e.string("AttributeName");
        auto type = e.string("KeyType");
        if (!name)
            r.violationNull(elementPath + ".attributeName");
        if (!type)
            r.violationNull(elementPath + ".keyType");
        r.checkEnum(type, elementPath + ".keyType", {"HASH", "RANGE"});
        if (name && name->size() > 255)
            r.violation(*name, elementPath + ".attributeName", "Member must have length less than or equal to 255");
        out.emplace_back(name.value_or(""), type.value_or(""));
    }
    if (schema->empty())
        r.violation("[]", path, "Member must have length greater than or equal to 1");
    if (schema->size() > 2)
        r.violation("[...]", path, "Member must have length less than or equal to 2");
    return out;
}

NamePairs readAttributeDefinitions(RequestReader& r, const boost::json::array* definitions)
{
    NamePairs out;
    if (!definitions) {
        r.violationNull("attributeDefinitions");
        return out;
    }
    for (size_t i = 0; i < definitions->size(); ++i) {
        if (!(*definitions)[i].is_object())
            throw Error::serialization("Unexpected value type in payload");
        RequestReader d((*definitions)[i].get_object());
        const std::string path = "attributeDefinitions.member." + std::to_string(i + 1);
        auto name = d.string("AttributeName");
        auto type = d.string("AttributeType");
        if (!name)
            r.violationNull(path + ".attributeName");
        if (!type)
            r.violationNull(path + ".attributeType");
        r.checkEnum(type, path + ".attributeType", {"B", "N", "S"});
        out.emplace_back(name.value_or(""), type.value_or(""));
    }
    return out;
}

std::vector<IndexDeclaration> readIndexes(RequestReader& r, const boost::json::array* indexes, bool global,
                                          const std::string& path)
{
    std::vector<IndexDeclaration> out;
    if (!indexes)
        return out;
    for (size_t i = 0; i < indexes->size(); ++i) {
        if (!(*indexes)[i].is_object())
            throw Error::serialization("Unexpected value type in payload");
        RequestReader x((*indexes)[i].get_object());
        const std::string indexPath = path + ".member." + std::to_string(i + 1);
        IndexDeclaration index;
        auto name = x.string("IndexName");
        if (!name)
            r.violationNull(indexPath + ".indexName");
        r.checkName(name, indexPath + ".indexName");
        index.name = name.value_or("");
        index.keySchema = readKeySchema(r, x.arrayMember("KeySchema"), indexPath + ".keySchema");
        const auto* projection = x.objectMember("Projection");
        if (!projection) {
            r.violationNull(indexPath + ".projection");
        } else {
            RequestReader p(*projection);
            auto type = p.string("ProjectionType");
            r.checkEnum(type, indexPath + ".projection.projectionType", {"ALL", "INCLUDE", "KEYS_ONLY"});
            index.projectionType = type.value_or("");
            if (const auto* nonKey = p.arrayMember("NonKeyAttributes")) {
                if (nonKey->empty())
                    r.violation("[]", indexPath + ".projection.nonKeyAttributes",
                                "Member must have length greater than or equal to 1");
                for (const auto& attribute : *nonKey) {
                    if (!attribute.is_string())
                        throw Error::serialization("Unexpected value type in payload");
                    index.nonKeyAttributes.emplace_back(attribute.get_string().c_str());
                }
            }
        }
        if (global)
            index.throughput = x.objectMember("ProvisionedThroughput");
        out.push_back(std::move(index));
    }
    return out;
}

void checkGlobalIndex(const IndexDeclaration& index, const NamePairs& definitions, const std::string& billingMode)
{
    checkIndexKeys(index, definitions);
    checkProjection(index);
    if (billingMode == "PROVISIONED" && !index.throughput)
        invalid("ProvisionedThroughput should not be null for index: " + index.name);
    if (billingMode == "PAY_PER_REQUEST" && index.throughput)
        invalid("ProvisionedThroughput should not be specified for index: " + index.name +
                " when BillingMode is PAY_PER_REQUEST");
}

void checkTableSchema(const NamePairs& keys, const NamePairs& definitions, const std::vector<IndexDeclaration>* lsis,
                      const std::vector<IndexDeclaration>* gsis, const std::string& billingMode)
{
    if (keys.size() == 2 && (!defined(definitions, keys[0].first) || !defined(definitions, keys[1].first)))
        throw Error::validation("Invalid KeySchema: Some index key attribute have no definition");
    if (keys.size() == 1 && !defined(definitions, keys[0].first))
        invalid("Some index key attributes are not defined in AttributeDefinitions. Keys: [" + joinNames(keys) +
                "], AttributeDefinitions: [" + joinNames(definitions) + "]");
    if (keys.size() == 2 && keys[0].first == keys[1].first)
        throw Error::validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
    if (keys[0].second != "HASH")
        throw Error::validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    if (keys.size() == 2 && keys[1].second != "RANGE")
        throw Error::validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    std::set<std::string> unique;
    for (const auto& d : definitions)
        if (!unique.insert(d.first).second)
            throw Error::validation("Cannot have two attributes with the same name");
    if (!lsis && !gsis && keys.size() != definitions.size())
        invalid("Number of attributes in KeySchema does not exactly match number of attributes defined in "
                "AttributeDefinitions");

    std::set<std::string> names;
    if (lsis) {
        if (lsis->empty())
            invalid("List of LocalSecondaryIndexes is empty");
        if (keys.size() != 2)
            invalid("Table KeySchema does not have a range key, which is required when specifying a "
                    "LocalSecondaryIndex");
        for (const auto& index : *lsis) {
            checkIndexKeys(index, definitions);
            if (index.keySchema.size() != 2)
                invalid("Index KeySchema does not have a range key for index: " + index.name);
            if (index.keySchema[0].first != keys[0].first)
                invalid("Index KeySchema does not have the same leading hash key as table KeySchema for index: " +
                        index.name + ". index hash key: " + index.keySchema[0].first +
                        ", table hash key: " + keys[0].first);
            checkProjection(index);
            if (!names.insert(index.name).second)
                invalid("Duplicate index name: " + index.name);
        }
        if (lsis->size() > 5)
            invalid("Number of LocalSecondaryIndexes exceeds per-table limit of 5");
    }
    if (gsis) {
        if (gsis->empty())
            invalid("List of GlobalSecondaryIndexes is empty");
        for (const auto& index : *gsis) {
            checkGlobalIndex(index, definitions, billingMode);
            if (!names.insert(index.name).second)
                invalid("Duplicate index name: " + index.name);
        }
        if (gsis->size() > 20)
            invalid("GlobalSecondaryIndex count exceeds the per-table limit of 20");
    }
    std::size_t nonKey = 0;
    for (const auto* list : {lsis, gsis})
        if (list)
            for (const auto& index : *list)
                nonKey += index.nonKeyAttributes.size();
    if (nonKey > 100)
        invalid("Number of NonKeyAttributes in all indexes exceeds the limit of 100");

    // With indexes, every definition must serve some key.
    if (lsis || gsis) {
        std::set<std::string> used;
        for (const auto& k : keys)
            used.insert(k.first);
        for (const auto* list : {lsis, gsis})
            if (list)
                for (const auto& index : *list)
                    for (const auto& k : index.keySchema)
                        used.insert(k.first);
        if (used.size() != definitions.size()) {
            std::string usedText;
            for (const auto& name : used)
                usedText += (usedText.empty() ? "" : ", ") + name;
            invalid("Some AttributeDefinitions are not used. AttributeDefinitions: [" + joinNames(definitions) +
                    "], keys used: [" + usedText + "]");
        }
    }
}

boost::json::object indexDescription(const IndexDeclaration& index, bool global, const std::string& tableArn,
                                     const std::string& billingMode)
{
    boost::json::object d;
    d["IndexName"] = index.name;
    boost::json::array schema;
    for (const auto& k : index.keySchema)
        schema.push_back({{"AttributeName", k.first}, {"KeyType", k.second}});
    d["KeySchema"] = std::move(schema);
    boost::json::object projection{{"ProjectionType", index.projectionType}};
    if (!index.nonKeyAttributes.empty()) {
        boost::json::array nonKey;
        for (const auto& name : index.nonKeyAttributes)
            nonKey.push_back(boost::json::string(name));
        projection["NonKeyAttributes"] = std::move(nonKey);
    }
    d["Projection"] = std::move(projection);
    if (global) {
        std::int64_t read = 0, write = 0;
        if (billingMode == "PROVISIONED" && index.throughput) {
            read = index.throughput->at("ReadCapacityUnits").to_number<std::int64_t>();
            write = index.throughput->at("WriteCapacityUnits").to_number<std::int64_t>();
        }
        d["ProvisionedThroughput"] = {
            {"NumberOfDecreasesToday", 0}, {"ReadCapacityUnits", read}, {"WriteCapacityUnits", write}};
        d["IndexStatus"] = "ACTIVE";
    }
    d["IndexArn"] = tableArn + "/index/" + index.name;
    return d;
}

KeyAttribute keyAttribute(const std::string& name, const NamePairs& definitions)
{
    KeyAttribute key{name, AttributeValue::Type::S};
    for (const auto& d : definitions)
        if (d.first == name)
            AttributeValue::typeFromName(d.second, &key.type);
    return key;
}

IndexInfo indexInfo(const IndexDeclaration& index, bool global, const NamePairs& definitions)
{
    IndexInfo info;
    info.name = index.name;
    info.global = global;
    info.hashKey = keyAttribute(index.keySchema[0].first, definitions);
    if (index.keySchema.size() == 2)
        info.rangeKey = keyAttribute(index.keySchema[1].first, definitions);
    info.projection = index.projectionType == "ALL"         ? IndexInfo::Projection::All
                      : index.projectionType == "KEYS_ONLY" ? IndexInfo::Projection::KeysOnly
                                                            : IndexInfo::Projection::Include;
    info.nonKeyAttributes = index.nonKeyAttributes;
    return info;
}

} // namespace dynoscope::ops
