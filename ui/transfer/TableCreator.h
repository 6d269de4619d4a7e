// Creates a table through a Connection and waits until it and its global
// indexes are ACTIVE (DynamoDB creates tables asynchronously: CREATING
// first), polling DescribeTable.
#pragma once

#include "connection/Connection.h"

#include <QJsonObject>

namespace dynoscope::ui {

class TableCreator : public QObject {
    Q_OBJECT
public:
    // REQUIRES: connection outlives the creator.
    TableCreator(Connection& connection, QJsonObject createTableRequest, QObject* parent = nullptr);

    void start();
    // Stops waiting (the table, once asked for, is created anyway).
    void cancel() { m_cancelled = true; }

signals:
    // table: DescribeTable's "Table" once ACTIVE.
    void ready(const QJsonObject& table);
    // "ErrorType: message".
    void failed(const QString& message);

private:
    void poll();

    Connection& m_connection;
    QJsonObject m_request;
    int m_polls = 0;
    bool m_cancelled = false;
};

} // namespace dynoscope::ui
