// Engine calls on a worker pool.
#include "connection/EmbeddedConnection.h"

#include <dynoscope/Engine.h>

#include <QElapsedTimer>

namespace dynoscope::ui {

EmbeddedConnection::EmbeddedConnection(std::shared_ptr<Engine> engine, QString label, QObject* parent)
    : Connection(parent), m_engine(std::move(engine)), m_label(std::move(label))
{
    // Reads run concurrently in the engine; a few workers keep a long scan
    // from holding up the sidebar's small calls.
    m_pool.setMaxThreadCount(4);
}

EmbeddedConnection::~EmbeddedConnection() { m_pool.waitForDone(); }

QString EmbeddedConnection::displayName() const { return tr("Embedded: %1").arg(m_label); }

void EmbeddedConnection::cancel(quint64 id)
{
    QMutexLocker lock(&m_cancelMutex);
    m_cancelled.insert(id);
}

void EmbeddedConnection::start(quint64 id, WireApi api, const QString& operation, const QByteArray& requestJson)
{
    m_pool.start([this, id, api, operation, requestJson] {
        Reply reply;
        reply.id = id;
        reply.operation = operation;
        reply.request = requestJson;
        {
            QMutexLocker lock(&m_cancelMutex);
            if (m_cancelled.remove(id)) {
                reply.cancelled = true;
                reply.errorMessage = tr("Cancelled");
                complete(std::move(reply));
                return;
            }
        }
        QElapsedTimer timer;
        timer.start();
        const Api engineApi = api == WireApi::Streams     ? Api::Streams
                              : api == WireApi::Dynoscope ? Api::Dynoscope
                                                          : Api::DynamoDB;
        const Result result = m_engine->execute(engineApi, operation.toStdString(),
                                                std::string_view(requestJson.constData(), size_t(requestJson.size())));
        reply.latencyMicros = timer.nsecsElapsed() / 1000;
        reply.ok = result.ok();
        if (result.ok()) {
            reply.body = QByteArray::fromStdString(result.body);
        } else {
            reply.errorType = QString::fromUtf8(result.error->name().data(), qsizetype(result.error->name().size()));
            reply.errorMessage = QString::fromStdString(result.error->message());
            reply.body = QByteArray::fromStdString(result.errorBody());
        }
        {
            QMutexLocker lock(&m_cancelMutex);
            reply.cancelled = m_cancelled.remove(id);
        }
        complete(std::move(reply));
    });
}

} // namespace dynoscope::ui
