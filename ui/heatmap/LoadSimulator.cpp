// The workload pacing: a timer tops the sent count up to rate x elapsed,
// with a bound on requests in flight so a slow endpoint is not flooded.
#include "heatmap/LoadSimulator.h"

#include "connection/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace dynoscope::ui {

LoadSimulator::LoadSimulator(Connection& connection, QObject* parent) : QObject(parent), m_connection(connection)
{
    m_timer.setInterval(20);
    connect(&m_timer, &QTimer::timeout, this, &LoadSimulator::tick);
}

bool LoadSimulator::isRead(qint64 index, double readFraction)
{
    return std::floor(double(index + 1) * readFraction) > std::floor(double(index) * readFraction);
}

int LoadSimulator::nextKey(LoadSettings::Distribution distribution)
{
    const int space = std::max(1, m_settings.keySpace);
    switch (distribution) {
    case LoadSettings::Uniform:
        return std::uniform_int_distribution<int>(0, space - 1)(m_random);
    case LoadSettings::Zipf: {
        if (m_zipfCdf.size() != space) {
            // s = 1.1: a handful of keys take most requests, as in real skew.
            m_zipfCdf.resize(space);
            double sum = 0;
            for (int i = 0; i < space; ++i)
                m_zipfCdf[i] = sum += 1.0 / std::pow(i + 1, 1.1);
            for (auto& c : m_zipfCdf)
                c /= sum;
        }
        const double u = std::uniform_real_distribution<double>(0, 1)(m_random);
        return int(std::min<qsizetype>(std::lower_bound(m_zipfCdf.begin(), m_zipfCdf.end(), u) - m_zipfCdf.begin(),
                                       space - 1));
    }
    case LoadSettings::Sequential:
        return int(m_sequence++ % space);
    case LoadSettings::SingleHotKey:
        return 0;
    }
    return 0;
}

void LoadSimulator::start(const LoadSettings& settings)
{
    stop();
    m_settings = settings;
    m_stats = {};
    m_sequence = 0;
    m_latencySumMs = 0;
    m_running = true;
    const quint64 generation = ++m_generation;
    const QByteArray request = QJsonDocument(QJsonObject{{QStringLiteral("TableName"), settings.tableName}})
                                   .toJson(QJsonDocument::Compact);
    m_connection.send(QStringLiteral("DescribeTable"), request, this, [this, generation](const Reply& reply) {
        if (generation != m_generation || !m_running)
            return;
        if (!reply.ok) {
            m_stats.lastError = reply.errorMessage;
            finish();
            return;
        }
        const QJsonObject table = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Table")).toObject();
        QHash<QString, QString> types;
        for (const auto& d : table.value(QStringLiteral("AttributeDefinitions")).toArray())
            types[d[QStringLiteral("AttributeName")].toString()] = d[QStringLiteral("AttributeType")].toString();
        for (const auto& k : table.value(QStringLiteral("KeySchema")).toArray()) {
            const QString name = k[QStringLiteral("AttributeName")].toString();
            if (k[QStringLiteral("KeyType")].toString() == QLatin1String("HASH")) {
                m_partitionKey = name;
                m_partitionType = types.value(name);
            } else {
                m_sortKey = name;
                m_sortType = types.value(name);
            }
        }
        m_clock.start();
        m_timer.start();
        tick();
    });
}

void LoadSimulator::stop()
{
    if (m_running)
        finish();
}

double LoadSimulator::progress() const
{
    if (m_settings.maxRequests >= 0)
        return m_settings.maxRequests ? double(m_stats.sent) / double(m_settings.maxRequests) : 1.0;
    return m_clock.isValid() ? std::min(1.0, m_clock.elapsed() / 1000.0 / std::max(1, m_settings.durationSeconds))
                             : 0.0;
}

void LoadSimulator::tick()
{
    if (!m_running)
        return;
    const double elapsed = m_clock.elapsed() / 1000.0;
    const bool timeUp = m_settings.maxRequests < 0 && elapsed >= m_settings.durationSeconds;
    const bool countUp = m_settings.maxRequests >= 0 && m_stats.sent >= m_settings.maxRequests;
    if (timeUp || countUp) {
        if (m_inFlight == 0)
            finish();
        return;
    }
    const qint64 due = qint64(elapsed * m_settings.rate) + 1;
    while (m_stats.sent < due && m_inFlight < kMaxInFlight &&
           (m_settings.maxRequests < 0 || m_stats.sent < m_settings.maxRequests))
        sendOne();
    emit progressed(m_stats);
}

QByteArray LoadSimulator::keyJson(int index) const
{
    const auto typed = [](const QString& type, const QString& text) {
        if (type == QLatin1String("N"))
            return QJsonObject{{QStringLiteral("N"), text}};
        if (type == QLatin1String("B"))
            return QJsonObject{{QStringLiteral("B"), QString::fromLatin1(text.toUtf8().toBase64())}};
        return QJsonObject{{QStringLiteral("S"), text}};
    };
    QJsonObject key{{m_partitionKey, typed(m_partitionType, m_partitionType == QLatin1String("N")
                                                                 ? QString::number(index)
                                                                 : QStringLiteral("load-%1").arg(index, 6, 10, QLatin1Char('0')))}};
    if (!m_sortKey.isEmpty())
        key[m_sortKey] = typed(m_sortType, QStringLiteral("0"));
    return QJsonDocument(key).toJson(QJsonDocument::Compact);
}

void LoadSimulator::sendOne()
{
    const qint64 index = m_stats.sent++;
    const bool read = isRead(index, m_settings.readFraction);
    QJsonObject key = QJsonDocument::fromJson(keyJson(nextKey(m_settings.distribution))).object();
    QJsonObject request{{QStringLiteral("TableName"), m_settings.tableName}};
    QString operation;
    if (read) {
        ++m_stats.reads;
        operation = QStringLiteral("GetItem");
        request[QStringLiteral("Key")] = key;
    } else {
        ++m_stats.writes;
        operation = QStringLiteral("PutItem");
        key[QStringLiteral("payload")] =
            QJsonObject{{QStringLiteral("S"), QString(std::max(1, m_settings.itemSizeBytes - 40), QLatin1Char('x'))}};
        request[QStringLiteral("Item")] = key;
    }
    ++m_inFlight;
    const quint64 generation = m_generation;
    m_connection.send(operation, QJsonDocument(request).toJson(QJsonDocument::Compact), this,
                      [this, generation](const Reply& reply) {
                          if (generation == m_generation)
                              onReply(reply);
                      });
}

void LoadSimulator::onReply(const Reply& reply)
{
    --m_inFlight;
    m_latencySumMs += reply.latencyMicros / 1000.0;
    if (reply.ok) {
        ++m_stats.succeeded;
    } else if (reply.errorType == QLatin1String("ProvisionedThroughputExceededException") ||
               reply.errorType == QLatin1String("ThrottlingException")) {
        ++m_stats.throttled;
    } else {
        ++m_stats.failed;
        m_stats.lastError = reply.errorMessage;
    }
    const qint64 answered = m_stats.succeeded + m_stats.throttled + m_stats.failed;
    m_stats.averageLatencyMs = m_latencySumMs / double(answered);
    if (m_running && m_settings.maxRequests >= 0 && answered >= m_settings.maxRequests)
        finish();
}

void LoadSimulator::finish()
{
    m_timer.stop();
    m_running = false;
    ++m_generation;
    m_inFlight = 0;
    emit progressed(m_stats);
    emit finished(m_stats);
}

} // namespace dynoscope::ui
