// The demo database's tables and items, generated from a seed so that the
// same seed and clock always give the same items:
// - Shop: a single-table e-commerce model. Partition keys USER#, ORDER# and
//   PRODUCT#; a user's profile (PROFILE) and orders (ORDER#...) share the
//   user's partition, an order's lines (ITEM#...) share the order's. The
//   sparse GSI OrdersByStatus (OrderStatus, OrderDate) holds the orders.
// - GameScores: a game leaderboard (UserId, GameTitle) with the GSI
//   GameTitleIndex (GameTitle, TopScore as a numeric sort key).
// - SensorReadings: IoT time series (SensorId, ISO 8601 Timestamp) with a
//   TTL attribute ExpiresAt (epoch seconds): readings older than a week
//   have expired, the others expire in the days to come.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dynoscope::ui {

struct DemoTable {
    QJsonObject createTableRequest;
    QList<QJsonObject> items; // DynamoDB JSON
    QString ttlAttribute; // empty when the table has no TTL
};

class DemoDataset {
public:
    static constexpr quint32 kDefaultSeed = 20240601;

    // now: the clock the timestamps and expiry times are relative to.
    static QList<DemoTable> build(quint32 seed, const QDateTime& now);

private:
    static DemoTable shop(quint32 seed, const QDateTime& now);
    static DemoTable gameScores(quint32 seed, const QDateTime& now);
    static DemoTable sensorReadings(quint32 seed, const QDateTime& now);
};

} // namespace dynoscope::ui
