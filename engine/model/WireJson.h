// DynamoDB's JSON wire form of attribute values and items ({"S":"x"},
// {"N":"1"}, {"M":{...}}, ...): decoding with DynamoDB's validation, error
// types and messages (see WireDecoder, which a request with several attribute
// value fields should use directly), and fast encoders that append JSON text.
//
// Strings are UTF-8. The encoders escape '"', '\\' and control characters
// and replace invalid UTF-8 (which the JSON parser never lets in, but a value
// built by other means could hold) with U+FFFD, so their output is always
// valid JSON.
#pragma once

#include <dynoscope/AttributeValue.h>

#include <boost/json.hpp>

#include <string>
#include <string_view>

namespace dynoscope::WireJson {

// DynamoDB's limit on nested attribute levels, the attribute itself being
// level 1.
inline constexpr int kMaxNestingLevels = 32;

// The decoders throw Error: the first SerializationException found anywhere
// in the value, else the first ValidationException.

// A value that is a member of a map or list in the request (Item, Key,
// ExpressionAttributeValues, AttributeValueList). Throws Error.
AttributeValue decodeValue(const boost::json::value& json);
// A value that is a field of a structure (Expected.<name>.Value,
// AttributeUpdates.<name>.Value); only the messages for a non-object differ.
// Throws Error.
AttributeValue decodeFieldValue(const boost::json::value& json);
// A map of attribute values (Item, Key, ExclusiveStartKey). Throws Error.
Item decodeItem(const boost::json::value& json);

void appendValueJson(std::string& out, const AttributeValue& value);
void appendItemJson(std::string& out, const Item& item);
// Appends a quoted, escaped JSON string literal.
void appendStringJson(std::string& out, std::string_view utf8);

boost::json::value encodeValue(const AttributeValue& value);
boost::json::object encodeItem(const Item& item);

} // namespace dynoscope::WireJson
