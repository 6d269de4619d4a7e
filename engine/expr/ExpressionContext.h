// The ExpressionAttributeNames and ExpressionAttributeValues of one request,
// shared by all its expressions: validated once, then resolved placeholder by
// placeholder while remembering which entries were used, so that unused ones
// can be rejected after every expression of the request was parsed.
//
// Typical use by an operation:
//   ExpressionContext ctx(request.objectMember("ExpressionAttributeNames"),
//                         request.objectMember("ExpressionAttributeValues"));
//   auto update = UpdateExpression::parse(text, ctx);
//   auto condition = ConditionExpression::parse(text2, "ConditionExpression", ctx);
//   ctx.checkAllUsed();
#pragma once

#include <dynoscope/AttributeValue.h>

#include <boost/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dynoscope::expr {

class ExpressionContext {
public:
    // Either map may be null when the request has none. Throws Error with
    // DynamoDB's messages when a map is empty, has an invalid key or value,
    // or is too large.
    ExpressionContext(const boost::json::object* names, const boost::json::object* values);

    // The attribute name behind "#n", marking it used; null when undefined.
    const std::string* name(std::string_view placeholder);
    // The value behind ":v", marking it used; null when undefined.
    const AttributeValue* value(std::string_view placeholder);

    // Throws Error (ValidationException) naming the unused entries, names
    // first. REQUIRES: every expression of the request was parsed.
    void checkAllUsed() const;

private:
    void checkSizes() const;

    template <typename T> struct Entry {
        std::string key;
        T value;
        bool used = false;
    };

    // In request order, which is the order DynamoDB lists unused keys in.
    std::vector<Entry<std::string>> m_names;
    std::vector<Entry<AttributeValue>> m_values;
};

} // namespace dynoscope::expr
