// Scan-and-delete of a whole table.
#include "tables/TablePurger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace dynoscope::ui {

namespace {

QByteArray compact(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

QString describeError(const Reply& reply)
{
    return reply.errorType.isEmpty() ? reply.errorMessage
                                     : QStringLiteral("%1: %2").arg(reply.errorType, reply.errorMessage);
}

// Errors an SDK retries with backoff.
bool isRetryable(const Reply& reply)
{
    static const QStringList retryable{QStringLiteral("ProvisionedThroughputExceededException"),
                                       QStringLiteral("ThrottlingException"),
                                       QStringLiteral("RequestLimitExceeded"),
                                       QStringLiteral("InternalServerError")};
    return retryable.contains(reply.errorType);
}

constexpr int maxAttempts = 10;

} // namespace

TablePurger::TablePurger(Connection& connection, QString tableName, QObject* parent)
    : QObject(parent), m_connection(connection), m_tableName(std::move(tableName))
{
}

void TablePurger::start()
{
    m_running = true;
    m_scanning = true;
    m_connection.send(QStringLiteral("DescribeTable"), compact({{QStringLiteral("TableName"), m_tableName}}), this,
                      [this](const Reply& reply) {
                          m_scanning = false;
                          if (m_stopping) {
                              settleIfIdle();
                              return;
                          }
                          if (!reply.ok) {
                              fail(reply);
                              return;
                          }
                          const auto table =
                              QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Table")).toObject();
                          for (const auto& key : table.value(QStringLiteral("KeySchema")).toArray())
                              m_keyNames.append(key.toObject().value(QStringLiteral("AttributeName")).toString());
                          m_expected = table.value(QStringLiteral("ItemCount")).toInteger();
                          reportProgress();
                          scanNext();
                      });
}

void TablePurger::cancel()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    m_cancelled = true;
    m_keys.clear();
    settleIfIdle();
}

void TablePurger::scanNext()
{
    if (m_stopping) {
        settleIfIdle();
        return;
    }
    // Only the key attributes: names go through placeholders, as key names
    // may be reserved words.
    QStringList projection;
    QJsonObject names;
    for (int i = 0; i < m_keyNames.size(); ++i) {
        const QString placeholder = QStringLiteral("#k%1").arg(i);
        projection.append(placeholder);
        names.insert(placeholder, m_keyNames[i]);
    }
    QJsonObject request{{QStringLiteral("TableName"), m_tableName},
                        {QStringLiteral("ProjectionExpression"), projection.join(QStringLiteral(", "))},
                        {QStringLiteral("ExpressionAttributeNames"), names}};
    if (!m_lastEvaluatedKey.isEmpty())
        request.insert(QStringLiteral("ExclusiveStartKey"), m_lastEvaluatedKey);
    m_scanning = true;
    m_connection.send(QStringLiteral("Scan"), compact(request), this, [this](const Reply& reply) {
        m_scanning = false;
        if (m_stopping) {
            settleIfIdle();
            return;
        }
        if (!reply.ok) {
            if (isRetryable(reply))
                QTimer::singleShot(200, this, &TablePurger::scanNext);
            else
                fail(reply);
            return;
        }
        const auto response = QJsonDocument::fromJson(reply.body).object();
        for (const auto& item : response.value(QStringLiteral("Items")).toArray())
            m_keys.enqueue(item.toObject());
        m_lastEvaluatedKey = response.value(QStringLiteral("LastEvaluatedKey")).toObject();
        m_scanDone = m_lastEvaluatedKey.isEmpty();
        reportProgress();
        pump();
    });
}

void TablePurger::pump()
{
    while (!m_stopping && m_inFlight < m_maxInFlight && !m_keys.isEmpty()) {
        ++m_inFlight;
        sendDelete(m_keys.dequeue(), 1);
    }
    if (m_stopping || m_inFlight > 0 || !m_keys.isEmpty() || m_scanning)
        return;
    if (!m_scanDone) {
        scanNext();
        return;
    }
    m_running = false;
    emit finished(m_deleted);
}

void TablePurger::sendDelete(const QJsonObject& key, int attempt)
{
    const QJsonObject request{{QStringLiteral("TableName"), m_tableName}, {QStringLiteral("Key"), key}};
    m_connection.send(QStringLiteral("DeleteItem"), compact(request), this, [this, key, attempt](const Reply& reply) {
        if (!reply.ok && !m_stopping && isRetryable(reply) && attempt < maxAttempts) {
            // Exponential backoff from 50 ms, capped at about 6 s.
            QTimer::singleShot(50 << qMin(attempt - 1, 7), this, [this, key, attempt] {
                if (m_stopping) {
                    --m_inFlight;
                    settleIfIdle();
                } else {
                    sendDelete(key, attempt + 1);
                }
            });
            return;
        }
        --m_inFlight;
        // A delete that succeeded counts even when it returns after a cancel.
        if (reply.ok) {
            ++m_deleted;
            reportProgress();
        }
        if (m_stopping) {
            settleIfIdle();
            return;
        }
        if (!reply.ok) {
            fail(reply);
            return;
        }
        pump();
    });
}

void TablePurger::fail(const Reply& reply)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_running = false;
    m_keys.clear();
    emit failed(describeError(reply), m_deleted);
}

void TablePurger::settleIfIdle()
{
    if (!m_cancelled || !m_running || m_inFlight > 0 || m_scanning)
        return;
    m_running = false;
    emit cancelled(m_deleted);
}

void TablePurger::reportProgress()
{
    m_expected = qMax(m_expected, m_deleted + m_inFlight + qint64(m_keys.size()));
    emit progress(m_deleted, m_expected);
}

} // namespace dynoscope::ui
