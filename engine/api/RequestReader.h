// Reads the members of a JSON request with the type checks of DynamoDB's
// service framework: a member of the wrong JSON type is a
// SerializationException; constraint violations are collected and reported
// together as "N validation errors detected: ...", as DynamoDB does.
#pragma once

#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dynoscope::api {

class RequestReader {
public:
    explicit RequestReader(const boost::json::object& request) : m_request(request) {}

    const boost::json::object& object() const { return m_request; }
    bool has(std::string_view member) const;

    // Optional members: nullopt when absent or null. Throw
    // SerializationException on a wrong JSON type.
    std::optional<std::string> string(std::string_view member) const;
    std::optional<bool> boolean(std::string_view member) const;
    std::optional<std::int64_t> integer(std::string_view member) const;
    const boost::json::object* objectMember(std::string_view member) const;
    const boost::json::array* arrayMember(std::string_view member) const;

    // Records a constraint violation in DynamoDB's wording:
    // "Value '<value>' at '<path>' failed to satisfy constraint: <constraint>".
    void violation(std::string_view value, std::string_view path, std::string_view constraint);
    void violationNull(std::string_view path); // "Value null at '<path>' ... Member must not be null"
    // Checks a table or index name's length (3..255) and pattern.
    void checkName(const std::optional<std::string>& name, std::string_view path);
    // Checks an enum member against its allowed values.
    void checkEnum(const std::optional<std::string>& value, std::string_view path,
                   std::initializer_list<std::string_view> allowed);
    // Throws the collected violations as one ValidationException, if any.
    void throwViolations();

private:
    const boost::json::object& m_request;
    std::vector<std::string> m_violations;
};

// The camelCase path DynamoDB names members with ("TableName" -> "tableName").
std::string memberPath(std::string_view member);

} // namespace dynoscope::api
