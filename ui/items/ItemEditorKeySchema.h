// The key of the table an item editor works on, read from its DescribeTable
// response: which attributes an item must have, of which type, and how to
// show and extract an item's key.
#pragma once

#include "items/ItemJsonError.h"
#include "items/ItemJsonValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dynoscope::ui {

class ItemEditorKeySchema {
    Q_DECLARE_TR_FUNCTIONS(ItemEditorKeySchema)
public:
    struct Key {
        QString name;
        QString type; // "S", "N" or "B"
        bool isPartition = true;
    };

    // Reads a DescribeTable response ({"Table": {...}}) or its Table object.
    // Returns nullopt, with *error set, when it has no usable key schema.
    static std::optional<ItemEditorKeySchema> fromDescribeTable(const QByteArray& json, QString* error = nullptr);

    const QString& tableName() const { return m_tableName; }
    const Key& partitionKey() const { return m_keys.front(); }
    // The partition key, then the sort key when the table has one.
    const QList<Key>& keys() const { return m_keys; }

    // The first problem with item's key attributes: missing, of another
    // type, or (unless allowEmpty) an empty string or binary, which DynamoDB
    // refuses in keys. Placed on the attribute's value, or on the item.
    // REQUIRES: item is in DynamoDB form (see ItemJson::parseItem).
    ItemJsonError check(const ItemJsonValue& item, bool allowEmpty = false) const;
    // The item's key attributes, in key order.
    // REQUIRES: check(item, true) is null.
    ItemJsonValue keyOf(const ItemJsonValue& item) const;
    // "id = "a1", n = 5" (plain JSON values).
    QString describeKey(const ItemJsonValue& item) const;
    // "partition key id (String), sort key n (Number)".
    QString describeSchema() const;
    // item with its key attributes first, the others in their order.
    ItemJsonValue keysFirst(const ItemJsonValue& item) const;
    // A new item with each key attribute empty, ready to be filled in.
    ItemJsonValue templateItem() const;

private:
    QString m_tableName;
    QList<Key> m_keys;
};

} // namespace dynoscope::ui
