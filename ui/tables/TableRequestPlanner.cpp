// Request building for CreateTable, UpdateTable, UpdateTimeToLive,
// TagResource and UntagResource, as their API reference pages define them.
#include "tables/TableRequestPlanner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dynoscope::ui {

namespace {

QString s(const char* latin1) { return QString::fromLatin1(latin1); }

QJsonObject throughput(qint64 read, qint64 write)
{
    return {{s("ReadCapacityUnits"), read}, {s("WriteCapacityUnits"), write}};
}

QJsonArray keySchema(const KeyAttribute& partitionKey, const KeyAttribute& sortKey)
{
    QJsonArray schema{QJsonObject{{s("AttributeName"), partitionKey.name}, {s("KeyType"), s("HASH")}}};
    if (sortKey.isSet())
        schema.append(QJsonObject{{s("AttributeName"), sortKey.name}, {s("KeyType"), s("RANGE")}});
    return schema;
}

// AttributeDefinitions: each key attribute once, in order of first use.
class Definitions {
public:
    void add(const KeyAttribute& key)
    {
        if (!key.isSet() || m_seen.contains(key.name))
            return;
        m_seen.insert(key.name);
        m_list.append(QJsonObject{{s("AttributeName"), key.name}, {s("AttributeType"), key.type}});
    }
    const QJsonArray& json() const { return m_list; }

private:
    QSet<QString> m_seen;
    QJsonArray m_list;
};

QJsonObject projection(const SecondaryIndexSpec& index)
{
    QJsonObject out{{s("ProjectionType"), index.projectionType}};
    if (index.projectionType == QLatin1String("INCLUDE"))
        out.insert(s("NonKeyAttributes"), QJsonArray::fromStringList(index.nonKeyAttributes));
    return out;
}

// A global index as CreateTable and UpdateTable's Create action spell it.
QJsonObject globalIndex(const SecondaryIndexSpec& index, bool onDemand)
{
    QJsonObject out{{s("IndexName"), index.name},
                    {s("KeySchema"), keySchema(index.partitionKey, index.sortKey)},
                    {s("Projection"), projection(index)}};
    if (!onDemand)
        out.insert(s("ProvisionedThroughput"), throughput(index.readCapacity, index.writeCapacity));
    return out;
}

PlannedRequest request(const QString& operation, const QJsonObject& json, const QString& summary,
                       bool waitUntilActive = false)
{
    return {operation, QJsonDocument(json).toJson(QJsonDocument::Compact), summary, waitUntilActive};
}

PlannedRequest updateTable(const TableSpec& table, QJsonObject json, const QString& summary)
{
    json.insert(s("TableName"), table.tableName);
    return request(s("UpdateTable"), json, summary, true);
}

PlannedRequest timeToLive(const QString& tableName, const QString& attribute, bool enabled)
{
    return request(s("UpdateTimeToLive"),
                   {{s("TableName"), tableName},
                    {s("TimeToLiveSpecification"),
                     QJsonObject{{s("AttributeName"), attribute}, {s("Enabled"), enabled}}}},
                   enabled ? TableRequestPlanner::tr("Expire items by the attribute '%1'").arg(attribute)
                           : TableRequestPlanner::tr("Stop expiring items by the attribute '%1'").arg(attribute));
}

const SecondaryIndexSpec* findIndex(const QList<SecondaryIndexSpec>& indexes, const QString& name)
{
    for (const auto& index : indexes)
        if (index.name == name)
            return &index;
    return nullptr;
}

void planBilling(const TableSpec& current, const TableSpec& wanted, QList<PlannedRequest>* out)
{
    const bool modeChanged = current.onDemand != wanted.onDemand;
    if (wanted.onDemand) {
        if (modeChanged)
            out->append(updateTable(wanted, {{s("BillingMode"), s("PAY_PER_REQUEST")}},
                                    TableRequestPlanner::tr("Switch to on-demand capacity")));
        return;
    }
    // Switching to provisioned needs every remaining global index's
    // throughput in the same call.
    QJsonArray indexUpdates;
    for (const auto& index : wanted.globalIndexes) {
        if (!index.existing)
            continue;
        const auto* before = findIndex(current.globalIndexes, index.name);
        if (modeChanged || !before || before->readCapacity != index.readCapacity ||
            before->writeCapacity != index.writeCapacity)
            indexUpdates.append(QJsonObject{
                {s("Update"), QJsonObject{{s("IndexName"), index.name},
                                          {s("ProvisionedThroughput"),
                                           throughput(index.readCapacity, index.writeCapacity)}}}});
    }
    const bool tableChanged = modeChanged || current.readCapacity != wanted.readCapacity ||
                              current.writeCapacity != wanted.writeCapacity;
    if (!tableChanged && indexUpdates.isEmpty())
        return;
    QJsonObject json;
    if (modeChanged)
        json.insert(s("BillingMode"), s("PROVISIONED"));
    if (tableChanged)
        json.insert(s("ProvisionedThroughput"), throughput(wanted.readCapacity, wanted.writeCapacity));
    if (!indexUpdates.isEmpty())
        json.insert(s("GlobalSecondaryIndexUpdates"), indexUpdates);
    const QString summary =
        modeChanged ? TableRequestPlanner::tr("Switch to provisioned capacity (%1 reads, %2 writes)")
                          .arg(wanted.readCapacity)
                          .arg(wanted.writeCapacity)
        : tableChanged ? TableRequestPlanner::tr("Provision %1 reads and %2 writes per second")
                             .arg(wanted.readCapacity)
                             .arg(wanted.writeCapacity)
                       : TableRequestPlanner::tr("Change the capacity of global secondary indexes");
    out->append(updateTable(wanted, json, summary));
}

void planIndexes(const TableSpec& current, const TableSpec& wanted, QList<PlannedRequest>* deletions,
                 QList<PlannedRequest>* creations)
{
    QSet<QString> kept;
    for (const auto& index : wanted.globalIndexes)
        if (index.existing)
            kept.insert(index.name);
    for (const auto& index : current.globalIndexes)
        if (!kept.contains(index.name))
            deletions->append(
                updateTable(wanted,
                            {{s("GlobalSecondaryIndexUpdates"),
                              QJsonArray{QJsonObject{{s("Delete"), QJsonObject{{s("IndexName"), index.name}}}}}}},
                            TableRequestPlanner::tr("Delete the global secondary index '%1'").arg(index.name)));
    for (const auto& index : wanted.globalIndexes) {
        if (index.existing)
            continue;
        Definitions definitions;
        definitions.add(index.partitionKey);
        definitions.add(index.sortKey);
        creations->append(updateTable(
            wanted,
            {{s("AttributeDefinitions"), definitions.json()},
             {s("GlobalSecondaryIndexUpdates"),
              QJsonArray{QJsonObject{{s("Create"), globalIndex(index, wanted.onDemand)}}}}},
            TableRequestPlanner::tr("Create the global secondary index '%1'").arg(index.name)));
    }
}

void planStream(const TableSpec& current, const TableSpec& wanted, QList<PlannedRequest>* out)
{
    const bool viewChanged = current.streamViewType != wanted.streamViewType;
    // A stream's view type cannot change: it is disabled, then a new stream enabled.
    if (current.streamEnabled && (!wanted.streamEnabled || viewChanged))
        out->append(updateTable(wanted, {{s("StreamSpecification"), QJsonObject{{s("StreamEnabled"), false}}}},
                                TableRequestPlanner::tr("Disable the stream")));
    if (wanted.streamEnabled && (!current.streamEnabled || viewChanged))
        out->append(updateTable(
            wanted,
            {{s("StreamSpecification"),
              QJsonObject{{s("StreamEnabled"), true}, {s("StreamViewType"), wanted.streamViewType}}}},
            TableRequestPlanner::tr("Enable a stream of %1").arg(wanted.streamViewType)));
}

void planTimeToLive(const TableSpec& current, const TableSpec& wanted, QList<PlannedRequest>* out)
{
    const QString before = current.ttlEnabled ? current.ttlAttribute : QString();
    const QString after = wanted.ttlEnabled ? wanted.ttlAttribute : QString();
    if (before == after)
        return;
    if (!before.isEmpty())
        out->append(timeToLive(wanted.tableName, before, false));
    if (!after.isEmpty())
        out->append(timeToLive(wanted.tableName, after, true));
}

// "env, team": the keys of tag keys or of tag objects.
QString keys(const QJsonArray& tags)
{
    QStringList out;
    for (const auto& tag : tags)
        out.append(tag.isString() ? tag.toString() : tag.toObject().value(s("Key")).toString());
    return out.join(s(", "));
}

void planTags(const TableSpec& current, const TableSpec& wanted, QList<PlannedRequest>* out)
{
    QHash<QString, QString> wantedValues;
    for (const auto& tag : wanted.tags)
        wantedValues.insert(tag.key, tag.value);
    QJsonArray removed;
    QHash<QString, QString> currentValues;
    for (const auto& tag : current.tags) {
        currentValues.insert(tag.key, tag.value);
        if (!wantedValues.contains(tag.key))
            removed.append(tag.key);
    }
    QJsonArray added;
    for (const auto& tag : wanted.tags) {
        const auto it = currentValues.constFind(tag.key);
        if (it == currentValues.cend() || *it != tag.value)
            added.append(QJsonObject{{s("Key"), tag.key}, {s("Value"), tag.value}});
    }
    // Untag first: the table never holds more than the 50 tags it will end with.
    if (!removed.isEmpty())
        out->append(request(s("UntagResource"), {{s("ResourceArn"), wanted.tableArn}, {s("TagKeys"), removed}},
                            TableRequestPlanner::tr("Remove tags: %1").arg(keys(removed))));
    if (!added.isEmpty())
        out->append(request(s("TagResource"), {{s("ResourceArn"), wanted.tableArn}, {s("Tags"), added}},
                            TableRequestPlanner::tr("Set tags: %1").arg(keys(added))));
}

} // namespace

QJsonObject TableRequestPlanner::createTableRequest(const TableSpec& spec)
{
    Definitions definitions;
    definitions.add(spec.partitionKey);
    definitions.add(spec.sortKey);
    QJsonObject json{{s("TableName"), spec.tableName},
                     {s("KeySchema"), keySchema(spec.partitionKey, spec.sortKey)},
                     {s("BillingMode"), spec.onDemand ? s("PAY_PER_REQUEST") : s("PROVISIONED")}};
    if (!spec.onDemand)
        json.insert(s("ProvisionedThroughput"), throughput(spec.readCapacity, spec.writeCapacity));
    if (!spec.localIndexes.isEmpty()) {
        QJsonArray indexes;
        for (const auto& index : spec.localIndexes) {
            definitions.add(index.sortKey);
            indexes.append(QJsonObject{{s("IndexName"), index.name},
                                       {s("KeySchema"), keySchema(spec.partitionKey, index.sortKey)},
                                       {s("Projection"), projection(index)}});
        }
        json.insert(s("LocalSecondaryIndexes"), indexes);
    }
    if (!spec.globalIndexes.isEmpty()) {
        QJsonArray indexes;
        for (const auto& index : spec.globalIndexes) {
            definitions.add(index.partitionKey);
            definitions.add(index.sortKey);
            indexes.append(globalIndex(index, spec.onDemand));
        }
        json.insert(s("GlobalSecondaryIndexes"), indexes);
    }
    json.insert(s("AttributeDefinitions"), definitions.json());
    if (spec.streamEnabled)
        json.insert(s("StreamSpecification"),
                    QJsonObject{{s("StreamEnabled"), true}, {s("StreamViewType"), spec.streamViewType}});
    if (!spec.tags.isEmpty()) {
        QJsonArray tags;
        for (const auto& tag : spec.tags)
            tags.append(QJsonObject{{s("Key"), tag.key}, {s("Value"), tag.value}});
        json.insert(s("Tags"), tags);
    }
    if (spec.deletionProtection)
        json.insert(s("DeletionProtectionEnabled"), true);
    return json;
}

QList<PlannedRequest> TableRequestPlanner::planCreate(const TableSpec& spec)
{
    QList<PlannedRequest> out{
        request(s("CreateTable"), createTableRequest(spec), tr("Create the table '%1'").arg(spec.tableName), true)};
    if (spec.ttlEnabled)
        out.append(timeToLive(spec.tableName, spec.ttlAttribute, true));
    return out;
}

QList<PlannedRequest> TableRequestPlanner::planChange(const TableSpec& current, const TableSpec& wanted)
{
    QList<PlannedRequest> out;
    if (current.deletionProtection != wanted.deletionProtection)
        out.append(updateTable(wanted, {{s("DeletionProtectionEnabled"), wanted.deletionProtection}},
                               wanted.deletionProtection ? tr("Protect the table against deletion")
                                                         : tr("Allow the table to be deleted")));
    QList<PlannedRequest> deletions, creations;
    planIndexes(current, wanted, &deletions, &creations);
    out += deletions;
    planBilling(current, wanted, &out);
    out += creations;
    planStream(current, wanted, &out);
    planTimeToLive(current, wanted, &out);
    planTags(current, wanted, &out);
    return out;
}

} // namespace dynoscope::ui
