// JSON text from ItemJsonValue, compact or pretty.
#include "items/ItemJsonWriter.h"

namespace dynoscope::ui {

namespace {

// Pretty output keeps a value on one line when it has no object with more
// than one member inside and fits in this many bytes.
constexpr qsizetype kInlineWidth = 72;

bool isFlat(const ItemJsonValue& v)
{
    if (v.isArray()) {
        for (const ItemJsonValue& e : v.elements()) {
            if (!isFlat(e))
                return false;
        }
        return true;
    }
    if (v.isObject())
        return v.members().size() <= 1 && (v.members().empty() || isFlat(v.members().front().value));
    return true;
}

class Writer {
public:
    explicit Writer(ItemJsonStyle style)
        : m_pretty(style == ItemJsonStyle::Pretty)
        , m_spaced(style != ItemJsonStyle::Compact)
    {
    }

    QByteArray take() { return std::move(m_out); }

    void value(const ItemJsonValue& v, int indent, bool allowInline)
    {
        switch (v.kind()) {
        case ItemJsonValue::Kind::Null:
            m_out += "null";
            return;
        case ItemJsonValue::Kind::Bool:
            m_out += v.toBool() ? "true" : "false";
            return;
        case ItemJsonValue::Kind::Number:
            m_out += v.text().toLatin1();
            return;
        case ItemJsonValue::Kind::String:
            ItemJsonWriter::appendString(m_out, v.text());
            return;
        case ItemJsonValue::Kind::Array:
        case ItemJsonValue::Kind::Object:
            container(v, indent, allowInline);
            return;
        }
    }

private:
    void container(const ItemJsonValue& v, int indent, bool allowInline)
    {
        const bool isObject = v.isObject();
        const qsizetype count = isObject ? qsizetype(v.members().size()) : qsizetype(v.elements().size());
        m_out += isObject ? '{' : '[';
        if (count == 0) {
            m_out += isObject ? '}' : ']';
            return;
        }
        if (m_pretty && allowInline && isFlat(v) && tryInline(v))
            return;
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0)
                m_out += m_spaced && !m_pretty ? ", " : ",";
            newline(indent + 1);
            if (isObject) {
                const ItemJsonValue::Member& m = v.members()[size_t(i)];
                ItemJsonWriter::appendString(m_out, m.name);
                m_out += m_spaced ? ": " : ":";
                value(m.value, indent + 1, true);
            } else {
                value(v.elements()[size_t(i)], indent + 1, true);
            }
        }
        newline(indent);
        m_out += isObject ? '}' : ']';
    }

    // Writes the rest of v (its opening bracket is out) on one line when it
    // fits; otherwise leaves m_out as it was.
    bool tryInline(const ItemJsonValue& v)
    {
        const qsizetype mark = m_out.size();
        inlineRest(v);
        if (m_out.size() - mark <= kInlineWidth)
            return true;
        m_out.truncate(mark);
        return false;
    }

    void inlineRest(const ItemJsonValue& v)
    {
        if (v.isObject()) {
            const ItemJsonValue::Member& m = v.members().front(); // flat objects have one member
            ItemJsonWriter::appendString(m_out, m.name);
            m_out += ": ";
            inlineValue(m.value);
            m_out += '}';
            return;
        }
        bool first = true;
        for (const ItemJsonValue& e : v.elements()) {
            if (!first)
                m_out += ", ";
            first = false;
            inlineValue(e);
        }
        m_out += ']';
    }

    void inlineValue(const ItemJsonValue& v)
    {
        if ((v.isArray() && !v.elements().empty()) || (v.isObject() && !v.members().empty())) {
            m_out += v.isObject() ? '{' : '[';
            inlineRest(v);
        } else {
            value(v, 0, false);
        }
    }

    void newline(int indent)
    {
        if (!m_pretty)
            return;
        m_out += '\n';
        m_out.append(qsizetype(indent) * 2, ' ');
    }

    bool m_pretty;
    bool m_spaced;
    QByteArray m_out;
};

} // namespace

QByteArray ItemJsonWriter::write(const ItemJsonValue& value, ItemJsonStyle style)
{
    Writer writer(style);
    writer.value(value, 0, false);
    return writer.take();
}

void ItemJsonWriter::appendString(QByteArray& out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace dynoscope::ui
