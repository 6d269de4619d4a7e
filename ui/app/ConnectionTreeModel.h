// The sidebar's tree: connections, their tables, and under each table its
// indexes, stream and TTL. Tables load lazily (fetchMore sends ListTables,
// paging through LastEvaluatedTableName; expanding a table sends
// DescribeTable). Replies of a superseded refresh are dropped by generation.
#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace dynoscope::ui {

class Connection;

class ConnectionTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { Connection, Table, Index, Stream, Ttl, Message };
    enum Roles { KindRole = Qt::UserRole + 1, TableNameRole, DescriptionRole };

    explicit ConnectionTreeModel(QObject* parent = nullptr);
    ~ConnectionTreeModel() override;

    // The model does not own connections; a destroyed one disappears.
    void addConnection(Connection* connection);
    void removeConnection(Connection* connection);
    // Reloads the tables of a connection (all when null).
    void refresh(Connection* connection = nullptr);
    // Reloads one table's description.
    void refreshTable(Connection* connection, const QString& tableName);

    Connection* connectionAt(const QModelIndex& index) const;
    QModelIndex indexOfConnection(Connection* connection) const;
    QModelIndex indexOfTable(Connection* connection, const QString& tableName) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    struct Node; // public so that file-local helpers can build nodes

signals:
    // A call of the model failed (shown in the status bar).
    void errorOccurred(const QString& message);

private:
    Node* nodeAt(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node) const;
    void listTables(Node* connectionNode, const QString& startAfter, std::vector<QString> names);
    void describe(Node* tableNode);
    void describeTimeToLive(Connection* connection, const QString& tableName);
    void setTableChildren(Node* tableNode, const QJsonObject& description);
    void replaceChildren(Node* node, std::vector<std::unique_ptr<Node>> children);

    std::unique_ptr<Node> m_root;
};

} // namespace dynoscope::ui
