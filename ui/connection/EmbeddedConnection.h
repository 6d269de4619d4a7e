// A Connection to the engine inside this process: calls run on a worker
// thread pool (the engine is thread-safe), never on the GUI thread.
#pragma once

#include "connection/Connection.h"

#include <QMutex>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace dynoscope {
class Engine;
}

namespace dynoscope::ui {

class EmbeddedConnection : public Connection {
    Q_OBJECT
public:
    // label: what the user calls this database (its path, or "in-memory").
    EmbeddedConnection(std::shared_ptr<Engine> engine, QString label, QObject* parent = nullptr);
    ~EmbeddedConnection() override;

    QString displayName() const override;
    bool isEmbedded() const override { return true; }
    void cancel(quint64 id) override;

    // The engine, for serving it over HTTP from inside the app.
    const std::shared_ptr<Engine>& engine() const { return m_engine; }
    const QString& label() const { return m_label; }

protected:
    void start(quint64 id, WireApi api, const QString& operation, const QByteArray& requestJson) override;

private:
    std::shared_ptr<Engine> m_engine;
    QString m_label;
    QThreadPool m_pool;
    QMutex m_cancelMutex;
    QSet<quint64> m_cancelled;
};

} // namespace dynoscope::ui
