// The PartiQL editor's result grid: the items of an ExecuteStatement, a page
// at a time, following NextToken (canFetchMore/fetchMore, or "Load more").
// Columns are every attribute in order of appearance. A NextToken cannot be
// replayed, so every page read stays in memory (unlike ItemTableModel).
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <vector>

namespace dynoscope::ui {

class Connection;
struct Reply;

class PartiqlResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit PartiqlResultModel(Connection* connection, QObject* parent = nullptr);

    // Runs a statement from its first page; parameters is a JSON list of
    // DynamoDB values (empty: none). limit > 0 sets ExecuteStatement's Limit.
    void run(const QString& statement, const QJsonArray& parameters, int limit = 0);
    // Attributes to show first, in this order, when items have them (a
    // SELECT's list: DynamoDB's items are maps without an order).
    void setLeadingColumns(const QStringList& names) { m_leading = names; }
    // Drops the call in flight (its reply is ignored).
    void cancel();

    bool isRunning() const { return m_callId != 0; }
    bool hasMore() const { return !m_nextToken.isEmpty(); }
    int pages() const { return m_pages; }
    double consumedCapacity() const { return m_capacity; }
    QStringList columns() const { return m_columns; }
    QJsonObject item(int row) const;
    // The request of the last page asked for, as sent.
    QJsonObject lastRequest() const { return m_lastRequest; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void runningChanged(bool running);
    // A page arrived with this many items (possibly none, with more to come).
    void pageLoaded(int items);
    // DynamoDB's error type ("ValidationException") and message.
    void failed(const QString& errorType, const QString& message);

private:
    void sendPage();
    void handle(const Reply& reply);

    QPointer<Connection> m_connection;
    QJsonObject m_request; // the statement, parameters and limit
    QJsonObject m_lastRequest;
    QString m_nextToken;
    quint64 m_callId = 0;
    quint64 m_generation = 0;
    std::vector<QJsonObject> m_items;
    QStringList m_columns;
    QStringList m_leading;
    int m_pages = 0;
    double m_capacity = 0;
};

} // namespace dynoscope::ui
