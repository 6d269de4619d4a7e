// The item grid's model: one row per item of a Scan or Query, fetched a page
// at a time with LastEvaluatedKey (canFetchMore/fetchMore). Only a bounded
// number of pages stays in memory; a page scrolled back into view is read
// again from its ExclusiveStartKey, so a million-item table costs no more
// memory than a small one. Columns are the key attributes, then every other
// attribute in order of appearance.
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

namespace dynoscope::ui {

class Connection;

class ItemTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        TypeRole = Qt::UserRole + 1, // the attribute's DynamoDB type ("S", "N", ...)
        AttributeRole,               // the attribute value as DynamoDB JSON (QJsonValue)
        LoadedRole,                  // whether the row's page is in memory
        ExpiredRole,                 // whether the item's TTL has passed (it awaits deletion)
    };

    explicit ItemTableModel(Connection* connection, QObject* parent = nullptr);
    ~ItemTableModel() override;

    // What to read: operation "Scan" or "Query" with its request (without
    // Limit and ExclusiveStartKey); tableKeys are the table's key attribute
    // names (partition first), which edits use; displayKeys lead the columns.
    // A Scan with TotalSegments > 1 and no Segment reads every segment, one
    // after another.
    void setSource(const QString& operation, const QJsonObject& request, const QStringList& tableKeys,
                   const QStringList& displayKeys);
    // Drops every row and reads the first page again.
    void reload();

    // The table's TTL attribute (empty: none). Items whose attribute, a
    // Number of epoch seconds, has passed are marked expired: DynamoDB keeps
    // them readable until its sweeper deletes them.
    void setTimeToLiveAttribute(const QString& attribute);
    bool isExpired(int row) const;

    // The Limit of each request; 0 sends none (DynamoDB's 1 MB pages).
    void setPageSize(int items) { m_pageSize = items; }
    int pageSize() const { return m_pageSize; }
    // Stops reading once this many rows arrived; 0: no limit. Takes effect
    // at the next setSource() or reload().
    void setMaxItems(int items) { m_maxItems = items; }
    int maxItems() const { return m_maxItems; }
    void setMaxCachedPages(int pages) { m_maxCachedPages = pages; }
    int cachedPages() const;

    QStringList columns() const { return m_columns; }
    // The item at row as DynamoDB JSON; empty when its page is not in memory.
    QJsonObject item(int row) const;
    // The table key of the item at row; empty when its page is not in memory
    // or the item lacks a key attribute (a projection left it out).
    QJsonObject key(int row) const;
    bool isComplete() const { return m_done; }
    bool isLoading() const { return m_fetching; }
    // Whether stop() ended the reading early.
    bool isStopped() const { return m_stopped; }
    // Whether reading ended at maxItems rather than at the last page.
    bool reachedMaxItems() const { return m_reachedMax; }
    // Sums over the pages read since the last reload: DynamoDB's Count,
    // ScannedCount and consumed capacity units, and the requests sent.
    qint64 returnedCount() const { return m_returned; }
    qint64 scannedCount() const { return m_scanned; }
    double consumedCapacity() const { return m_capacity; }
    int pagesRead() const { return m_pagesRead; }
    // Cancels the page being read and reads no further (until reload()).
    void stop();

    // Replaces a row's item after a write elsewhere in the UI.
    void replaceItem(int row, const QJsonObject& item);
    // Removes rows whose items were deleted.
    void removeItemRows(QList<int> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Writes a scalar edit with UpdateItem, conditioned on the value shown,
    // so that a concurrent change is detected (editFailed) instead of
    // overwritten. The cell shows the new value once the write succeeded.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void pageLoaded(int rows);
    // Reading started or ended (pages, stop, error).
    void loadingChanged(bool loading);
    void loadFailed(const QString& errorType, const QString& message);
    void editSucceeded(int row, const QString& attribute);
    void editFailed(int row, const QString& attribute, const QString& message);

private:
    struct Page {
        int firstRow = 0;
        int rowCount = 0;
        QJsonObject startKey; // empty for the first page
        int segment = -1;     // of a parallel Scan read in turn; -1: none
        std::shared_ptr<std::vector<QJsonObject>> rows; // null when evicted
        mutable quint64 lastUse = 0;
        mutable bool reloading = false;
    };

    QJsonObject pageRequest(const QJsonObject& startKey, int segment) const;
    void setFetching(bool fetching);
    const Page* pageOf(int row) const;
    void addPage(const QJsonObject& startKey, int segment, std::vector<QJsonObject> items);
    void requestPage(int pageIndex) const;
    void evict();
    void addColumns(const std::vector<QJsonObject>& items);

    QPointer<Connection> m_connection;
    QString m_operation;
    QJsonObject m_request;
    QStringList m_tableKeys;
    QString m_ttlAttribute;
    QStringList m_columns;
    std::vector<Page> m_pages;
    QJsonObject m_nextStart;
    bool m_done = true;
    bool m_fetching = false;
    bool m_stopped = false;
    bool m_reachedMax = false;
    quint64 m_generation = 0;
    quint64 m_fetchToken = 0; // the page read in flight; stop() makes it stale
    quint64 m_fetchId = 0;    // its Connection call
    int m_totalSegments = 0;  // > 1: read segments 0..n-1 in turn
    int m_segment = -1;       // the segment being read
    mutable quint64 m_clock = 0;
    int m_rowCount = 0;
    int m_pageSize = 500;
    int m_maxItems = 0;
    int m_maxCachedPages = 64;
    int m_pagesRead = 0;
    qint64 m_returned = 0;
    qint64 m_scanned = 0;
    double m_capacity = 0;
};

} // namespace dynoscope::ui
