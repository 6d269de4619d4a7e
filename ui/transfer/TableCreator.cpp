// CreateTable, then DescribeTable until ACTIVE.
#include "transfer/TableCreator.h"

#include "transfer/TableSchema.h"
#include "transfer/TransferRetry.h"

#include <QJsonDocument>
#include <QTimer>

namespace dynoscope::ui {

TableCreator::TableCreator(Connection& connection, QJsonObject createTableRequest, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(std::move(createTableRequest))
{
}

void TableCreator::start()
{
    m_connection.send(QStringLiteral("CreateTable"), QJsonDocument(m_request).toJson(QJsonDocument::Compact), this,
        [this](const Reply& reply) {
            if (m_cancelled)
                return;
            if (!reply.ok) {
                emit failed(TransferRetry::describe(reply));
                return;
            }
            const QJsonObject table
                = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("TableDescription")).toObject();
            if (TableSchema::isActive(table))
                emit ready(table);
            else
                poll();
        });
}

void TableCreator::poll()
{
    // Quick polls first (local endpoints are fast), then every two seconds.
    QTimer::singleShot(m_polls++ < 10 ? 200 : 2000, this, [this] {
        if (m_cancelled)
            return;
        const QJsonObject request { { QStringLiteral("TableName"), m_request.value(QStringLiteral("TableName")) } };
        m_connection.send(QStringLiteral("DescribeTable"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
            [this](const Reply& reply) {
                if (m_cancelled)
                    return;
                if (!reply.ok && !TransferRetry::isRetryable(reply)
                    && reply.errorType != QLatin1String("ResourceNotFoundException")) {
                    emit failed(TransferRetry::describe(reply));
                    return;
                }
                const QJsonObject table
                    = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Table")).toObject();
                if (reply.ok && TableSchema::isActive(table))
                    emit ready(table);
                else
                    poll();
            });
    });
}

} // namespace dynoscope::ui
