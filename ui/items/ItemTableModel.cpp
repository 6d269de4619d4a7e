// Paging, the page cache and scalar edits of the item grid.
#include "items/ItemTableModel.h"

#include "connection/Connection.h"
#include "items/AttributeFormat.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>
#include <QGuiApplication>

#include <algorithm>

namespace dynoscope::ui {

namespace {

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// Pages are read until this many rows arrived: a filter that matches little
// must not leave the grid waiting for a scroll that cannot happen.
constexpr int kMinRowsPerFetch = 50;

} // namespace

ItemTableModel::ItemTableModel(Connection* connection, QObject* parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
}

ItemTableModel::~ItemTableModel() = default;

void ItemTableModel::setSource(const QString& operation, const QJsonObject& request, const QStringList& tableKeys,
                               const QStringList& displayKeys)
{
    m_operation = operation;
    m_request = request;
    m_tableKeys = tableKeys;
    const int segments = request.value(QStringLiteral("TotalSegments")).toInt();
    m_totalSegments = operation == QLatin1String("Scan") && segments > 1 && !request.contains(QStringLiteral("Segment"))
                          ? segments
                          : 0;
    beginResetModel();
    m_columns = displayKeys;
    for (const QString& key : tableKeys)
        if (!m_columns.contains(key))
            m_columns << key;
    m_pages.clear();
    m_rowCount = 0;
    m_done = true;
    endResetModel();
    reload();
}

void ItemTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    if (m_fetching && m_connection)
        m_connection->cancel(m_fetchId);
    m_pages.clear();
    m_rowCount = 0;
    m_nextStart = {};
    m_segment = m_totalSegments > 1 ? 0 : -1;
    m_done = m_operation.isEmpty();
    m_fetching = false;
    m_stopped = false;
    m_reachedMax = false;
    m_pagesRead = 0;
    m_returned = 0;
    m_scanned = 0;
    m_capacity = 0;
    endResetModel();
    if (!m_done)
        fetchMore({});
}

int ItemTableModel::cachedPages() const
{
    return int(std::count_if(m_pages.begin(), m_pages.end(), [](const Page& p) { return p.rows != nullptr; }));
}

QJsonObject ItemTableModel::pageRequest(const QJsonObject& startKey, int segment) const
{
    QJsonObject request = m_request;
    if (m_pageSize > 0)
        request.insert(QStringLiteral("Limit"), m_pageSize);
    else
        request.remove(QStringLiteral("Limit"));
    if (segment >= 0)
        request.insert(QStringLiteral("Segment"), segment);
    request.insert(QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL"));
    if (!startKey.isEmpty())
        request.insert(QStringLiteral("ExclusiveStartKey"), startKey);
    return request;
}

bool ItemTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_done && !m_fetching && m_connection;
}

void ItemTableModel::setFetching(bool fetching)
{
    if (fetching == m_fetching)
        return;
    m_fetching = fetching;
    emit loadingChanged(fetching);
}

void ItemTableModel::stop()
{
    if (m_done)
        return;
    ++m_fetchToken;
    if (m_fetching && m_connection)
        m_connection->cancel(m_fetchId);
    m_done = true;
    m_stopped = true;
    setFetching(false);
}

void ItemTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    setFetching(true);
    const quint64 generation = m_generation;
    const quint64 token = ++m_fetchToken;
    const QJsonObject start = m_nextStart;
    const int segment = m_segment;
    m_fetchId = m_connection->send(m_operation, compact(pageRequest(start, segment)), this,
                                   [this, generation, token, start, segment](const Reply& reply) {
        if (generation != m_generation || token != m_fetchToken)
            return; // a reload or stop() superseded this page
        if (!reply.ok) {
            m_done = true;
            setFetching(false);
            emit loadFailed(reply.errorType, reply.errorMessage);
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        std::vector<QJsonObject> items;
        const QJsonArray array = body.value(QStringLiteral("Items")).toArray();
        items.reserve(size_t(array.size()));
        for (const auto& value : array)
            items.push_back(value.toObject());
        ++m_pagesRead;
        m_returned += body.value(QStringLiteral("Count")).toInteger();
        m_scanned += body.value(QStringLiteral("ScannedCount")).toInteger();
        m_capacity += body.value(QStringLiteral("ConsumedCapacity")).toObject().value(QStringLiteral("CapacityUnits")).toDouble();
        m_nextStart = body.value(QStringLiteral("LastEvaluatedKey")).toObject();
        m_done = m_nextStart.isEmpty();
        if (m_done && segment >= 0 && segment + 1 < m_totalSegments) {
            m_segment = segment + 1; // the next segment, from its start
            m_done = false;
        }
        if (m_maxItems > 0 && m_rowCount + qsizetype(items.size()) >= m_maxItems) {
            m_reachedMax = !m_done || m_rowCount + qsizetype(items.size()) > m_maxItems;
            items.resize(size_t(m_maxItems - m_rowCount));
            m_done = true;
        }
        const int added = int(items.size());
        m_fetching = false; // a view may ask for the next page as the rows arrive
        addPage(start, segment, std::move(items));
        if (!m_done && added < kMinRowsPerFetch)
            fetchMore({}); // before pageLoaded, so that listeners see it loading
        if (!m_fetching)
            emit loadingChanged(false);
        emit pageLoaded(added);
    });
}

void ItemTableModel::addColumns(const std::vector<QJsonObject>& items)
{
    QStringList added;
    for (const QJsonObject& item : items)
        for (auto it = item.begin(); it != item.end(); ++it)
            if (!m_columns.contains(it.key()) && !added.contains(it.key()))
                added << it.key();
    if (added.isEmpty())
        return;
    beginInsertColumns({}, int(m_columns.size()), int(m_columns.size() + added.size()) - 1);
    m_columns += added;
    endInsertColumns();
}

void ItemTableModel::addPage(const QJsonObject& startKey, int segment, std::vector<QJsonObject> items)
{
    addColumns(items);
    Page page;
    page.firstRow = m_rowCount;
    page.rowCount = int(items.size());
    page.startKey = startKey;
    page.segment = segment;
    page.lastUse = ++m_clock;
    page.rows = std::make_shared<std::vector<QJsonObject>>(std::move(items));
    if (page.rowCount > 0) {
        beginInsertRows({}, m_rowCount, m_rowCount + page.rowCount - 1);
        m_rowCount += page.rowCount;
        m_pages.push_back(std::move(page));
        endInsertRows();
    }
    evict();
}

void ItemTableModel::evict()
{
    while (cachedPages() > m_maxCachedPages) {
        Page* oldest = nullptr;
        for (Page& page : m_pages)
            if (page.rows && (!oldest || page.lastUse < oldest->lastUse))
                oldest = &page;
        oldest->rows.reset();
    }
}

const ItemTableModel::Page* ItemTableModel::pageOf(int row) const
{
    auto it = std::upper_bound(m_pages.begin(), m_pages.end(), row,
                               [](int r, const Page& page) { return r < page.firstRow; });
    if (it == m_pages.begin())
        return nullptr;
    --it;
    return row < it->firstRow + it->rowCount ? &*it : nullptr;
}

void ItemTableModel::requestPage(int pageIndex) const
{
    const Page& page = m_pages[size_t(pageIndex)];
    if (page.reloading || !m_connection)
        return;
    page.reloading = true;
    auto* self = const_cast<ItemTableModel*>(this);
    const quint64 generation = m_generation;
    m_connection->send(m_operation, compact(pageRequest(page.startKey, page.segment)), self,
                       [self, generation, pageIndex](const Reply& reply) {
                           if (generation != self->m_generation)
                               return;
                           Page& page = self->m_pages[size_t(pageIndex)];
                           page.reloading = false;
                           if (!reply.ok) {
                               emit self->loadFailed(reply.errorType, reply.errorMessage);
                               return;
                           }
                           auto rows = std::make_shared<std::vector<QJsonObject>>();
                           const QJsonArray array =
                               QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Items")).toArray();
                           for (const auto& value : array)
                               rows->push_back(value.toObject());
                           // The table may have changed since: keep the row count the view knows.
                           rows->resize(size_t(page.rowCount));
                           self->addColumns(*rows);
                           page.rows = std::move(rows);
                           page.lastUse = ++self->m_clock;
                           self->evict();
                           emit self->dataChanged(self->index(page.firstRow, 0),
                                                  self->index(page.firstRow + page.rowCount - 1,
                                                              int(self->m_columns.size()) - 1));
                       });
}

QJsonObject ItemTableModel::item(int row) const
{
    const Page* page = pageOf(row);
    if (!page || !page->rows)
        return {};
    return (*page->rows)[size_t(row - page->firstRow)];
}

QJsonObject ItemTableModel::key(int row) const
{
    const QJsonObject whole = item(row);
    QJsonObject key;
    for (const QString& name : m_tableKeys) {
        // A projection that leaves out a key attribute leaves no key to
        // read, edit or delete the item by.
        if (!whole.contains(name))
            return {};
        key.insert(name, whole.value(name));
    }
    return key;
}

void ItemTableModel::replaceItem(int row, const QJsonObject& item)
{
    const Page* page = pageOf(row);
    if (!page || !page->rows)
        return;
    (*page->rows)[size_t(row - page->firstRow)] = item;
    addColumns({item});
    emit dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
}

void ItemTableModel::removeItemRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows) {
        auto it = std::find_if(m_pages.begin(), m_pages.end(), [row](const Page& page) {
            return row >= page.firstRow && row < page.firstRow + page.rowCount;
        });
        if (it == m_pages.end())
            continue;
        beginRemoveRows({}, row, row);
        if (it->rows)
            it->rows->erase(it->rows->begin() + (row - it->firstRow));
        --it->rowCount;
        for (auto later = it + 1; later != m_pages.end(); ++later)
            --later->firstRow;
        --m_rowCount;
        endRemoveRows();
    }
}

void ItemTableModel::setTimeToLiveAttribute(const QString& attribute)
{
    if (attribute == m_ttlAttribute)
        return;
    m_ttlAttribute = attribute;
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, int(m_columns.size()) - 1));
}

bool ItemTableModel::isExpired(int row) const
{
    if (m_ttlAttribute.isEmpty())
        return false;
    const QJsonObject ttl = item(row).value(m_ttlAttribute).toObject();
    bool ok = false;
    const double expiresAt = ttl.value(QStringLiteral("N")).toString().toDouble(&ok);
    return ok && expiresAt < double(QDateTime::currentSecsSinceEpoch());
}

int ItemTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rowCount; }

int ItemTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }

QVariant ItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= m_columns.size())
        return {};
    const Page* page = pageOf(index.row());
    if (!page)
        return {};
    if (role == LoadedRole)
        return page->rows != nullptr;
    if (!page->rows) {
        if (role == Qt::DisplayRole) {
            requestPage(int(page - m_pages.data()));
            return QStringLiteral("…");
        }
        return {};
    }
    page->lastUse = ++m_clock;
    const QJsonObject& item = (*page->rows)[size_t(index.row() - page->firstRow)];
    const QJsonValue value = item.value(m_columns[index.column()]);
    switch (role) {
    case Qt::DisplayRole:
        return AttributeFormat::display(value);
    case Qt::EditRole:
        return value.toObject().begin().value().toVariant();
    case Qt::ToolTipRole:
        return isExpired(index.row()) ? tr("Expired: its %1 has passed; DynamoDB deletes it soon.\n")
                                            .arg(m_ttlAttribute) +
                                            AttributeFormat::tooltip(value)
                                      : AttributeFormat::tooltip(value);
    case TypeRole:
        return AttributeFormat::type(value);
    case ExpiredRole:
        return isExpired(index.row());
    case Qt::FontRole: {
        if (!isExpired(index.row()))
            return {};
        QFont font;
        font.setItalic(true);
        font.setStrikeOut(true);
        return font;
    }
    case AttributeRole:
        return value;
    case Qt::ForegroundRole: {
        const QString type = AttributeFormat::type(value);
        if (type == QLatin1String("NULL") || type == QLatin1String("M") || type == QLatin1String("L") ||
            (type.endsWith(QLatin1Char('S')) && type.size() == 2))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    case Qt::TextAlignmentRole:
        return AttributeFormat::type(value) == QLatin1String("N") ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    const QString& name = m_columns[section];
    if (role == Qt::DisplayRole)
        return name;
    if (role == Qt::FontRole && m_tableKeys.contains(name)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && m_tableKeys.contains(name))
        return m_tableKeys.indexOf(name) == 0 ? tr("%1: partition key").arg(name) : tr("%1: sort key").arg(name);
    return {};
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_tableKeys.contains(m_columns.value(index.column())))
        return f;
    const QJsonValue value = data(index, AttributeRole).toJsonValue();
    // Scalars edit in place; absent attributes can be set as strings. A
    // query's projection may leave out the key: such rows cannot be written.
    if (data(index, LoadedRole).toBool() && (value.isUndefined() || AttributeFormat::isScalar(value)) &&
        key(index.row()).size() == m_tableKeys.size())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ItemTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable) || !m_connection)
        return false;
    const int row = index.row();
    const QString attribute = m_columns[index.column()];
    const QJsonValue old = data(index, AttributeRole).toJsonValue();
    const QString type = old.isUndefined() ? QStringLiteral("S") : AttributeFormat::type(old);
    QJsonValue typed;
    if (type == QLatin1String("BOOL")) {
        typed = value.toBool();
    } else {
        typed = value.toString();
        if ((type == QLatin1String("N") && !AttributeFormat::isNumberText(typed.toString())) ||
            (type == QLatin1String("B") && !AttributeFormat::isBase64Text(typed.toString()))) {
            emit editFailed(row, attribute,
                            type == QLatin1String("N") ? tr("\"%1\" is not a number.").arg(typed.toString())
                                                       : tr("\"%1\" is not base64.").arg(typed.toString()));
            return false;
        }
    }
    const QJsonObject newValue{{type, typed}};
    if (newValue == old.toObject())
        return false;

    QJsonObject request{{QStringLiteral("TableName"), m_request.value(QStringLiteral("TableName"))},
                        {QStringLiteral("Key"), key(row)},
                        {QStringLiteral("UpdateExpression"), QStringLiteral("SET #a = :new")},
                        {QStringLiteral("ExpressionAttributeNames"), QJsonObject{{QStringLiteral("#a"), attribute}}},
                        {QStringLiteral("ReturnValues"), QStringLiteral("ALL_NEW")}};
    QJsonObject values{{QStringLiteral(":new"), newValue}};
    if (old.isUndefined()) {
        request.insert(QStringLiteral("ConditionExpression"), QStringLiteral("attribute_not_exists(#a)"));
    } else {
        request.insert(QStringLiteral("ConditionExpression"), QStringLiteral("#a = :old"));
        values.insert(QStringLiteral(":old"), old);
    }
    request.insert(QStringLiteral("ExpressionAttributeValues"), values);
    const quint64 generation = m_generation;
    const QJsonObject itemKey = key(row);
    m_connection->send(QStringLiteral("UpdateItem"), compact(request), this,
                       [this, generation, row, attribute, itemKey](const Reply& reply) {
                           if (generation != m_generation)
                               return;
                           if (!reply.ok) {
                               emit editFailed(row, attribute,
                                               reply.errorType == QLatin1String("ConditionalCheckFailedException")
                                                   ? tr("The item changed since it was loaded; it was not "
                                                        "overwritten. Refresh to see its current value.")
                                                   : reply.errorMessage);
                               return;
                           }
                           if (key(row) == itemKey)
                               replaceItem(row, QJsonDocument::fromJson(reply.body)
                                                    .object()
                                                    .value(QStringLiteral("Attributes"))
                                                    .toObject());
                           emit editSucceeded(row, attribute);
                       });
    return true;
}

} // namespace dynoscope::ui
