// The in-app endpoint and the forwarding of its request log to the GUI.
#include "app/ServeController.h"

#include "server/HttpServer.h"

#include <dynoscope/Engine.h>

#include <QMetaObject>

namespace dynoscope::ui {

ServeController::ServeController(QObject* parent) : QObject(parent) {}

ServeController::~ServeController() { stop(); }

bool ServeController::start(std::shared_ptr<Engine> engine, const QString& host, quint16 port, QString* error)
{
    stop();
    ServerOptions options;
    options.host = host.toStdString();
    options.port = port;
    // Called on the server's threads, which stop() joins before this object
    // goes away: hand each record to the GUI thread.
    options.log = [this](const RequestLogEntry& entry) {
        RequestLogRecord record;
        record.time = QDateTime::currentDateTime();
        record.source = tr("Endpoint");
        record.operation = QString::fromStdString(entry.operation);
        record.ok = entry.errorType.empty() && entry.status < 400;
        record.status = record.ok ? tr("OK") : QString::fromStdString(entry.errorType);
        if (record.status.isEmpty())
            record.status = QString::number(entry.status);
        record.latencyMicros = entry.latency.count();
        QMetaObject::invokeMethod(this, [this, record] { emit requestServed(record); }, Qt::QueuedConnection);
    };
    auto server = std::make_unique<HttpServer>(*engine, std::move(options));
    std::string message;
    if (!server->start(&message)) {
        if (error)
            *error = QString::fromStdString(message);
        return false;
    }
    m_engine = std::move(engine);
    m_server = std::move(server);
    emit runningChanged(true);
    return true;
}

void ServeController::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    m_server.reset();
    m_engine.reset();
    emit runningChanged(false);
}

QString ServeController::url() const { return m_server ? QString::fromStdString(m_server->url()) : QString(); }

quint64 ServeController::requestCount() const { return m_server ? m_server->requestCount() : 0; }

} // namespace dynoscope::ui
