// Key validation with DynamoDB's messages.
#include "ops/ItemKeys.h"

#include "model/ItemSize.h"
#include "model/KeyEncoding.h"

#include <dynoscope/Error.h>

namespace dynoscope::ops {

namespace {

void checkKeyValue(const KeyAttribute& key, const AttributeValue& value, bool isPartition, bool fromItem)
{
    if (value.type() != key.type) {
        if (fromItem)
            throw Error::validation("One or more parameter values were invalid: Type mismatch for key " + key.name +
                                    " expected: " + std::string(AttributeValue::typeName(key.type)) +
                                    " actual: " + std::string(AttributeValue::typeName(value.type())));
        throw Error::validation("The provided key element does not match the schema");
    }
    if ((value.type() == AttributeValue::Type::S || value.type() == AttributeValue::Type::B) && value.str().empty())
        throw Error::validation("One or more parameter values are not valid. The AttributeValue for a key attribute "
                                "cannot contain an empty " +
                                std::string(value.type() == AttributeValue::Type::S ? "string" : "binary") +
                                " value. Key: " + key.name);
    if (isPartition)
        ItemSize::checkPartitionKeySize(value);
    else
        ItemSize::checkSortKeySize(value);
}

} // namespace

std::int64_t storedHash(const AttributeValue& partitionKey)
{
    return std::int64_t(KeyEncoding::partitionHash(partitionKey) ^ 0x8000000000000000ULL);
}

storage::StoredKey storedKeyOf(const TableInfo& table, const Item& item)
{
    const auto& pk = item.find(table.hashKey.name)->second;
    storage::StoredKey key{storedHash(pk), KeyEncoding::encodeKey(pk), {}};
    if (table.rangeKey)
        key.sk = KeyEncoding::encodeKey(item.find(table.rangeKey->name)->second);
    return key;
}

storage::StoredKey storedKeyFromKey(const TableInfo& table, const Item& key)
{
    const size_t expected = table.rangeKey ? 2 : 1;
    auto pk = key.find(table.hashKey.name);
    if (key.size() != expected || pk == key.end())
        throw Error::validation("The provided key element does not match the schema");
    checkKeyValue(table.hashKey, pk->second, true, false);
    if (table.rangeKey) {
        auto sk = key.find(table.rangeKey->name);
        if (sk == key.end())
            throw Error::validation("The provided key element does not match the schema");
        checkKeyValue(*table.rangeKey, sk->second, false, false);
    }
    return storedKeyOf(table, key);
}

storage::StoredKey storedKeyFromItem(const TableInfo& table, const Item& item)
{
    for (const KeyAttribute* key : {&table.hashKey, table.rangeKey ? &*table.rangeKey : nullptr}) {
        if (!key)
            continue;
        auto it = item.find(key->name);
        if (it == item.end())
            throw Error::validation("One or more parameter values were invalid: Missing the key " + key->name +
                                    " in the item");
        checkKeyValue(*key, it->second, key == &table.hashKey, true);
    }
    return storedKeyOf(table, item);
}

Item keyOf(const TableInfo& table, const Item& item)
{
    Item key;
    if (auto it = item.find(table.hashKey.name); it != item.end())
        key.emplace(it->first, it->second);
    if (table.rangeKey)
        if (auto it = item.find(table.rangeKey->name); it != item.end())
            key.emplace(it->first, it->second);
    return key;
}

} // namespace dynoscope::ops

namespace dynoscope::ops {

Item keyFromStored(const TableInfo& table, const storage::StoredKey& key)
{
    Item item;
    AttributeValue value;
    if (!KeyEncoding::decodeKey(table.hashKey.type, key.pk, value))
        throw Error::internal("a stored key is corrupt");
    item.emplace(table.hashKey.name, std::move(value));
    if (table.rangeKey) {
        if (!KeyEncoding::decodeKey(table.rangeKey->type, key.sk, value))
            throw Error::internal("a stored key is corrupt");
        item.emplace(table.rangeKey->name, std::move(value));
    }
    return item;
}

} // namespace dynoscope::ops
