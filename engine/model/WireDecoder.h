// Decodes DynamoDB's JSON attribute values in one walk, with DynamoDB's
// validation, error types and messages. SerializationExceptions (wrong JSON
// types, bad base64) are thrown at once; the first ValidationException is kept
// and thrown by finish(), because DynamoDB deserializes a whole request before
// it validates it; nesting beyond WireJson::kMaxNestingLevels is a
// ValidationException. Decode every attribute value of a request with one
// WireDecoder, then call finish(), to report errors in DynamoDB's precedence.
#pragma once

#include <dynoscope/AttributeValue.h>
#include <dynoscope/Error.h>

#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace dynoscope {

class WireDecoder {
public:
    // A value held by a map or a list of the request (Item, Key,
    // ExpressionAttributeValues, AttributeValueList), at the given level.
    AttributeValue member(const boost::json::value& v, int level = 1);
    // A value that is a field of a structure (Expected.<name>.Value,
    // AttributeUpdates.<name>.Value): only the messages for a non-object differ.
    AttributeValue field(const boost::json::value& v);
    // A map of attribute values (Item, Key, a value of type M) whose values
    // sit at the given level. JSON null is an empty map.
    AttributeMap map(const boost::json::value& v, int level = 1);

    // Throws the first ValidationException met so far, if any.
    void finish() const;

private:
    void invalid(std::string message);
    AttributeValue object(const boost::json::object& o, int level);
    AttributeValue typed(AttributeValue::Type type, const boost::json::value& v, int level);
    std::string_view string(const boost::json::value& v);
    Number number(std::string_view text);
    std::string blob(const boost::json::value& v);
    bool boolean(const boost::json::value& v);
    const boost::json::array& array(const boost::json::value& v);
    AttributeValue stringSet(const boost::json::array& elements);
    AttributeValue numberSet(const boost::json::array& elements);
    AttributeValue binarySet(const boost::json::array& elements);

    std::optional<Error> m_invalid;
};

} // namespace dynoscope
