// WireDecoder: DynamoDB's attribute value JSON, walked once. The
// SerializationException messages are those of DynamoDB's request parser as
// recorded by dynalite's tests against the live service; the
// ValidationException messages are DynamoDB's own.
#include "model/WireDecoder.h"

#include "model/Base64.h"
#include "model/WireJson.h"

#include <algorithm>

namespace dynoscope {

namespace json = boost::json;

namespace {

constexpr const char* kInvalid = "One or more parameter values were invalid: ";
constexpr const char* kEmpty = "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
constexpr const char* kMultiple
    = "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes";
constexpr const char* kNesting = "Nesting Levels have exceeded supported limits: Attributes in the item have nested "
                                 "levels beyond supported limit";
constexpr const char* kStructureNotExpected = "Start of structure or map found where not expected";
constexpr const char* kUnexpectedField = "Unexpected field type";
constexpr const char* kAttributeValueClass = "class com.amazonaws.dynamodb.v20120810.AttributeValue";
constexpr const char* kMapClass = "java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>";

std::string_view view(const json::string& s)
{
    return std::string_view(s.data(), s.size());
}

// How DynamoDB's parser names a JSON token it cannot convert.
std::string tokenCannotConvert(const json::value& v, std::string_view target)
{
    std::string_view token = "NUMBER_VALUE";
    if (v.is_bool())
        token = v.get_bool() ? "TRUE_VALUE" : "FALSE_VALUE";
    else if (v.is_double())
        token = "DECIMAL_VALUE";
    else if (v.is_string())
        token = "STRING_VALUE";
    return std::string(token) + " cannot be converted to " + std::string(target);
}

// Sets must not repeat an element. Small sets are compared pairwise; larger
// ones are sorted through pointers.
template <typename T> bool hasDuplicates(const std::vector<T>& v)
{
    constexpr std::size_t kLinearLimit = 16;
    if (v.size() <= kLinearLimit) {
        for (std::size_t i = 1; i < v.size(); ++i) {
            if (std::find(v.begin(), v.begin() + std::ptrdiff_t(i), v[i]) != v.begin() + std::ptrdiff_t(i))
                return true;
        }
        return false;
    }
    std::vector<const T*> sorted;
    sorted.reserve(v.size());
    for (const T& x : v)
        sorted.push_back(&x);
    std::sort(sorted.begin(), sorted.end(), [](const T* a, const T* b) { return *a < *b; });
    return std::adjacent_find(sorted.begin(), sorted.end(), [](const T* a, const T* b) { return *a == *b; })
        != sorted.end();
}

// Java's List.toString(), which DynamoDB uses to quote a set in a message.
std::string listText(const std::vector<std::string_view>& elements)
{
    std::string text = "[";
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (i > 0)
            text.append(", ");
        text.append(elements[i]);
    }
    text.push_back(']');
    return text;
}

} // namespace

AttributeValue WireDecoder::member(const json::value& v, int level)
{
    if (v.is_object())
        return object(v.get_object(), level);
    if (v.is_null()) {
        invalid(kEmpty);
        return {};
    }
    if (v.is_array())
        throw Error::serialization(std::string("Unrecognized collection type ") + kAttributeValueClass);
    throw Error::serialization("Unexpected value type in payload");
}

AttributeValue WireDecoder::field(const json::value& v)
{
    if (v.is_object())
        return object(v.get_object(), 1);
    if (v.is_null()) {
        invalid(kEmpty);
        return {};
    }
    if (v.is_array())
        throw Error::serialization(std::string("Unrecognized collection type ") + kAttributeValueClass);
    throw Error::serialization(kUnexpectedField);
}

AttributeMap WireDecoder::map(const json::value& v, int level)
{
    AttributeMap result;
    if (v.is_null())
        return result;
    if (v.is_array())
        throw Error::serialization(std::string("Unrecognized collection type ") + kMapClass);
    if (!v.is_object())
        throw Error::serialization(kUnexpectedField);
    for (const json::key_value_pair& entry : v.get_object())
        result.insert_or_assign(std::string(entry.key()), member(entry.value(), level));
    return result;
}

void WireDecoder::finish() const
{
    if (m_invalid)
        throw *m_invalid;
}

void WireDecoder::invalid(std::string message)
{
    if (!m_invalid)
        m_invalid.emplace(Error::validation(std::move(message)));
}

AttributeValue WireDecoder::object(const json::object& o, int level)
{
    if (level > WireJson::kMaxNestingLevels) {
        invalid(kNesting);
        return {};
    }
    AttributeValue result;
    int types = 0;
    for (const json::key_value_pair& entry : o) {
        AttributeValue::Type type;
        // DynamoDB's parser ignores unknown members and null ones.
        if (entry.value().is_null() || !AttributeValue::typeFromName(entry.key(), &type))
            continue;
        AttributeValue decoded = typed(type, entry.value(), level);
        if (types++ == 0)
            result = std::move(decoded);
    }
    if (types == 0)
        invalid(kEmpty);
    else if (types > 1)
        invalid(kMultiple);
    return result;
}

AttributeValue WireDecoder::typed(AttributeValue::Type type, const json::value& v, int level)
{
    switch (type) {
    case AttributeValue::Type::S:
        return AttributeValue::string(std::string(string(v)));
    case AttributeValue::Type::N:
        return AttributeValue::number(number(string(v)));
    case AttributeValue::Type::B:
        return AttributeValue::binary(blob(v));
    case AttributeValue::Type::BOOL:
        return AttributeValue::boolean(boolean(v));
    case AttributeValue::Type::NUL:
        if (!boolean(v))
            invalid(std::string(kInvalid) + "Null attribute value types must have the value of true");
        return AttributeValue::null();
    case AttributeValue::Type::M:
        return AttributeValue::map(map(v, level + 1));
    case AttributeValue::Type::L: {
        const json::array& elements = array(v);
        AttributeList list;
        list.reserve(elements.size());
        for (const json::value& element : elements)
            list.push_back(member(element, level + 1));
        return AttributeValue::list(std::move(list));
    }
    case AttributeValue::Type::SS:
        return stringSet(array(v));
    case AttributeValue::Type::NS:
        return numberSet(array(v));
    case AttributeValue::Type::BS:
        return binarySet(array(v));
    }
    return {};
}

std::string_view WireDecoder::string(const json::value& v)
{
    if (v.is_string())
        return view(v.get_string());
    if (v.is_array())
        throw Error::serialization("Unrecognized collection type class java.lang.String");
    if (v.is_object())
        throw Error::serialization(kStructureNotExpected);
    throw Error::serialization(tokenCannotConvert(v, "String"));
}

Number WireDecoder::number(std::string_view text)
{
    try {
        return Number::parse(text);
    } catch (const Error& e) {
        invalid(e.message());
        return {};
    }
}

std::string WireDecoder::blob(const json::value& v)
{
    if (v.is_array())
        throw Error::serialization("Unrecognized collection type class java.nio.ByteBuffer");
    if (v.is_object())
        throw Error::serialization(kStructureNotExpected);
    if (!v.is_string())
        throw Error::serialization("only base-64-encoded strings are convertible to bytes");
    std::string bytes, error;
    if (!Base64::decode(view(v.get_string()), &bytes, &error))
        throw Error::serialization(std::move(error));
    return bytes;
}

bool WireDecoder::boolean(const json::value& v)
{
    if (v.is_bool())
        return v.get_bool();
    if (v.is_string())
        throw Error::serialization("Unexpected token received from parser");
    if (v.is_array())
        throw Error::serialization("Unrecognized collection type class java.lang.Boolean");
    if (v.is_object())
        throw Error::serialization(kStructureNotExpected);
    throw Error::serialization(tokenCannotConvert(v, "Boolean"));
}

const json::array& WireDecoder::array(const json::value& v)
{
    if (v.is_array())
        return v.get_array();
    if (v.is_object())
        throw Error::serialization(kStructureNotExpected);
    throw Error::serialization(kUnexpectedField);
}

AttributeValue WireDecoder::stringSet(const json::array& elements)
{
    std::vector<std::string> strings;
    strings.reserve(elements.size());
    bool hasNull = false;
    for (const json::value& element : elements) {
        if (element.is_null())
            hasNull = true;
        else
            strings.emplace_back(string(element));
    }
    if (elements.empty())
        invalid(std::string(kInvalid) + "An string set  may not be empty");
    else if (hasNull)
        invalid(std::string(kInvalid) + "An string set may not have a null string as a member");
    else if (hasDuplicates(strings))
        invalid(std::string(kInvalid) + "Input collection " + listText({ strings.begin(), strings.end() })
            + " contains duplicates.");
    return AttributeValue::stringSet(std::move(strings));
}

AttributeValue WireDecoder::numberSet(const json::array& elements)
{
    std::vector<Number> numbers;
    numbers.reserve(elements.size());
    bool hasNull = false;
    for (const json::value& element : elements) {
        if (element.is_null())
            hasNull = true;
        else
            numbers.push_back(number(string(element)));
    }
    if (elements.empty())
        invalid(std::string(kInvalid) + "An number set  may not be empty");
    else if (hasNull)
        invalid("The parameter cannot be converted to a numeric value");
    else if (hasDuplicates(numbers)) // numerically: "1" and "1.0" are duplicates
        invalid("Input collection contains duplicates");
    return AttributeValue::numberSet(std::move(numbers));
}

AttributeValue WireDecoder::binarySet(const json::array& elements)
{
    std::vector<std::string> blobs;
    std::vector<std::string_view> texts;
    blobs.reserve(elements.size());
    texts.reserve(elements.size());
    bool hasNull = false;
    for (const json::value& element : elements) {
        if (element.is_null()) {
            hasNull = true;
            continue;
        }
        blobs.push_back(blob(element));
        texts.push_back(view(element.get_string()));
    }
    if (elements.empty())
        invalid(std::string(kInvalid) + "Binary sets should not be empty");
    else if (hasNull)
        invalid(std::string(kInvalid) + "Binary sets may not contain null or empty values");
    else if (hasDuplicates(blobs))
        invalid(std::string(kInvalid) + "Input collection " + listText(texts) + "of type BS contains duplicates.");
    return AttributeValue::binarySet(std::move(blobs));
}

} // namespace dynoscope
