// A JSON value that keeps what QJsonValue loses: a number is its exact text
// (38-digit and 1E-130 numbers survive), object members keep their order and
// duplicates, and every parsed value remembers where it was in the text.
#pragma once

#include <QString>

#include <vector>

namespace dynoscope::ui {

class ItemJsonValue {
public:
    enum class Kind : unsigned char { Null, Bool, Number, String, Array, Object };
    struct Member;

    ItemJsonValue() = default; // null

    static ItemJsonValue boolean(bool value);
    // REQUIRES: text is a JSON number (see ItemJsonReader::isJsonNumber).
    static ItemJsonValue number(QString text);
    static ItemJsonValue string(QString text);
    static ItemJsonValue array(std::vector<ItemJsonValue> elements = {});
    static ItemJsonValue object(std::vector<Member> members = {});

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isBool() const { return m_kind == Kind::Bool; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isString() const { return m_kind == Kind::String; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }

    // REQUIRES: isBool().
    bool toBool() const { return m_bool; }
    // A string's contents or a number's text; empty for other kinds.
    const QString& text() const { return m_text; }
    // REQUIRES: isArray() (empty otherwise).
    const std::vector<ItemJsonValue>& elements() const { return m_elements; }
    std::vector<ItemJsonValue>& elements() { return m_elements; }
    // REQUIRES: isObject() (empty otherwise). In text order.
    const std::vector<Member>& members() const { return m_members; }
    std::vector<Member>& members() { return m_members; }

    // The first member called name, or nullptr.
    const ItemJsonValue* member(QStringView name) const;
    // REQUIRES: isObject(). Appends a member (no check for duplicates).
    void insert(QString name, ItemJsonValue value);
    // REQUIRES: isArray().
    void append(ItemJsonValue value);

    // Byte offset of the value in the text it was parsed from; -1 when built.
    qsizetype offset() const { return m_offset; }
    void setOffset(qsizetype offset) { m_offset = offset; }

    // Same JSON: kinds, texts (numbers by text), elements and members in order.
    // Offsets are ignored.
    bool operator==(const ItemJsonValue& other) const;

private:
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    qsizetype m_offset = -1;
    QString m_text;
    std::vector<ItemJsonValue> m_elements;
    std::vector<Member> m_members;
};

struct ItemJsonValue::Member {
    QString name;
    ItemJsonValue value;
    // Byte offset of the name's opening quote; -1 when built.
    qsizetype offset = -1;

    bool operator==(const Member& other) const { return name == other.name && value == other.value; }
};

} // namespace dynoscope::ui
