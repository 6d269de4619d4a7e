// Decoding of DynamoDB's JSON attribute values with DynamoDB's validation, and
// the encoders that write them back. The SerializationException messages are
// those of DynamoDB's request parser as recorded by dynalite's tests against
// the live service; the ValidationException messages are DynamoDB's own.
#include "model/WireJson.h"

#include "model/Base64.h"

#include <dynoscope/Error.h>

#include <algorithm>
#include <optional>

namespace dynoscope::WireJson {

namespace json = boost::json;

namespace {

constexpr const char* kInvalid = "One or more parameter values were invalid: ";
constexpr const char* kEmpty = "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
constexpr const char* kMultiple =
    "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes";
constexpr const char* kNesting = "Nesting Levels have exceeded supported limits: Attributes in the item have nested "
                                 "levels beyond supported limit";
constexpr const char* kStructureNotExpected = "Start of structure or map found where not expected";
constexpr const char* kUnexpectedField = "Unexpected field type";
constexpr const char* kAttributeValueClass = "class com.amazonaws.dynamodb.v20120810.AttributeValue";
constexpr const char* kMapClass = "java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>";

std::string_view view(const json::string& s) { return std::string_view(s.data(), s.size()); }

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
template <typename T>
bool hasDuplicates(const std::vector<T>& v)
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

// Walks a JSON value once. SerializationExceptions are thrown at once; the
// first ValidationException is kept and thrown by finish(), after the whole
// value has been checked for serialization errors.
class Decoder {
public:
    AttributeValue member(const json::value& v, int level)
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

    AttributeValue field(const json::value& v)
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

    AttributeMap map(const json::value& v, int level)
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

    void finish()
    {
        if (m_invalid)
            throw *m_invalid;
    }

private:
    void invalid(std::string message)
    {
        if (!m_invalid)
            m_invalid.emplace(Error::validation(std::move(message)));
    }

    AttributeValue object(const json::object& o, int level)
    {
        if (level > kMaxNestingLevels) {
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

    AttributeValue typed(AttributeValue::Type type, const json::value& v, int level)
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

    std::string_view string(const json::value& v)
    {
        if (v.is_string())
            return view(v.get_string());
        if (v.is_array())
            throw Error::serialization("Unrecognized collection type class java.lang.String");
        if (v.is_object())
            throw Error::serialization(kStructureNotExpected);
        throw Error::serialization(tokenCannotConvert(v, "String"));
    }

    Number number(std::string_view text)
    {
        try {
            return Number::parse(text);
        } catch (const Error& e) {
            invalid(e.message());
            return {};
        }
    }

    std::string blob(const json::value& v)
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

    bool boolean(const json::value& v)
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

    const json::array& array(const json::value& v)
    {
        if (v.is_array())
            return v.get_array();
        if (v.is_object())
            throw Error::serialization(kStructureNotExpected);
        throw Error::serialization(kUnexpectedField);
    }

    AttributeValue stringSet(const json::array& elements)
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
            invalid(std::string(kInvalid) + "Input collection " + listText({strings.begin(), strings.end()})
                    + " contains duplicates.");
        return AttributeValue::stringSet(std::move(strings));
    }

    AttributeValue numberSet(const json::array& elements)
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

    AttributeValue binarySet(const json::array& elements)
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

    std::optional<Error> m_invalid;
};

// Returns the length of the valid UTF-8 sequence starting at p, or 0.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    int length;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0; // overlong
        else if (c == 0xED)
            high = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90; // overlong
        else if (c == 0xF4)
            high = 0x8F; // beyond U+10FFFF
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (int k = 2; k < length; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

void appendNumberJson(std::string& out, const Number& n)
{
    out.push_back('"');
    out.append(n.toString());
    out.push_back('"');
}

void appendBinaryJson(std::string& out, std::string_view bytes)
{
    out.push_back('"');
    Base64::append(out, bytes);
    out.push_back('"');
}

template <typename T, typename Append>
void appendArrayJson(std::string& out, const std::vector<T>& elements, Append append)
{
    out.push_back('[');
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (i > 0)
            out.push_back(',');
        append(out, elements[i]);
    }
    out.push_back(']');
}

} // namespace

AttributeValue decodeValue(const json::value& json)
{
    Decoder decoder;
    AttributeValue value = decoder.member(json, 1);
    decoder.finish();
    return value;
}

AttributeValue decodeFieldValue(const json::value& json)
{
    Decoder decoder;
    AttributeValue value = decoder.field(json);
    decoder.finish();
    return value;
}

Item decodeItem(const json::value& json)
{
    Decoder decoder;
    Item item = decoder.map(json, 1);
    decoder.finish();
    return item;
}

void appendStringJson(std::string& out, std::string_view utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* end = p + utf8.size();
    const auto* run = p; // start of bytes copied verbatim
    auto flush = [&](const unsigned char* upTo) { out.append(reinterpret_cast<const char*>(run), upTo - run); };
    while (p < end) {
        const unsigned char c = *p;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++p;
            continue;
        }
        if (c >= 0x80) {
            if (const int length = utf8SequenceLength(p, end)) {
                p += length;
                continue;
            }
            flush(p);
            out.append("\xEF\xBF\xBD"); // U+FFFD REPLACEMENT CHARACTER
            run = ++p;
            continue;
        }
        flush(p);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            out.append("\\u00");
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xF]);
        }
        run = ++p;
    }
    flush(p);
    out.push_back('"');
}

void appendValueJson(std::string& out, const AttributeValue& value)
{
    out.append("{\"");
    out.append(AttributeValue::typeName(value.type()));
    out.append("\":");
    switch (value.type()) {
    case AttributeValue::Type::S:
        appendStringJson(out, value.str());
        break;
    case AttributeValue::Type::N:
        appendNumberJson(out, value.num());
        break;
    case AttributeValue::Type::B:
        appendBinaryJson(out, value.str());
        break;
    case AttributeValue::Type::BOOL:
        out.append(value.boolean() ? "true" : "false");
        break;
    case AttributeValue::Type::NUL:
        out.append("true");
        break;
    case AttributeValue::Type::M:
        appendItemJson(out, value.map());
        break;
    case AttributeValue::Type::L:
        appendArrayJson(out, value.list(), appendValueJson);
        break;
    case AttributeValue::Type::SS:
        appendArrayJson(out, value.strings(), [](std::string& o, const std::string& s) { appendStringJson(o, s); });
        break;
    case AttributeValue::Type::NS:
        appendArrayJson(out, value.numbers(), appendNumberJson);
        break;
    case AttributeValue::Type::BS:
        appendArrayJson(out, value.strings(), [](std::string& o, const std::string& s) { appendBinaryJson(o, s); });
        break;
    }
    out.push_back('}');
}

void appendItemJson(std::string& out, const Item& item)
{
    out.push_back('{');
    bool first = true;
    for (const auto& [name, value] : item) {
        if (!first)
            out.push_back(',');
        first = false;
        appendStringJson(out, name);
        out.push_back(':');
        appendValueJson(out, value);
    }
    out.push_back('}');
}

json::value encodeValue(const AttributeValue& value)
{
    json::object o;
    const std::string_view type = AttributeValue::typeName(value.type());
    switch (value.type()) {
    case AttributeValue::Type::S:
        o.emplace(type, value.str());
        break;
    case AttributeValue::Type::N:
        o.emplace(type, value.num().toString());
        break;
    case AttributeValue::Type::B:
        o.emplace(type, Base64::encode(value.str()));
        break;
    case AttributeValue::Type::BOOL:
        o.emplace(type, value.boolean());
        break;
    case AttributeValue::Type::NUL:
        o.emplace(type, true);
        break;
    case AttributeValue::Type::M:
        o.emplace(type, encodeItem(value.map()));
        break;
    case AttributeValue::Type::L: {
        json::array a;
        a.reserve(value.list().size());
        for (const AttributeValue& element : value.list())
            a.push_back(encodeValue(element));
        o.emplace(type, std::move(a));
        break;
    }
    case AttributeValue::Type::SS:
    case AttributeValue::Type::BS: {
        json::array a;
        a.reserve(value.strings().size());
        for (const std::string& s : value.strings())
            a.emplace_back(value.type() == AttributeValue::Type::SS ? s : Base64::encode(s));
        o.emplace(type, std::move(a));
        break;
    }
    case AttributeValue::Type::NS: {
        json::array a;
        a.reserve(value.numbers().size());
        for (const Number& n : value.numbers())
            a.emplace_back(n.toString());
        o.emplace(type, std::move(a));
        break;
    }
    }
    return o;
}

json::object encodeItem(const Item& item)
{
    json::object o;
    o.reserve(item.size());
    for (const auto& [name, value] : item)
        o.emplace(name, encodeValue(value));
    return o;
}

} // namespace dynoscope::WireJson
