// Loads a TableSnapshot through a Connection: DescribeTable, then
// ListTagsOfResource and DescribeTimeToLive side by side. Only a failed
// DescribeTable fails the load; the other two leave their part unknown.
#pragma once

#include "connection/Connection.h"
#include "tables/TableSnapshot.h"

namespace dynoscope::ui {

class TableSnapshotLoader : public QObject {
    Q_OBJECT
public:
    // REQUIRES: connection outlives the loader.
    explicit TableSnapshotLoader(Connection& connection, QObject* parent = nullptr);

    // Starts loading; a load already under way is forgotten.
    void load(const QString& tableName);
    bool isLoading() const { return m_waiting > 0; }

signals:
    void loaded(const dynoscope::ui::TableSnapshot& snapshot);
    // "ErrorType: DynamoDB's message".
    void failed(const QString& message);

private:
    void sendDetails(quint64 generation);
    void sendListTags(quint64 generation, const QString& nextToken);
    void partDone();

    Connection& m_connection;
    TableSnapshot m_snapshot;
    quint64 m_generation = 0;
    int m_waiting = 0;
};

} // namespace dynoscope::ui
