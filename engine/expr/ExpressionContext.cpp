// Validation and resolution of ExpressionAttributeNames/Values.
#include "expr/ExpressionContext.h"

#include "expr/Limits.h"
#include "model/ItemSize.h"
#include "model/WireJson.h"

#include <dynoscope/Error.h>

#include <algorithm>

namespace dynoscope::expr {

namespace {

// "#" or ":" followed by one or more [A-Za-z0-9_], as DynamoDB's grammar has it.
bool isPlaceholder(std::string_view key, char prefix)
{
    if (key.size() < 2 || key[0] != prefix)
        return false;
    return std::all_of(key.begin() + 1, key.end(),
        [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

// How DynamoDB's request parser rejects a non-string where it wants one.
[[noreturn]] void throwNotString(const boost::json::value& v)
{
    if (v.is_array())
        throw Error::serialization("Unrecognized collection type class java.lang.String");
    if (v.is_object())
        throw Error::serialization("Start of structure or map found where not expected");
    std::string token = "NUMBER_VALUE";
    if (v.is_bool())
        token = v.get_bool() ? "TRUE_VALUE" : "FALSE_VALUE";
    else if (v.is_double())
        token = "DECIMAL_VALUE";
    throw Error::serialization(token + " cannot be converted to String");
}

template <typename Entries> std::string unusedKeys(const Entries& entries)
{
    std::string keys;
    for (const auto& entry : entries) {
        if (entry.used)
            continue;
        if (!keys.empty())
            keys.append(", ");
        keys.append(entry.key);
    }
    return keys;
}

} // namespace

// The checks run in DynamoDB's order: the keys of both maps, the values,
// the names, then the sizes of the maps.
ExpressionContext::ExpressionContext(const boost::json::object* names, const boost::json::object* values)
{
    if (names) {
        if (names->empty())
            throw Error::validation("ExpressionAttributeNames must not be empty");
        for (const auto& [key, v] : *names) {
            if (key.size() > kMaxPlaceholderLength)
                throw Error::validation("ExpressionAttributeNames contains invalid key: The expression attribute map "
                                        "contains a key that is too long; size of key: "
                    + std::to_string(key.size()));
            if (!isPlaceholder(key, '#'))
                throw Error::validation(
                    "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + std::string(key) + "\"");
        }
    }
    if (values) {
        if (values->empty())
            throw Error::validation("ExpressionAttributeValues must not be empty");
        for (const auto& [key, v] : *values) {
            if (key.size() > kMaxPlaceholderLength)
                throw Error::validation("ExpressionAttributeValues contains invalid key: The expression attribute map "
                                        "contains a key that is too long;");
            if (!isPlaceholder(key, ':'))
                throw Error::validation(
                    "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + std::string(key) + "\"");
        }
        for (const auto& [key, v] : *values) {
            try {
                m_values.push_back({ std::string(key), WireJson::decodeValue(v), false });
            } catch (const Error& e) {
                if (e.code() != Error::Code::Validation)
                    throw;
                throw Error::validation("ExpressionAttributeValues contains invalid value: " + e.message() + " for key "
                    + std::string(key));
            }
        }
    }
    if (names) {
        for (const auto& [key, v] : *names) {
            if (!v.is_string())
                throwNotString(v);
            if (v.get_string().empty())
                throw Error::validation("ExpressionAttributeNames contains invalid value: Empty attribute name for key "
                    + std::string(key));
            m_names.push_back({ std::string(key), std::string(v.get_string()), false });
        }
    }
    checkSizes();
}

// Each map, and both together, hold at most kMaxSubstitutionMapSize bytes of
// keys and names or values (values sized as in items).
void ExpressionContext::checkSizes() const
{
    std::size_t namesSize = 0;
    for (const auto& entry : m_names) {
        namesSize += entry.key.size() + entry.value.size();
        if (namesSize > kMaxSubstitutionMapSize)
            throw Error::validation("ExpressionAttributeNames exceeds max size");
    }
    std::size_t valuesSize = 0;
    for (const auto& entry : m_values) {
        valuesSize += entry.key.size() + ItemSize::valueSize(entry.value);
        if (valuesSize > kMaxSubstitutionMapSize)
            throw Error::validation("ExpressionAttributeValues exceeds max size");
    }
    if (namesSize + valuesSize > kMaxSubstitutionMapSize)
        throw Error::validation("Combined size of ExpressionAttributeNames and ExpressionAttributeValues exceeds max "
                                "size");
}

const std::string* ExpressionContext::name(std::string_view placeholder)
{
    for (auto& entry : m_names) {
        if (entry.key == placeholder) {
            entry.used = true;
            return &entry.value;
        }
    }
    return nullptr;
}

const AttributeValue* ExpressionContext::value(std::string_view placeholder)
{
    for (auto& entry : m_values) {
        if (entry.key == placeholder) {
            entry.used = true;
            return &entry.value;
        }
    }
    return nullptr;
}

void ExpressionContext::checkAllUsed() const
{
    if (std::string keys = unusedKeys(m_names); !keys.empty())
        throw Error::validation(
            "Value provided in ExpressionAttributeNames unused in expressions: keys: {" + keys + "}");
    if (std::string keys = unusedKeys(m_values); !keys.empty())
        throw Error::validation(
            "Value provided in ExpressionAttributeValues unused in expressions: keys: {" + keys + "}");
}

} // namespace dynoscope::expr
