// The JSON wire form of attribute values: decoding through WireDecoder and
// encoders that append text without building a JSON tree.
#include "model/WireJson.h"

#include "model/Base64.h"
#include "model/WireDecoder.h"

namespace dynoscope::WireJson {

namespace json = boost::json;

namespace {
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
    WireDecoder decoder;
    AttributeValue value = decoder.member(json, 1);
    decoder.finish();
    return value;
}

AttributeValue decodeFieldValue(const json::value& json)
{
    WireDecoder decoder;
    AttributeValue value = decoder.field(json);
    decoder.finish();
    return value;
}

Item decodeItem(const json::value& json)
{
    WireDecoder decoder;
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
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
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
