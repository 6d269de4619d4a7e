// Keys of items: validating a request's Key or Item against the table's key
// schema, and turning keys into their stored form and back.
#pragma once

#include "model/TableInfo.h"
#include "storage/ItemStore.h"

#include <dynoscope/AttributeValue.h>

namespace dynoscope::ops {

// The ring position of a partition key as a signed integer with the same
// order as the unsigned hash, for SQLite's INTEGER column.
std::int64_t storedHash(const AttributeValue& partitionKey);

// A Key parameter (GetItem, DeleteItem, UpdateItem): exactly the key
// attributes with the right types. Throws ValidationException
// ("The provided key element does not match the schema", ...).
storage::StoredKey storedKeyFromKey(const TableInfo& table, const Item& key);
// An Item parameter (PutItem): must hold the key attributes with the right
// types; other attributes are free.
storage::StoredKey storedKeyFromItem(const TableInfo& table, const Item& item);
// REQUIRES: item holds valid key attributes.
storage::StoredKey storedKeyOf(const TableInfo& table, const Item& item);

// The key attributes of an item, e.g. for LastEvaluatedKey.
Item keyOf(const TableInfo& table, const Item& item);
// The key attributes behind a stored key. Throws InternalServerError when
// the stored bytes are corrupt.
Item keyFromStored(const TableInfo& table, const storage::StoredKey& key);

} // namespace dynoscope::ops
