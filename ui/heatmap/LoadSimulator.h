// Runs a synthetic workload against a table through a Connection, so that
// partitions can be watched heating, splitting and throttling.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include <random>

namespace dynoscope::ui {

class Connection;
struct Reply;

struct LoadSettings {
    enum Distribution { Uniform, Zipf, Sequential, SingleHotKey };
    QString tableName;
    double readFraction = 0.5;  // 0: writes only
    double rate = 100;          // requests per second
    int itemSizeBytes = 512;
    Distribution distribution = Uniform;
    int keySpace = 10000;       // distinct partition key values
    int durationSeconds = 60;
    qint64 maxRequests = -1;    // stop after this many, when >= 0
};

struct LoadStats {
    qint64 sent = 0, reads = 0, writes = 0, succeeded = 0, throttled = 0, failed = 0;
    double averageLatencyMs = 0; // over the replies so far
    QString lastError;
};

class LoadSimulator : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxInFlight = 64;

    explicit LoadSimulator(Connection& connection, QObject* parent = nullptr);

    // Reads the table's key schema, then sends until the duration or
    // maxRequests is reached or stop() is called.
    void start(const LoadSettings& settings);
    void stop();
    bool isRunning() const { return m_running; }
    const LoadStats& stats() const { return m_stats; }
    double progress() const; // 0..1

    // The i-th request of a run is a read when this says so: the mix is
    // exact at every prefix, not only on average.
    static bool isRead(qint64 index, double readFraction);
    // The next key index in [0, keySpace) for a distribution.
    int nextKey(LoadSettings::Distribution distribution);

signals:
    void progressed(const dynoscope::ui::LoadStats& stats);
    void finished(const dynoscope::ui::LoadStats& stats);

private:
    void tick();
    void sendOne();
    void onReply(const Reply& reply);
    void finish();
    QByteArray keyJson(int index) const;

    Connection& m_connection;
    LoadSettings m_settings;
    LoadStats m_stats;
    QString m_partitionKey, m_partitionType, m_sortKey, m_sortType;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::mt19937 m_random{20241101};
    QVector<double> m_zipfCdf;
    qint64 m_sequence = 0;
    int m_inFlight = 0;
    double m_latencySumMs = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace dynoscope::ui
