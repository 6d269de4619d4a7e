// The three calls behind a TableSnapshot.
#include "tables/TableSnapshotLoader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dynoscope::ui {

namespace {

QByteArray json(const QString& member, const QString& value)
{
    return QJsonDocument(QJsonObject{{member, value}}).toJson(QJsonDocument::Compact);
}

QString describeError(const Reply& reply)
{
    if (reply.errorType.isEmpty() || reply.errorMessage.isEmpty())
        return reply.errorType.isEmpty() ? reply.errorMessage : reply.errorType;
    return QStringLiteral("%1: %2").arg(reply.errorType, reply.errorMessage);
}

} // namespace

TableSnapshotLoader::TableSnapshotLoader(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection)
{
}

void TableSnapshotLoader::load(const QString& tableName)
{
    // Replies of an earlier load carry an older generation and are dropped.
    const quint64 generation = ++m_generation;
    m_snapshot = TableSnapshot();
    m_waiting = 1;
    m_connection.send(QStringLiteral("DescribeTable"), json(QStringLiteral("TableName"), tableName), this,
                      [this, generation](const Reply& reply) {
                          if (generation != m_generation)
                              return;
                          if (!reply.ok) {
                              m_waiting = 0;
                              emit failed(describeError(reply));
                              return;
                          }
                          m_snapshot.setDescribeTableResponse(reply.body);
                          sendDetails(generation);
                      });
}

void TableSnapshotLoader::sendDetails(quint64 generation)
{
    m_waiting = 2;
    sendListTags(generation, {});
    m_connection.send(QStringLiteral("DescribeTimeToLive"), json(QStringLiteral("TableName"), m_snapshot.tableName()),
                      this, [this, generation](const Reply& reply) {
                          if (generation != m_generation)
                              return;
                          if (reply.ok)
                              m_snapshot.setDescribeTimeToLiveResponse(reply.body);
                          else
                              m_snapshot.ttlError = describeError(reply);
                          partDone();
                      });
}

void TableSnapshotLoader::sendListTags(quint64 generation, const QString& nextToken)
{
    QJsonObject request{{QStringLiteral("ResourceArn"), m_snapshot.table.value(QStringLiteral("TableArn"))}};
    if (!nextToken.isEmpty())
        request.insert(QStringLiteral("NextToken"), nextToken);
    m_connection.send(QStringLiteral("ListTagsOfResource"), QJsonDocument(request).toJson(QJsonDocument::Compact),
                      this, [this, generation](const Reply& reply) {
                          if (generation != m_generation)
                              return;
                          if (!reply.ok) {
                              m_snapshot.tagsKnown = false;
                              m_snapshot.tags.clear();
                              m_snapshot.tagsError = describeError(reply);
                          } else if (const QString next = m_snapshot.addListTagsResponse(reply.body); !next.isEmpty()) {
                              sendListTags(generation, next);
                              return;
                          }
                          partDone();
                      });
}

void TableSnapshotLoader::partDone()
{
    if (--m_waiting == 0)
        emit loaded(m_snapshot);
}

} // namespace dynoscope::ui
