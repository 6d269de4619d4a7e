// Order- and digit-preserving JSON values.
#include "items/ItemJsonValue.h"

namespace dynoscope::ui {

ItemJsonValue ItemJsonValue::boolean(bool value)
{
    ItemJsonValue v;
    v.m_kind = Kind::Bool;
    v.m_bool = value;
    return v;
}

ItemJsonValue ItemJsonValue::number(QString text)
{
    ItemJsonValue v;
    v.m_kind = Kind::Number;
    v.m_text = std::move(text);
    return v;
}

ItemJsonValue ItemJsonValue::string(QString text)
{
    ItemJsonValue v;
    v.m_kind = Kind::String;
    v.m_text = std::move(text);
    return v;
}

ItemJsonValue ItemJsonValue::array(std::vector<ItemJsonValue> elements)
{
    ItemJsonValue v;
    v.m_kind = Kind::Array;
    v.m_elements = std::move(elements);
    return v;
}

ItemJsonValue ItemJsonValue::object(std::vector<Member> members)
{
    ItemJsonValue v;
    v.m_kind = Kind::Object;
    v.m_members = std::move(members);
    return v;
}

const ItemJsonValue* ItemJsonValue::member(QStringView name) const
{
    for (const Member& m : m_members) {
        if (m.name == name)
            return &m.value;
    }
    return nullptr;
}

void ItemJsonValue::insert(QString name, ItemJsonValue value)
{
    m_members.push_back(Member { std::move(name), std::move(value), -1 });
}

void ItemJsonValue::append(ItemJsonValue value)
{
    m_elements.push_back(std::move(value));
}

bool ItemJsonValue::operator==(const ItemJsonValue& other) const
{
    return m_kind == other.m_kind && m_bool == other.m_bool && m_text == other.m_text && m_elements == other.m_elements
        && m_members == other.m_members;
}

} // namespace dynoscope::ui
