// DynamoDB's item size rules ("DynamoDB item sizes and formats" in the
// developer guide), which drive the 400 KB item limit, key size limits and
// capacity units.
#pragma once

#include <dynoscope/AttributeValue.h>

#include <cstddef>
#include <string_view>

namespace dynoscope::ItemSize {

inline constexpr std::size_t kMaxItemSize = 400 * 1024;
inline constexpr std::size_t kMaxPartitionKeySize = 2048;
inline constexpr std::size_t kMaxSortKeySize = 1024;

// The size of a value without its name: S = UTF-8 bytes, B = raw bytes,
// N = Number::storageSize(), BOOL/NULL = 1, sets = sum of their elements,
// L = 3 + per element (1 + size), M = 3 + per entry (1 + name bytes + size).
std::size_t valueSize(const AttributeValue& value);
// Name bytes plus valueSize().
std::size_t attributeSize(std::string_view name, const AttributeValue& value);
// Sum of attributeSize() over the item.
std::size_t itemSize(const Item& item);

// Throw Error (ValidationException) with DynamoDB's message when a key value
// is too large. Numbers always fit.
// REQUIRES: key.type() is S, N or B.
void checkPartitionKeySize(const AttributeValue& key);
void checkSortKeySize(const AttributeValue& key);

} // namespace dynoscope::ItemSize
