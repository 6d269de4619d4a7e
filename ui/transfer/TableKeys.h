// The primary key of a table, read from DescribeTable, and what a transfer
// needs to know about it: whether an item carries the key with the right
// types, and an identity of the key to spot two writes of the same item.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dynoscope::ui {

class TableKeys {
public:
    TableKeys() = default;
    // table: DescribeTable's "Table" member.
    static TableKeys fromDescription(const QJsonObject& table);

    bool isValid() const { return !m_partitionName.isEmpty(); }
    const QString& partitionName() const { return m_partitionName; }
    const QString& sortName() const { return m_sortName; } // empty without a sort key
    // The partition key first, then the sort key.
    QStringList names() const;
    // "S", "N" or "B" for a key attribute, else empty.
    QString typeOf(const QString& name) const;

    // DynamoDB's ValidationException message when a DynamoDB-JSON item lacks
    // a key attribute, has one of the wrong type or an empty one; else empty.
    QString check(const QJsonObject& item) const;
    // The item's key attributes as compact JSON: equal for two items that
    // DynamoDB stores as the same item.
    QByteArray identity(const QJsonObject& item) const;

private:
    QString m_partitionName;
    QString m_partitionType;
    QString m_sortName;
    QString m_sortType;
};

} // namespace dynoscope::ui
