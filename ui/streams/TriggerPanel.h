// The triggers of a stream viewer: add a local command to the stream, see
// each run's exit status, duration and output, pause, retry or skip a
// failed batch. Triggers last while the panel does.
#pragma once

#include "streams/TriggerRunner.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace dynoscope::ui {

class Connection;

class TriggerPanel : public QWidget {
    Q_OBJECT
public:
    explicit TriggerPanel(Connection* connection, QWidget* parent = nullptr);

    // The stream new triggers attach to (empty: none can be added).
    void setStreamArn(const QString& streamArn);
    // For tests: how often new triggers poll the stream.
    void setPollInterval(int millis) { m_pollInterval = millis; }

    // Attaches and starts a trigger on the current stream.
    // REQUIRES: a stream was set.
    TriggerRunner* addTrigger(const TriggerConfig& config);
    QList<TriggerRunner*> triggers() const { return m_runners; }

    QTreeWidget* triggerList() const { return m_triggers; }
    QTreeWidget* invocationList() const { return m_invocations; }
    QPlainTextEdit* outputView() const { return m_output; }

private:
    TriggerRunner* currentRunner() const;
    void showRunner();
    void updateRunnerRow(TriggerRunner* runner);
    void updateButtons();
    void appendInvocation(const TriggerInvocation& invocation);
    void showInvocation();

    QPointer<Connection> m_connection;
    QString m_streamArn;
    int m_pollInterval = 1000;
    QList<TriggerRunner*> m_runners;
    QLabel* m_hint;
    QTreeWidget* m_triggers;
    QTreeWidget* m_invocations;
    QPlainTextEdit* m_output;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_pause;
    QPushButton* m_retry;
    QPushButton* m_skip;
};

} // namespace dynoscope::ui
