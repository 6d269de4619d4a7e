// Every API call the app makes (and, while this database is served, every
// call the endpoint answers): operation, table, status, latency, consumed
// capacity and item count. Bounded: the oldest entries make way.
#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <deque>

namespace dynoscope::ui {

struct Reply;

struct RequestLogRecord {
    QDateTime time;
    QString source; // "App" or "Endpoint"
    QString operation;
    QString tableName;
    QString status; // "OK", or the error type
    bool ok = true;
    qint64 latencyMicros = 0;
    double capacityUnits = -1; // -1: not reported
    int itemCount = -1;        // -1: not applicable
    QByteArray request;
    QByteArray response;
    QString errorMessage;
};

class RequestLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Source, Operation, Table, Status, Latency, Capacity, Items, ColumnCount };

    explicit RequestLogModel(QObject* parent = nullptr, int capacity = 10000);

    void addReply(const Reply& reply);
    void addRecord(RequestLogRecord record);
    void clear();
    const RequestLogRecord& record(int row) const { return m_records[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    std::deque<RequestLogRecord> m_records;
};

} // namespace dynoscope::ui
