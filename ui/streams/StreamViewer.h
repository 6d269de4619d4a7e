// A table's DynamoDB stream: its shards as a lineage tree, its records with
// time, event, keys and size (filtered by event and key text), the selected
// record's old and new images side by side, a live tail that can be paused,
// JSON Lines export, and the triggers attached to the stream.
#pragma once

#include "streams/StreamReader.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QJsonArray;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace dynoscope::ui {

class Connection;
class StreamRecordDetail;
class StreamRecordFilter;
class StreamRecordModel;
class StreamShardTree;
class TriggerPanel;

class StreamViewer : public QWidget {
    Q_OBJECT
public:
    StreamViewer(Connection* connection, const QString& tableName, QWidget* parent = nullptr);

    const QString& tableName() const { return m_tableName; }
    // The stream shown; empty until found, or when the table has none.
    QString streamArn() const { return m_reader->streamArn(); }

    // How often the live tail asks for new records (and triggers added after).
    void setPollInterval(int millis);
    // Starts the live tail over from the oldest record or from now.
    void setStartPosition(StreamReader::StartPosition start);
    void setLive(bool live);
    bool isLive() const { return m_reader->isRunning(); }

    // Writes the listed (filtered) records as JSON Lines; the error when it cannot.
    QString exportRecords(const QString& path) const;

    StreamRecordModel* records() const { return m_model; }
    StreamRecordFilter* filter() const { return m_filter; }
    QTableView* recordView() const { return m_view; }
    StreamRecordDetail* detail() const { return m_detail; }
    StreamShardTree* shardTree() const { return m_shards; }
    TriggerPanel* triggers() const { return m_triggers; }
    QComboBox* eventFilter() const { return m_event; }
    QLineEdit* keyFilter() const { return m_key; }
    QPushButton* liveButton() const { return m_live; }

signals:
    // The stream was found (or the table has none: empty).
    void streamFound(const QString& streamArn);

private:
    void findStream();
    void showStreams(const QJsonArray& streams, const QString& latest);
    void selectStream(int index);
    void restart();
    void appendRecords(const StreamRecordList& records);
    void showCurrentRecord();
    void exportClicked();
    void updateStatus();

    QPointer<Connection> m_connection;
    QString m_tableName;
    StreamReader* m_reader;
    StreamReader::StartPosition m_start = StreamReader::StartPosition::TrimHorizon;
    StreamRecordModel* m_model;
    StreamRecordFilter* m_filter;
    QComboBox* m_stream;
    QComboBox* m_startBox;
    QPushButton* m_live;
    QComboBox* m_event;
    QLineEdit* m_key;
    QPushButton* m_export;
    QTableView* m_view;
    StreamRecordDetail* m_detail;
    StreamShardTree* m_shards;
    TriggerPanel* m_triggers;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QString m_lastError;
};

} // namespace dynoscope::ui
