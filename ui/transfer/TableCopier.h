// Copies a table from one Connection to another (or to a new name on the
// same one): creates the target table with the source's schema (see
// TableSchema), waits for it to become ACTIVE, then scans the source and
// writes every item into the target (see BatchWriter). The target table
// must not exist. A cancelled copy leaves the target table with the items
// copied so far.
#pragma once

#include "connection/Connection.h"

#include <QJsonObject>

namespace dynoscope::ui {

class BatchWriter;
class TableCreator;
class TableScanner;

class TableCopier : public QObject {
    Q_OBJECT
public:
    enum class Stage { Describing, Creating, CopyingItems, Done };
    Q_ENUM(Stage)

    // REQUIRES: both connections outlive the copier.
    TableCopier(
        Connection& source, QString sourceTable, Connection& target, QString targetTable, QObject* parent = nullptr);

    // Copy the schema only (default: items too). Set before start().
    void setCopyItems(bool copyItems) { m_copyItems = copyItems; }
    // Parallel scan segments of the source (default 1).
    void setSegments(int segments) { m_segments = segments; }

    void start();
    // Stops; cancelled() follows once the requests in flight return.
    void cancel();

    bool isRunning() const { return m_running; }
    Stage stage() const { return m_stage; }
    qint64 copiedCount() const;
    // Items the target refused (each with a reason; the first is kept).
    qint64 rejectedCount() const { return m_rejected; }
    const QString& firstRejection() const { return m_firstRejection; }

signals:
    void stageChanged(dynoscope::ui::TableCopier::Stage stage);
    // expected: the source's ItemCount (approximate on AWS).
    void progress(qint64 copied, qint64 expected);
    void finished(qint64 copied);
    void failed(const QString& message);
    void cancelled(qint64 copied);

private:
    void setStage(Stage stage);
    void onDescribed(const Reply& reply);
    void copyItems(const QJsonObject& targetTable);
    void onPage(const QJsonArray& items);
    void onWriterProgress();
    void settle();
    void stop(const QString& error);

    Connection& m_source;
    QString m_sourceTable;
    Connection& m_target;
    QString m_targetTable;
    bool m_copyItems = true;
    int m_segments = 1;
    Stage m_stage = Stage::Describing;
    TableCreator* m_creator = nullptr;
    TableScanner* m_scanner = nullptr;
    BatchWriter* m_writer = nullptr;
    qint64 m_expected = 0;
    qint64 m_rejected = 0;
    QString m_firstRejection;
    bool m_scanDone = false;
    bool m_running = false;
    bool m_stopping = false;
    QString m_error;
};

} // namespace dynoscope::ui
