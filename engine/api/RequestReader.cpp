// Typed member access and DynamoDB-style constraint messages.
#include "api/RequestReader.h"

#include <dynoscope/Error.h>

namespace dynoscope::api {

namespace {
const boost::json::value* find(const boost::json::object& o, std::string_view member)
{
    auto it = o.find(member);
    if (it == o.end() || it->value().is_null())
        return nullptr;
    return &it->value();
}

[[noreturn]] void wrongType(const boost::json::value& v, std::string_view expected)
{
    // The texts of DynamoDB's Jackson-based deserialiser.
    if (v.is_object())
        throw Error::serialization("Start of structure or map found where not expected.");
    if (v.is_array())
        throw Error::serialization("Start of list found where not expected");
    if (v.is_string())
        throw Error::serialization(std::string("STRING_VALUE can not be converted to ") + std::string(expected));
    if (v.is_bool())
        throw Error::serialization(std::string("TRUE_VALUE can not be converted to ") + std::string(expected));
    throw Error::serialization(std::string("NUMBER_VALUE can not be converted to ") + std::string(expected));
}
} // namespace

std::string memberPath(std::string_view member)
{
    std::string path(member);
    if (!path.empty())
        path[0] = char(std::tolower(static_cast<unsigned char>(path[0])));
    return path;
}

bool RequestReader::has(std::string_view member) const { return find(m_request, member) != nullptr; }

std::optional<std::string> RequestReader::string(std::string_view member) const
{
    const auto* v = find(m_request, member);
    if (!v)
        return std::nullopt;
    if (!v->is_string())
        wrongType(*v, "String");
    return std::string(v->get_string());
}

std::optional<bool> RequestReader::boolean(std::string_view member) const
{
    const auto* v = find(m_request, member);
    if (!v)
        return std::nullopt;
    if (!v->is_bool())
        wrongType(*v, "Boolean");
    return v->get_bool();
}

std::optional<std::int64_t> RequestReader::integer(std::string_view member) const
{
    const auto* v = find(m_request, member);
    if (!v)
        return std::nullopt;
    if (v->is_int64())
        return v->get_int64();
    if (v->is_uint64() && v->get_uint64() <= uint64_t(INT64_MAX))
        return std::int64_t(v->get_uint64());
    if (v->is_double()) {
        const double d = v->get_double();
        if (d == double(std::int64_t(d)))
            return std::int64_t(d);
    }
    if (v->is_number())
        throw Error::serialization("NUMBER_VALUE can not be converted to Long");
    wrongType(*v, "Long");
}

const boost::json::object* RequestReader::objectMember(std::string_view member) const
{
    const auto* v = find(m_request, member);
    if (!v)
        return nullptr;
    if (!v->is_object())
        wrongType(*v, "Structure");
    return &v->get_object();
}

const boost::json::array* RequestReader::arrayMember(std::string_view member) const
{
    const auto* v = find(m_request, member);
    if (!v)
        return nullptr;
    if (!v->is_array())
        wrongType(*v, "List");
    return &v->get_array();
}

void RequestReader::violation(std::string_view value, std::string_view path, std::string_view constraint)
{
    m_violations.push_back("Value '" + std::string(value) + "' at '" + std::string(path) +
                           "' failed to satisfy constraint: " + std::string(constraint));
}

void RequestReader::violationNull(std::string_view path)
{
    m_violations.push_back("Value null at '" + std::string(path) +
                           "' failed to satisfy constraint: Member must not be null");
}

void RequestReader::checkName(const std::optional<std::string>& name, std::string_view path)
{
    if (!name)
        return;
    if (name->size() < 3)
        violation(*name, path, "Member must have length greater than or equal to 3");
    if (name->size() > 255)
        violation(*name, path, "Member must have length less than or equal to 255");
    for (char c : *name) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) {
            violation(*name, path, "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
            break;
        }
    }
}

void RequestReader::checkEnum(const std::optional<std::string>& value, std::string_view path,
                              std::initializer_list<std::string_view> allowed)
{
    if (!value)
        return;
    for (auto a : allowed)
        if (*value == a)
            return;
    std::string set = "[";
    for (auto a : allowed) {
        if (set.size() > 1)
            set += ", ";
        set += a;
    }
    set += "]";
    violation(*value, path, "Member must satisfy enum value set: " + set);
}

void RequestReader::throwViolations()
{
    if (m_violations.empty())
        return;
    std::string message = std::to_string(m_violations.size()) +
                          (m_violations.size() == 1 ? " validation error detected: " : " validation errors detected: ");
    for (size_t i = 0; i < m_violations.size(); ++i) {
        if (i)
            message += "; ";
        message += m_violations[i];
    }
    m_violations.clear();
    throw Error::validation(message);
}

} // namespace dynoscope::api
