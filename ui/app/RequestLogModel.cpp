// Request log rows and what they show.
#include "app/RequestLogModel.h"

#include "connection/Connection.h"

#include <QBrush>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>

namespace dynoscope::ui {

namespace {

double capacityOf(const QJsonObject& body)
{
    const QJsonValue consumed = body.value(QStringLiteral("ConsumedCapacity"));
    if (consumed.isObject())
        return consumed.toObject().value(QStringLiteral("CapacityUnits")).toDouble(-1);
    if (consumed.isArray()) { // batch and transaction operations report per table
        double total = 0;
        for (const auto& entry : consumed.toArray())
            total += entry.toObject().value(QStringLiteral("CapacityUnits")).toDouble();
        return total;
    }
    return -1;
}

int itemCountOf(const QJsonObject& body)
{
    if (body.contains(QStringLiteral("Count")))
        return body.value(QStringLiteral("Count")).toInt();
    if (body.contains(QStringLiteral("Item")))
        return 1;
    if (body.contains(QStringLiteral("Items")))
        return int(body.value(QStringLiteral("Items")).toArray().size());
    return -1;
}

} // namespace

RequestLogModel::RequestLogModel(QObject* parent, int capacity) : QAbstractTableModel(parent), m_capacity(capacity) {}

void RequestLogModel::addReply(const Reply& reply)
{
    RequestLogRecord record;
    record.time = QDateTime::currentDateTime();
    record.source = tr("App");
    record.operation = reply.operation;
    record.tableName = reply.tableName;
    record.ok = reply.ok;
    record.status = reply.cancelled ? tr("Cancelled") : reply.ok ? tr("OK") : reply.errorType;
    record.latencyMicros = reply.latencyMicros;
    record.request = reply.request;
    record.response = reply.body;
    record.errorMessage = reply.errorMessage;
    if (reply.ok) {
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        record.capacityUnits = capacityOf(body);
        record.itemCount = itemCountOf(body);
    }
    addRecord(std::move(record));
}

void RequestLogModel::addRecord(RequestLogRecord record)
{
    if (int(m_records.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_records.pop_front();
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.push_back(std::move(record));
    endInsertRows();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int RequestLogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_records.size()); }

int RequestLogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_records.size()))
        return {};
    const RequestLogRecord& r = m_records[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return r.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case Source: return r.source;
        case Operation: return r.operation;
        case Table: return r.tableName;
        case Status: return r.status;
        case Latency:
            return r.latencyMicros >= 10000 ? tr("%1 ms").arg(r.latencyMicros / 1000)
                                            : tr("%1 ms").arg(double(r.latencyMicros) / 1000.0, 0, 'f', 2);
        case Capacity: return r.capacityUnits < 0 ? QString() : QString::number(r.capacityUnits, 'g', 6);
        case Items: return r.itemCount < 0 ? QString() : QString::number(r.itemCount);
        }
    }
    if (role == Qt::ToolTipRole && !r.ok)
        return r.errorMessage;
    if (role == Qt::ForegroundRole && index.column() == Status && !r.ok)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::TextAlignmentRole && (index.column() == Latency || index.column() == Capacity ||
                                          index.column() == Items))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Source: return tr("Source");
    case Operation: return tr("Operation");
    case Table: return tr("Table");
    case Status: return tr("Status");
    case Latency: return tr("Latency");
    case Capacity: return tr("Capacity");
    case Items: return tr("Items");
    }
    return {};
}

} // namespace dynoscope::ui
