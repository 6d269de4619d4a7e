// What a DynamoDB table is meant to look like, as the table editor edits it:
// keys, billing, secondary indexes, stream, TTL, tags. Plain data; the
// validator checks it and the planner turns it into DynamoDB requests.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dynoscope::ui {

struct TableSnapshot;

// A key attribute: name and scalar type ("S", "N" or "B"). An empty name
// means "no such key" for optional keys.
struct KeyAttribute {
    QString name;
    QString type = QStringLiteral("S");

    bool isSet() const { return !name.isEmpty(); }
    bool operator==(const KeyAttribute&) const = default;
};

struct SecondaryIndexSpec {
    QString name;
    KeyAttribute partitionKey;
    KeyAttribute sortKey;
    QString projectionType = QStringLiteral("ALL"); // ALL, KEYS_ONLY or INCLUDE
    QStringList nonKeyAttributes;                  // only with INCLUDE
    // Only global indexes of provisioned tables have their own capacity.
    qint64 readCapacity = 5;
    qint64 writeCapacity = 5;
    // True when the index exists on the table being changed: its keys and
    // projection are fixed, only its capacity can change.
    bool existing = false;

    bool operator==(const SecondaryIndexSpec&) const = default;
};

struct TableTag {
    QString key;
    QString value;

    bool operator==(const TableTag&) const = default;
};

struct TableSpec {
    QString tableName;
    QString tableArn; // known for an existing table; tags are addressed by it
    KeyAttribute partitionKey;
    KeyAttribute sortKey;
    bool onDemand = true; // BillingMode PAY_PER_REQUEST, else PROVISIONED
    qint64 readCapacity = 5;
    qint64 writeCapacity = 5;
    QList<SecondaryIndexSpec> globalIndexes;
    QList<SecondaryIndexSpec> localIndexes;
    bool streamEnabled = false;
    QString streamViewType = QStringLiteral("NEW_AND_OLD_IMAGES");
    bool ttlEnabled = false;
    QString ttlAttribute; // the attribute holding the expiry time, when enabled
    QList<TableTag> tags;
    bool deletionProtection = false;

    bool operator==(const TableSpec&) const = default;

    // The table as DynamoDB describes it (DescribeTable, tags, TTL).
    static TableSpec fromSnapshot(const TableSnapshot& snapshot);
};

} // namespace dynoscope::ui
