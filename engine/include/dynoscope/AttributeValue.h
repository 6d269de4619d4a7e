// A DynamoDB attribute value of any type (S N B BOOL NULL M L SS NS BS) and
// the Item it builds. Binary values hold raw bytes; base64 exists only on the
// wire.
#pragma once

#include <dynoscope/Number.h>

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace dynoscope {

class AttributeValue;
// Maps and items are ordered by name so output and comparisons are stable.
using AttributeMap = std::map<std::string, AttributeValue, std::less<>>;
using Item = AttributeMap;
using AttributeList = std::vector<AttributeValue>;

class AttributeValue {
public:
    // Append-only: persisted in the item codec.
    enum class Type : unsigned char { S = 0, N = 1, B = 2, BOOL = 3, NUL = 4, M = 5, L = 6, SS = 7, NS = 8, BS = 9 };

    AttributeValue() : m_type(Type::NUL), m_value(std::monostate{}) {}

    static AttributeValue string(std::string s) { return AttributeValue(Type::S, std::move(s)); }
    static AttributeValue binary(std::string bytes) { return AttributeValue(Type::B, std::move(bytes)); }
    static AttributeValue number(Number n) { return AttributeValue(Type::N, std::move(n)); }
    static AttributeValue boolean(bool b) { return AttributeValue(Type::BOOL, b); }
    static AttributeValue null() { return AttributeValue(); }
    static AttributeValue map(AttributeMap m) { return AttributeValue(Type::M, std::move(m)); }
    static AttributeValue list(AttributeList l) { return AttributeValue(Type::L, std::move(l)); }
    static AttributeValue stringSet(std::vector<std::string> v) { return AttributeValue(Type::SS, std::move(v)); }
    static AttributeValue binarySet(std::vector<std::string> v) { return AttributeValue(Type::BS, std::move(v)); }
    static AttributeValue numberSet(std::vector<Number> v) { return AttributeValue(Type::NS, std::move(v)); }

    Type type() const { return m_type; }
    bool isSet() const { return m_type == Type::SS || m_type == Type::NS || m_type == Type::BS; }

    // REQUIRES: type() is S or B.
    const std::string& str() const { return std::get<std::string>(m_value); }
    // REQUIRES: type() == N.
    const Number& num() const { return std::get<Number>(m_value); }
    // REQUIRES: type() == BOOL.
    bool boolean() const { return std::get<bool>(m_value); }
    // REQUIRES: type() == M.
    const AttributeMap& map() const { return std::get<AttributeMap>(m_value); }
    AttributeMap& map() { return std::get<AttributeMap>(m_value); }
    // REQUIRES: type() == L.
    const AttributeList& list() const { return std::get<AttributeList>(m_value); }
    AttributeList& list() { return std::get<AttributeList>(m_value); }
    // REQUIRES: type() is SS or BS.
    const std::vector<std::string>& strings() const { return std::get<std::vector<std::string>>(m_value); }
    std::vector<std::string>& strings() { return std::get<std::vector<std::string>>(m_value); }
    // REQUIRES: type() == NS.
    const std::vector<Number>& numbers() const { return std::get<std::vector<Number>>(m_value); }
    std::vector<Number>& numbers() { return std::get<std::vector<Number>>(m_value); }

    // DynamoDB equality: same type and value; sets compare as sets (order
    // ignored), numbers numerically.
    bool operator==(const AttributeValue& other) const;

    // "S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS".
    static std::string_view typeName(Type type);
    // Parses the names above; returns false for anything else.
    static bool typeFromName(std::string_view name, Type* out);

private:
    using Storage = std::variant<std::monostate, std::string, Number, bool, AttributeMap, AttributeList,
                                 std::vector<std::string>, std::vector<Number>>;
    template <typename T>
    AttributeValue(Type type, T&& v) : m_type(type), m_value(std::forward<T>(v)) {}

    Type m_type;
    Storage m_value;
};

} // namespace dynoscope
