// The item BLOB codec: a varint-framed, type-tagged tree written in one pass
// and read with bounds checks on every byte.
#include "model/ItemCodec.h"

#include "model/Base64.h"
#include "model/WireJson.h"

namespace dynoscope::ItemCodec {

namespace {

constexpr unsigned char kVersion1 = 0x01;
// DynamoDB allows 32 levels; the decoder's own bound only guards its stack.
constexpr int kMaxDecodeDepth = 128;

void appendVarint(std::string& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(char((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

void appendBytes(std::string& out, std::string_view bytes)
{
    appendVarint(out, bytes.size());
    out.append(bytes);
}

void appendValue(std::string& out, const AttributeValue& value);

void appendEntries(std::string& out, const AttributeMap& map)
{
    appendVarint(out, map.size());
    for (const auto& [name, value] : map) {
        appendBytes(out, name);
        appendValue(out, value);
    }
}

void appendValue(std::string& out, const AttributeValue& value)
{
    out.push_back(char(value.type()));
    switch (value.type()) {
    case AttributeValue::Type::S:
    case AttributeValue::Type::B:
        appendBytes(out, value.str());
        break;
    case AttributeValue::Type::N:
        value.num().appendSortable(out);
        break;
    case AttributeValue::Type::BOOL:
        out.push_back(char(value.boolean() ? 1 : 0));
        break;
    case AttributeValue::Type::NUL:
        break;
    case AttributeValue::Type::M:
        appendEntries(out, value.map());
        break;
    case AttributeValue::Type::L:
        appendVarint(out, value.list().size());
        for (const AttributeValue& element : value.list())
            appendValue(out, element);
        break;
    case AttributeValue::Type::SS:
    case AttributeValue::Type::BS:
        appendVarint(out, value.strings().size());
        for (const std::string& s : value.strings())
            appendBytes(out, s);
        break;
    case AttributeValue::Type::NS:
        appendVarint(out, value.numbers().size());
        for (const Number& n : value.numbers())
            n.appendSortable(out);
        break;
    }
}

class Reader {
public:
    explicit Reader(std::string_view data)
        : m_data(data)
    {
    }

    bool atEnd() const { return m_pos == m_data.size(); }

    bool byte(unsigned char* out)
    {
        if (m_pos >= m_data.size())
            return false;
        *out = static_cast<unsigned char>(m_data[m_pos++]);
        return true;
    }

    bool varint(std::uint64_t* out)
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            unsigned char b;
            if (!byte(&b))
                return false;
            v |= std::uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80)) {
                *out = v;
                return true;
            }
        }
        return false;
    }

    // A count of elements that each take at least one byte cannot exceed
    // what is left; checking it keeps corrupt counts from driving reserve().
    bool count(std::uint64_t* out) { return varint(out) && *out <= m_data.size() - m_pos; }

    bool bytes(std::string* out)
    {
        std::uint64_t n;
        if (!varint(&n) || n > m_data.size() - m_pos)
            return false;
        out->assign(m_data.data() + m_pos, std::size_t(n));
        m_pos += std::size_t(n);
        return true;
    }

    bool number(Number* out) { return Number::readSortable(m_data, &m_pos, *out); }

    // Like bytes(), without copying: the view points into the input.
    bool view(std::string_view* out)
    {
        std::uint64_t n;
        if (!varint(&n) || n > m_data.size() - m_pos)
            return false;
        *out = m_data.substr(m_pos, std::size_t(n));
        m_pos += std::size_t(n);
        return true;
    }

    bool entries(AttributeMap& map, int depth)
    {
        std::uint64_t n;
        if (!count(&n))
            return false;
        map.clear();
        for (std::uint64_t i = 0; i < n; ++i) {
            std::string name;
            if (!bytes(&name))
                return false;
            // Names were written in strictly ascending order: anything else
            // (a repeated name in particular) is corruption.
            if (!map.empty() && name <= map.rbegin()->first)
                return false;
            auto it = map.emplace_hint(map.end(), std::move(name), AttributeValue());
            if (!value(it->second, depth + 1))
                return false;
        }
        return true;
    }

    bool value(AttributeValue& out, int depth)
    {
        unsigned char type;
        if (depth > kMaxDecodeDepth || !byte(&type))
            return false;
        switch (static_cast<AttributeValue::Type>(type)) {
        case AttributeValue::Type::S:
        case AttributeValue::Type::B: {
            std::string s;
            if (!bytes(&s))
                return false;
            out = type == static_cast<unsigned char>(AttributeValue::Type::S) ? AttributeValue::string(std::move(s))
                                                                              : AttributeValue::binary(std::move(s));
            return true;
        }
        case AttributeValue::Type::N: {
            Number n;
            if (!number(&n))
                return false;
            out = AttributeValue::number(std::move(n));
            return true;
        }
        case AttributeValue::Type::BOOL: {
            unsigned char b;
            if (!byte(&b) || b > 1)
                return false;
            out = AttributeValue::boolean(b == 1);
            return true;
        }
        case AttributeValue::Type::NUL:
            out = AttributeValue::null();
            return true;
        case AttributeValue::Type::M:
            out = AttributeValue::map({});
            return entries(out.map(), depth);
        case AttributeValue::Type::L: {
            std::uint64_t n;
            if (!count(&n))
                return false;
            AttributeList list(static_cast<std::size_t>(n));
            for (AttributeValue& element : list) {
                if (!value(element, depth + 1))
                    return false;
            }
            out = AttributeValue::list(std::move(list));
            return true;
        }
        case AttributeValue::Type::SS:
        case AttributeValue::Type::BS: {
            std::uint64_t n;
            if (!count(&n))
                return false;
            std::vector<std::string> strings(static_cast<std::size_t>(n));
            for (std::string& s : strings) {
                if (!bytes(&s))
                    return false;
            }
            out = type == static_cast<unsigned char>(AttributeValue::Type::SS)
                ? AttributeValue::stringSet(std::move(strings))
                : AttributeValue::binarySet(std::move(strings));
            return true;
        }
        case AttributeValue::Type::NS: {
            std::uint64_t n;
            if (!count(&n))
                return false;
            std::vector<Number> numbers(static_cast<std::size_t>(n));
            for (Number& number : numbers) {
                if (!this->number(&number))
                    return false;
            }
            out = AttributeValue::numberSet(std::move(numbers));
            return true;
        }
        }
        return false; // unknown type tag
    }

private:
    std::string_view m_data;
    std::size_t m_pos = 0;
};

// Writes the wire JSON of an encoded item straight from its bytes, summing
// its DynamoDB size (ItemSize's rules) on the way: Query and Scan pages need
// both, and skipping the Item in between saves its allocations.
class JsonTranscoder {
public:
    JsonTranscoder(Reader& reader, std::string& out) : m_in(reader), m_out(out) {}

    bool entries(std::size_t* size, int depth)
    {
        std::uint64_t n;
        if (!m_in.count(&n))
            return false;
        m_out += '{';
        std::string_view previous;
        for (std::uint64_t i = 0; i < n; ++i) {
            std::string_view name;
            // As decodeItem: names strictly ascending, or the data is corrupt.
            if (!m_in.view(&name) || (i > 0 && name <= previous))
                return false;
            previous = name;
            if (i)
                m_out += ',';
            WireJson::appendStringJson(m_out, name);
            m_out += ':';
            std::size_t valueSize = 0;
            if (!value(&valueSize, depth + 1))
                return false;
            *size += name.size() + valueSize + (depth > 0 ? 1 : 0);
        }
        m_out += '}';
        return true;
    }

    bool value(std::size_t* size, int depth)
    {
        unsigned char type;
        // The tag is named before the switch below could reject it: refuse unknown tags first.
        if (depth > kMaxDecodeDepth || !m_in.byte(&type) || type > static_cast<unsigned char>(AttributeValue::Type::BS))
            return false;
        const auto t = static_cast<AttributeValue::Type>(type);
        m_out += "{\"";
        m_out += AttributeValue::typeName(t);
        m_out += "\":";
        switch (t) {
        case AttributeValue::Type::S:
        case AttributeValue::Type::B: {
            std::string_view s;
            if (!m_in.view(&s))
                return false;
            appendScalar(t, s);
            *size = s.size();
            break;
        }
        case AttributeValue::Type::N: {
            Number n;
            if (!m_in.number(&n))
                return false;
            appendNumber(n);
            *size = n.storageSize();
            break;
        }
        case AttributeValue::Type::BOOL: {
            unsigned char b;
            if (!m_in.byte(&b) || b > 1)
                return false;
            m_out += b ? "true" : "false";
            *size = 1;
            break;
        }
        case AttributeValue::Type::NUL:
            m_out += "true";
            *size = 1;
            break;
        case AttributeValue::Type::M:
            *size = 3;
            if (!entries(size, depth))
                return false;
            break;
        case AttributeValue::Type::L: {
            std::uint64_t n;
            if (!m_in.count(&n))
                return false;
            m_out += '[';
            *size = 3;
            for (std::uint64_t i = 0; i < n; ++i) {
                if (i)
                    m_out += ',';
                std::size_t elementSize = 0;
                if (!value(&elementSize, depth + 1))
                    return false;
                *size += 1 + elementSize;
            }
            m_out += ']';
            break;
        }
        case AttributeValue::Type::SS:
        case AttributeValue::Type::BS:
        case AttributeValue::Type::NS: {
            std::uint64_t n;
            if (!m_in.count(&n))
                return false;
            m_out += '[';
            *size = 0;
            for (std::uint64_t i = 0; i < n; ++i) {
                if (i)
                    m_out += ',';
                if (t == AttributeValue::Type::NS) {
                    Number number;
                    if (!m_in.number(&number))
                        return false;
                    appendNumber(number);
                    *size += number.storageSize();
                } else {
                    std::string_view s;
                    if (!m_in.view(&s))
                        return false;
                    appendScalar(t == AttributeValue::Type::SS ? AttributeValue::Type::S : AttributeValue::Type::B, s);
                    *size += s.size();
                }
            }
            m_out += ']';
            break;
        }
        default:
            return false; // unknown type tag
        }
        m_out += '}';
        return true;
    }

private:
    void appendScalar(AttributeValue::Type type, std::string_view bytes)
    {
        if (type == AttributeValue::Type::S) {
            WireJson::appendStringJson(m_out, bytes);
        } else {
            m_out += '"';
            Base64::append(m_out, bytes);
            m_out += '"';
        }
    }

    void appendNumber(const Number& n)
    {
        m_out += '"';
        m_out += n.toString();
        m_out += '"';
    }

    Reader& m_in;
    std::string& m_out;
};

} // namespace

void appendItem(std::string& out, const Item& item)
{
    out.push_back(char(kVersion1));
    appendEntries(out, item);
}

std::string encodeItem(const Item& item)
{
    std::string out;
    appendItem(out, item);
    return out;
}

bool appendItemJson(std::string_view data, std::string& out, std::size_t* itemSize)
{
    Reader reader(data);
    unsigned char version;
    if (!reader.byte(&version) || version != kVersion1)
        return false;
    const std::size_t start = out.size();
    std::size_t size = 0;
    JsonTranscoder transcoder(reader, out);
    if (!transcoder.entries(&size, 0) || !reader.atEnd()) {
        out.resize(start);
        return false;
    }
    *itemSize = size;
    return true;
}

bool decodeItem(std::string_view data, Item& out)
{
    Reader reader(data);
    unsigned char version;
    if (!reader.byte(&version) || version != kVersion1)
        return false;
    return reader.entries(out, 0) && reader.atEnd();
}

} // namespace dynoscope::ItemCodec
