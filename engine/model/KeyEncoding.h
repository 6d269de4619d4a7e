// Order-preserving binary form of a key attribute (S, N or B) for SQLite BLOB
// key columns, which SQLite compares with memcmp: S and B are their raw bytes
// (DynamoDB orders them bytewise, UTF-8 for strings), N is
// Number::appendSortable (numeric order). A column holds one attribute, so the
// form carries no type tag: the key schema gives the type back.
#pragma once

#include <dynoscope/AttributeValue.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace dynoscope::KeyEncoding {

// REQUIRES: value.type() is S, N or B.
std::string encodeKey(const AttributeValue& value);
void appendKey(std::string& out, const AttributeValue& value);

// Decodes what encodeKey wrote for a key of the given type. Returns false on
// malformed input or a type that cannot be a key.
bool decodeKey(AttributeValue::Type type, std::string_view bytes, AttributeValue& out);

// The partition key's place on the hash ring that orders Scan results and
// splits parallel scan segments: XXH3-64 of the key's encoding, seeded with
// its type so that equal bytes of different types land apart.
// REQUIRES: partitionKey.type() is S, N or B.
std::uint64_t partitionHash(const AttributeValue& partitionKey);

} // namespace dynoscope::KeyEncoding
