// Key attributes of the edited table.
#include "items/ItemEditorKeySchema.h"

#include "items/AttributeFormat.h"
#include "items/ItemJson.h"
#include "items/ItemJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dynoscope::ui {

std::optional<ItemEditorKeySchema> ItemEditorKeySchema::fromDescribeTable(const QByteArray& json, QString* error)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject table
        = root.contains(QLatin1String("Table")) ? root.value(QLatin1String("Table")).toObject() : root;
    QHash<QString, QString> types;
    for (const QJsonValue& d : table.value(QLatin1String("AttributeDefinitions")).toArray())
        types.insert(d[QLatin1String("AttributeName")].toString(), d[QLatin1String("AttributeType")].toString());
    ItemEditorKeySchema schema;
    schema.m_tableName = table.value(QLatin1String("TableName")).toString();
    std::optional<Key> sort;
    for (const QJsonValue& k : table.value(QLatin1String("KeySchema")).toArray()) {
        const QString name = k[QLatin1String("AttributeName")].toString();
        const bool hash = k[QLatin1String("KeyType")].toString() == QLatin1String("HASH");
        const Key key { name, types.value(name), hash };
        if (hash)
            schema.m_keys.prepend(key);
        else
            sort = key;
    }
    if (sort)
        schema.m_keys.append(*sort);
    const bool valid = !schema.m_keys.isEmpty() && schema.m_keys.front().isPartition
        && std::all_of(schema.m_keys.begin(), schema.m_keys.end(), [](const Key& k) { return !k.type.isEmpty(); });
    if (valid)
        return schema;
    if (error)
        *error = tr("The table description has no usable key schema.");
    return std::nullopt;
}

ItemJsonError ItemEditorKeySchema::check(const ItemJsonValue& item, bool allowEmpty) const
{
    for (const Key& key : m_keys) {
        const QString role = key.isPartition ? tr("partition key") : tr("sort key");
        const QString wanted = AttributeFormat::typeName(key.type);
        const ItemJsonValue* value = item.member(key.name);
        if (!value)
            return ItemJsonError::at(std::max<qsizetype>(item.offset(), 0),
                tr("The item needs its %1 “%2” (%3)").arg(role, key.name, wanted));
        const QString type = ItemJson::typeOf(*value);
        if (type != key.type)
            return ItemJsonError::at(value->offset(),
                tr("The %1 “%2” must be a %3, not a %4").arg(role, key.name, wanted, AttributeFormat::typeName(type)));
        if (!allowEmpty && type != QLatin1String("N") && ItemJson::payloadOf(*value).text().isEmpty())
            return ItemJsonError::at(value->offset(), tr("The %1 “%2” cannot be empty").arg(role, key.name));
    }
    return {};
}

ItemJsonValue ItemEditorKeySchema::keyOf(const ItemJsonValue& item) const
{
    ItemJsonValue key = ItemJsonValue::object();
    for (const Key& k : m_keys)
        key.insert(k.name, *item.member(k.name));
    return key;
}

ItemJsonValue ItemEditorKeySchema::keysFirst(const ItemJsonValue& item) const
{
    ItemJsonValue ordered = ItemJsonValue::object();
    for (const Key& k : m_keys) {
        if (const ItemJsonValue* value = item.member(k.name))
            ordered.insert(k.name, *value);
    }
    for (const ItemJsonValue::Member& m : item.members()) {
        if (std::none_of(m_keys.begin(), m_keys.end(), [&](const Key& k) { return k.name == m.name; }))
            ordered.members().push_back(m);
    }
    return ordered;
}

QString ItemEditorKeySchema::describeKey(const ItemJsonValue& item) const
{
    QStringList parts;
    for (const Key& k : m_keys) {
        const ItemJsonValue* value = item.member(k.name);
        const QByteArray text
            = value ? ItemJsonWriter::write(ItemJson::toPlainValue(*value), ItemJsonStyle::Compact) : QByteArray("?");
        parts.append(k.name + QStringLiteral(" = ") + QString::fromUtf8(text));
    }
    return parts.join(QStringLiteral(", "));
}

QString ItemEditorKeySchema::describeSchema() const
{
    QStringList parts;
    for (const Key& k : m_keys) {
        parts.append((k.isPartition ? tr("partition key %1 (%2)") : tr("sort key %1 (%2)"))
                         .arg(k.name, AttributeFormat::typeName(k.type)));
    }
    return parts.join(QStringLiteral(", "));
}

ItemJsonValue ItemEditorKeySchema::templateItem() const
{
    ItemJsonValue item = ItemJsonValue::object();
    for (const Key& k : m_keys) {
        ItemJsonValue value = ItemJsonValue::object();
        // A number key starts at 0: an empty number would be an error at once.
        value.insert(k.type, ItemJsonValue::string(k.type == QLatin1String("N") ? QStringLiteral("0") : QString()));
        item.insert(k.name, std::move(value));
    }
    return item;
}

} // namespace dynoscope::ui
