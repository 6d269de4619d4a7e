// Sidebar tree nodes and their lazy loading.
#include "app/ConnectionTreeModel.h"

#include "connection/Connection.h"

#include <QApplication>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStyle>

namespace dynoscope::ui {

struct ConnectionTreeModel::Node {
    Kind kind = Kind::Message;
    QString text;
    QString tooltip;
    QString tableName;
    QJsonObject description;
    QPointer<Connection> connection;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool loaded = false;  // children fetched (or being fetched)
    quint64 generation = 0;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

namespace {

std::unique_ptr<ConnectionTreeModel::Node> makeNode(ConnectionTreeModel::Kind kind, QString text, QString tooltip = {})
{
    auto node = std::make_unique<ConnectionTreeModel::Node>();
    node->kind = kind;
    node->text = std::move(text);
    node->tooltip = std::move(tooltip);
    node->loaded = true;
    return node;
}

QString keySchemaText(const QJsonArray& schema)
{
    QStringList parts;
    for (const auto& element : schema) {
        const auto o = element.toObject();
        parts << o.value(QStringLiteral("AttributeName")).toString() +
                     (o.value(QStringLiteral("KeyType")).toString() == QStringLiteral("HASH") ? QStringLiteral(" (PK)")
                                                                                            : QStringLiteral(" (SK)"));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ConnectionTreeModel::ConnectionTreeModel(QObject* parent) : QAbstractItemModel(parent), m_root(new Node) {}

ConnectionTreeModel::~ConnectionTreeModel() = default;

void ConnectionTreeModel::addConnection(Connection* connection)
{
    auto node = std::make_unique<Node>();
    node->kind = Kind::Connection;
    node->connection = connection;
    node->text = connection->displayName();
    node->parent = m_root.get();
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    m_root->children.push_back(std::move(node));
    endInsertRows();
    connect(connection, &QObject::destroyed, this, [this, connection] { removeConnection(connection); });
}

void ConnectionTreeModel::removeConnection(Connection* connection)
{
    for (size_t i = 0; i < m_root->children.size(); ++i) {
        Node* node = m_root->children[i].get();
        if (node->connection == connection || node->connection.isNull()) {
            beginRemoveRows({}, int(i), int(i));
            m_root->children.erase(m_root->children.begin() + qsizetype(i));
            endRemoveRows();
            return;
        }
    }
}

void ConnectionTreeModel::refresh(Connection* connection)
{
    for (auto& child : m_root->children) {
        if (connection && child->connection != connection)
            continue;
        child->loaded = false;
        ++child->generation;
        replaceChildren(child.get(), {});
        fetchMore(indexOfNode(child.get()));
    }
}

void ConnectionTreeModel::refreshTable(Connection* connection, const QString& tableName)
{
    const QModelIndex index = indexOfTable(connection, tableName);
    if (!index.isValid()) {
        refresh(connection);
        return;
    }
    Node* node = nodeAt(index);
    node->loaded = false;
    describe(node);
}

Connection* ConnectionTreeModel::connectionAt(const QModelIndex& index) const
{
    for (Node* node = nodeAt(index); node && node != m_root.get(); node = node->parent)
        if (node->kind == Kind::Connection)
            return node->connection;
    return nullptr;
}

QModelIndex ConnectionTreeModel::indexOfConnection(Connection* connection) const
{
    for (const auto& child : m_root->children)
        if (child->connection == connection)
            return indexOfNode(child.get());
    return {};
}

QModelIndex ConnectionTreeModel::indexOfTable(Connection* connection, const QString& tableName) const
{
    for (const auto& child : m_root->children) {
        if (child->connection != connection)
            continue;
        for (const auto& table : child->children)
            if (table->kind == Kind::Table && table->tableName == tableName)
                return indexOfNode(table.get());
    }
    return {};
}

ConnectionTreeModel::Node* ConnectionTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ConnectionTreeModel::indexOfNode(const Node* node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node*>(node));
}

QModelIndex ConnectionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* node = nodeAt(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ConnectionTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeAt(child)->parent);
}

int ConnectionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int ConnectionTreeModel::columnCount(const QModelIndex&) const { return 1; }

bool ConnectionTreeModel::hasChildren(const QModelIndex& parent) const
{
    const Node* node = nodeAt(parent);
    if (node->kind == Kind::Connection || node->kind == Kind::Table)
        return !node->loaded || !node->children.empty();
    return !node->children.empty();
}

bool ConnectionTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* node = nodeAt(parent);
    return (node->kind == Kind::Connection || node->kind == Kind::Table) && !node->loaded && node->connection;
}

void ConnectionTreeModel::fetchMore(const QModelIndex& parent)
{
    Node* node = nodeAt(parent);
    if (!canFetchMore(parent))
        return;
    node->loaded = true;
    if (node->kind == Kind::Connection)
        listTables(node, {}, {});
    else
        describe(node);
}

QVariant ConnectionTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->kind == Kind::Connection && node->connection ? node->connection->displayName() : node->text;
    case Qt::ToolTipRole:
        return node->tooltip.isEmpty() ? QVariant() : node->tooltip;
    case Qt::DecorationRole: {
        QStyle* style = QApplication::style();
        switch (node->kind) {
        case Kind::Connection: return style->standardIcon(QStyle::SP_DriveNetIcon);
        case Kind::Table: return style->standardIcon(QStyle::SP_FileDialogDetailedView);
        case Kind::Index: return style->standardIcon(QStyle::SP_FileDialogListView);
        case Kind::Stream: return style->standardIcon(QStyle::SP_MediaPlay);
        case Kind::Ttl: return style->standardIcon(QStyle::SP_BrowserReload);
        case Kind::Message: return style->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    }
    case KindRole:
        return int(node->kind);
    case TableNameRole:
        return node->tableName;
    case DescriptionRole:
        return node->description;
    default:
        return {};
    }
}

void ConnectionTreeModel::replaceChildren(Node* node, std::vector<std::unique_ptr<Node>> children)
{
    const QModelIndex parent = indexOfNode(node);
    if (!node->children.empty()) {
        beginRemoveRows(parent, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    if (children.empty())
        return;
    for (auto& child : children)
        child->parent = node;
    beginInsertRows(parent, 0, int(children.size()) - 1);
    node->children = std::move(children);
    endInsertRows();
}

void ConnectionTreeModel::listTables(Node* connectionNode, const QString& startAfter, std::vector<QString> names)
{
    Connection* connection = connectionNode->connection;
    QJsonObject request;
    if (!startAfter.isEmpty())
        request.insert(QStringLiteral("ExclusiveStartTableName"), startAfter);
    const quint64 generation = connectionNode->generation;
    connection->send(
        QStringLiteral("ListTables"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this, connection, generation, names = std::move(names)](const Reply& reply) mutable {
            const QModelIndex index = indexOfConnection(connection);
            Node* node = index.isValid() ? nodeAt(index) : nullptr;
            if (!node || node->generation != generation)
                return; // a newer refresh owns this connection's children
            if (!reply.ok) {
                std::vector<std::unique_ptr<Node>> children;
                children.push_back(makeNode(Kind::Message, tr("Cannot list tables: %1").arg(reply.errorMessage),
                                            reply.errorType));
                replaceChildren(node, std::move(children));
                emit errorOccurred(reply.errorMessage);
                return;
            }
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            for (const auto& name : body.value(QStringLiteral("TableNames")).toArray())
                names.push_back(name.toString());
            const QString last = body.value(QStringLiteral("LastEvaluatedTableName")).toString();
            if (!last.isEmpty()) {
                listTables(node, last, std::move(names));
                return;
            }
            std::vector<std::unique_ptr<Node>> children;
            for (const QString& name : names) {
                auto table = std::make_unique<Node>();
                table->kind = Kind::Table;
                table->text = name;
                table->tableName = name;
                table->connection = connection;
                children.push_back(std::move(table));
            }
            replaceChildren(node, std::move(children));
        });
}

void ConnectionTreeModel::describe(Node* tableNode)
{
    Connection* connection = tableNode->connection;
    const QString tableName = tableNode->tableName;
    const QJsonObject request{{QStringLiteral("TableName"), tableName}};
    connection->send(QStringLiteral("DescribeTable"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
                     [this, connection, tableName](const Reply& reply) {
                         const QModelIndex index = indexOfTable(connection, tableName);
                         if (!index.isValid())
                             return;
                         Node* node = nodeAt(index);
                         if (!reply.ok) {
                             std::vector<std::unique_ptr<Node>> children;
                             children.push_back(makeNode(Kind::Message, reply.errorMessage, reply.errorType));
                             replaceChildren(node, std::move(children));
                             return;
                         }
                         node->loaded = true;
                         setTableChildren(
                             node, QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("Table")).toObject());
                         describeTimeToLive(connection, tableName);
                     });
}

void ConnectionTreeModel::describeTimeToLive(Connection* connection, const QString& tableName)
{
    const QJsonObject request{{QStringLiteral("TableName"), tableName}};
    connection->send(
        QStringLiteral("DescribeTimeToLive"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
        [this, connection, tableName](const Reply& reply) {
            const QModelIndex index = indexOfTable(connection, tableName);
            if (!reply.ok || !index.isValid())
                return; // endpoints without TTL simply show none
            const QJsonObject ttl =
                QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("TimeToLiveDescription")).toObject();
            if (ttl.value(QStringLiteral("TimeToLiveStatus")).toString() != QStringLiteral("ENABLED"))
                return;
            Node* node = nodeAt(index);
            auto child = makeNode(Kind::Ttl, tr("TTL: %1").arg(ttl.value(QStringLiteral("AttributeName")).toString()),
                                  tr("Items expire when this Number attribute (epoch seconds) has passed."));
            child->tableName = tableName;
            child->connection = connection;
            child->parent = node;
            const int row = int(node->children.size());
            beginInsertRows(index, row, row);
            node->children.push_back(std::move(child));
            endInsertRows();
        });
}

void ConnectionTreeModel::setTableChildren(Node* tableNode, const QJsonObject& description)
{
    tableNode->description = description;
    tableNode->tooltip = tr("%1\nKeys: %2\nItems: %3")
                             .arg(tableNode->tableName,
                                  keySchemaText(description.value(QStringLiteral("KeySchema")).toArray()))
                             .arg(description.value(QStringLiteral("ItemCount")).toVariant().toLongLong());
    std::vector<std::unique_ptr<Node>> children;
    for (const auto& [member, label] : {std::pair{QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("GSI")},
                                        std::pair{QStringLiteral("LocalSecondaryIndexes"), QStringLiteral("LSI")}}) {
        for (const auto& value : description.value(member).toArray()) {
            const auto index = value.toObject();
            auto node = makeNode(Kind::Index,
                                 tr("%1 (%2)").arg(index.value(QStringLiteral("IndexName")).toString(), label),
                                 keySchemaText(index.value(QStringLiteral("KeySchema")).toArray()));
            node->tableName = tableNode->tableName;
            node->connection = tableNode->connection;
            children.push_back(std::move(node));
        }
    }
    const auto stream = description.value(QStringLiteral("StreamSpecification")).toObject();
    if (stream.value(QStringLiteral("StreamEnabled")).toBool()) {
        auto node = makeNode(Kind::Stream,
                             tr("Stream: %1").arg(stream.value(QStringLiteral("StreamViewType")).toString()),
                             description.value(QStringLiteral("LatestStreamArn")).toString());
        node->tableName = tableNode->tableName;
        node->connection = tableNode->connection;
        children.push_back(std::move(node));
    }
    replaceChildren(tableNode, std::move(children));
    const QModelIndex index = indexOfNode(tableNode);
    emit dataChanged(index, index);
}

} // namespace dynoscope::ui
