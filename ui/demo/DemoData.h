// Fills a database with the demo tables (see DemoDataset) through a
// Connection, asynchronously: creates the three tables, waits for them,
// asks for TTL on the sensor readings (an endpoint without
// UpdateTimeToLive simply keeps the attribute) and writes the items,
// reporting progress. `dynoscope --demo` runs it on a new scratch database.
#pragma once

#include "connection/Connection.h"

#include <QDateTime>
#include <QList>

namespace dynoscope::ui {

class BatchWriter;
class MainWindow;

class DemoData : public QObject {
    Q_OBJECT
public:
    // REQUIRES: connection outlives the filler; the demo tables do not
    // exist on it.
    explicit DemoData(Connection& connection, QObject* parent = nullptr);

    // Defaults: DemoDataset::kDefaultSeed and the current time. Set before start().
    void setSeed(quint32 seed) { m_seed = seed; }
    void setNow(const QDateTime& now) { m_now = now; }

    // Starts; call once.
    void start();

    // `dynoscope --demo`: opens a new scratch database in window and fills
    // it, showing progress in the status bar and refreshing the sidebar
    // once the tables exist and again at the end. Returns null when no
    // scratch database could be opened.
    static DemoData* fillNewScratch(MainWindow& window);

    qint64 totalItems() const { return m_total; }
    qint64 writtenItems() const;

signals:
    // The tables exist (the items are still being written).
    void tablesCreated();
    void progress(qint64 written, qint64 total);
    void finished();
    void failed(const QString& message);

private:
    void onTableReady();
    void enableTtl(const QString& tableName, const QString& attribute);
    void onWriterIdle();
    void fail(const QString& message);

    Connection& m_connection;
    quint32 m_seed;
    QDateTime m_now;
    int m_tablesPending = 0;
    QList<BatchWriter*> m_writers;
    qint64 m_total = 0;
    bool m_done = false;
};

} // namespace dynoscope::ui
