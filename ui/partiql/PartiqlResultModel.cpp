// ExecuteStatement pages as a table.
#include "partiql/PartiqlResultModel.h"

#include "connection/Connection.h"
#include "items/AttributeFormat.h"

#include <QJsonDocument>

#include <algorithm>

namespace dynoscope::ui {

PartiqlResultModel::PartiqlResultModel(Connection* connection, QObject* parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
}

void PartiqlResultModel::run(const QString& statement, const QJsonArray& parameters, int limit)
{
    cancel();
    beginResetModel();
    m_items.clear();
    m_columns.clear();
    m_nextToken.clear();
    m_pages = 0;
    m_capacity = 0;
    endResetModel();
    m_request = QJsonObject { { QStringLiteral("Statement"), statement } };
    if (!parameters.isEmpty())
        m_request.insert(QStringLiteral("Parameters"), parameters);
    if (limit > 0)
        m_request.insert(QStringLiteral("Limit"), limit);
    m_request.insert(QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL"));
    sendPage();
}

void PartiqlResultModel::cancel()
{
    ++m_generation;
    if (m_callId && m_connection)
        m_connection->cancel(m_callId);
    if (m_callId) {
        m_callId = 0;
        emit runningChanged(false);
    }
}

void PartiqlResultModel::sendPage()
{
    if (!m_connection) {
        emit failed(QString(), tr("The connection was closed."));
        return;
    }
    QJsonObject request = m_request;
    if (!m_nextToken.isEmpty())
        request.insert(QStringLiteral("NextToken"), m_nextToken);
    m_lastRequest = request;
    const quint64 generation = ++m_generation;
    m_callId = m_connection->send(QStringLiteral("ExecuteStatement"),
        QJsonDocument(request).toJson(QJsonDocument::Compact), this, [this, generation](const Reply& reply) {
            if (generation == m_generation)
                handle(reply);
        });
    emit runningChanged(true);
}

void PartiqlResultModel::handle(const Reply& reply)
{
    m_callId = 0;
    emit runningChanged(false);
    if (reply.cancelled)
        return;
    if (!reply.ok) {
        emit failed(reply.errorType, reply.errorMessage);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    ++m_pages;
    m_capacity
        += body.value(QStringLiteral("ConsumedCapacity")).toObject().value(QStringLiteral("CapacityUnits")).toDouble();
    m_nextToken = body.value(QStringLiteral("NextToken")).toString();
    const QJsonArray items = body.value(QStringLiteral("Items")).toArray();
    QStringList added;
    for (const QJsonValue& value : items)
        for (const QString& name : value.toObject().keys())
            if (!m_columns.contains(name) && !added.contains(name))
                added.append(name);
    std::stable_sort(added.begin(), added.end(), [this](const QString& a, const QString& b) {
        const qsizetype ia = m_leading.indexOf(a);
        const qsizetype ib = m_leading.indexOf(b);
        return (ia < 0 ? m_leading.size() : ia) < (ib < 0 ? m_leading.size() : ib);
    });
    if (!added.isEmpty()) {
        beginInsertColumns({}, int(m_columns.size()), int(m_columns.size() + added.size()) - 1);
        m_columns += added;
        endInsertColumns();
    }
    if (!items.isEmpty()) {
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(items.size()) - 1);
        for (const QJsonValue& value : items)
            m_items.push_back(value.toObject());
        endInsertRows();
    }
    emit pageLoaded(int(items.size()));
}

QJsonObject PartiqlResultModel::item(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? m_items[size_t(row)] : QJsonObject();
}

int PartiqlResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PartiqlResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PartiqlResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonValue value = m_items[size_t(index.row())].value(m_columns.at(index.column()));
    if (value.isUndefined())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return AttributeFormat::display(value);
    case Qt::ToolTipRole:
        return AttributeFormat::tooltip(value);
    case Qt::TextAlignmentRole:
        return AttributeFormat::type(value) == QLatin1String("N") ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant();
    default:
        return {};
    }
}

QVariant PartiqlResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_columns.size() ? m_columns.at(section) : QVariant();
}

bool PartiqlResultModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && hasMore() && !isRunning();
}

void PartiqlResultModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        sendPage();
}

} // namespace dynoscope::ui
