// "Describe a table at a glance": keys, capacity, size, stream, TTL, tags
// and secondary indexes of one table, from its TableSnapshot, with Refresh
// and the actions the main window wires to the table editor and the
// delete/purge confirmations.
#pragma once

#include "tables/TableSnapshot.h"

#include <QHash>
#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QTableWidget;

namespace dynoscope::ui {

class Connection;
class TableSnapshotLoader;

class TableDescriptionView : public QWidget {
    Q_OBJECT
public:
    explicit TableDescriptionView(QWidget* parent = nullptr);

    // Shows a snapshot as it is.
    void setSnapshot(const TableSnapshot& snapshot);
    const TableSnapshot& snapshot() const { return m_snapshot; }

    // Where Refresh reloads the table from.
    // REQUIRES: connection outlives the view.
    void setSource(Connection& connection, const QString& tableName);
    // Reloads the table (DescribeTable, tags, TTL); does nothing without a source.
    void refresh();

    QAction* refreshAction() const { return m_refresh; }
    // Triggered by the user; the main window opens the editor or the
    // confirmations for snapshot().tableName().
    QAction* changeAction() const { return m_change; }
    QAction* purgeAction() const { return m_purge; }
    QAction* deleteAction() const { return m_delete; }

    // The text shown for a field: "status", "itemCount", "size", "partitionKey",
    // "sortKey", "billing", "capacity", "stream", "streamArn", "ttl", "arn",
    // "created", "deletionProtection", "tags", "tableClass".
    QString fieldText(const QString& field) const;
    QTableWidget* indexTable() const { return m_indexes; }

signals:
    void refreshed();
    void refreshFailed(const QString& message);

private:
    QLabel* addField(QFormLayout* form, const QString& field, const QString& label);
    void showIndexes();
    void setStatus(const QString& status);

    TableSnapshot m_snapshot;
    TableSnapshotLoader* m_loader = nullptr;
    QString m_sourceTable;
    QAction* m_refresh;
    QAction* m_change;
    QAction* m_purge;
    QAction* m_delete;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_subtitle;
    QLabel* m_error;
    QLabel* m_noIndexes;
    QTableWidget* m_indexes;
    QHash<QString, QLabel*> m_fields;
};

} // namespace dynoscope::ui
