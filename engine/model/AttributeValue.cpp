// DynamoDB equality of attribute values and the wire names of their types.
#include <dynoscope/AttributeValue.h>

#include <algorithm>
#include <array>

namespace dynoscope {

namespace {

// Sets are unordered: equal when they hold the same elements. Elements of a
// valid set are distinct, so equal sizes plus inclusion suffice.
template <typename T> bool sameElements(const std::vector<T>& a, const std::vector<T>& b)
{
    if (a.size() != b.size())
        return false;
    if (std::equal(a.begin(), a.end(), b.begin()))
        return true;
    constexpr std::size_t kLinearLimit = 16; // quadratic scan beats sorting for small sets
    if (a.size() <= kLinearLimit) {
        return std::all_of(
            a.begin(), a.end(), [&b](const T& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
    }
    std::vector<const T*> sa, sb;
    sa.reserve(a.size());
    sb.reserve(b.size());
    for (const T& x : a)
        sa.push_back(&x);
    for (const T& x : b)
        sb.push_back(&x);
    auto less = [](const T* x, const T* y) { return *x < *y; };
    std::sort(sa.begin(), sa.end(), less);
    std::sort(sb.begin(), sb.end(), less);
    return std::equal(sa.begin(), sa.end(), sb.begin(), [](const T* x, const T* y) { return *x == *y; });
}

constexpr std::array<std::string_view, 10> kTypeNames = { "S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS" };

} // namespace

bool AttributeValue::operator==(const AttributeValue& other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::S:
    case Type::B:
        return str() == other.str();
    case Type::N:
        return num() == other.num();
    case Type::BOOL:
        return boolean() == other.boolean();
    case Type::NUL:
        return true;
    case Type::M:
        return map() == other.map();
    case Type::L:
        return list() == other.list();
    case Type::SS:
    case Type::BS:
        return sameElements(strings(), other.strings());
    case Type::NS:
        return sameElements(numbers(), other.numbers());
    }
    return false;
}

std::string_view AttributeValue::typeName(Type type)
{
    return kTypeNames[static_cast<std::size_t>(type)];
}

bool AttributeValue::typeFromName(std::string_view name, Type* out)
{
    for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
        if (kTypeNames[i] == name) {
            *out = static_cast<Type>(i);
            return true;
        }
    }
    return false;
}

} // namespace dynoscope
