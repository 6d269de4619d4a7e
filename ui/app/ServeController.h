// "Serve this database": runs the DynamoDB endpoint inside the app over the
// engine the app is browsing, so SDKs and scripts can use the same data.
#pragma once

#include "app/RequestLogModel.h"

#include <QObject>
#include <QString>

#include <memory>

namespace dynoscope {
class Engine;
class HttpServer;
} // namespace dynoscope

namespace dynoscope::ui {

class ServeController : public QObject {
    Q_OBJECT
public:
    explicit ServeController(QObject* parent = nullptr);
    ~ServeController() override;

    // Starts serving engine on host:port (port 0 picks a free one). Returns
    // false with *error set when the address is taken or invalid.
    // REQUIRES: engine outlives the server or stop() is called first.
    bool start(std::shared_ptr<Engine> engine, const QString& host, quint16 port, QString* error);
    void stop();

    bool isRunning() const { return m_server != nullptr; }
    QString url() const;
    quint64 requestCount() const;

signals:
    // One per request the endpoint answered (on the GUI thread).
    void requestServed(const dynoscope::ui::RequestLogRecord& record);
    void runningChanged(bool running);

private:
    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<HttpServer> m_server;
};

} // namespace dynoscope::ui

Q_DECLARE_METATYPE(dynoscope::ui::RequestLogRecord)
