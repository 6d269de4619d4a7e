// The worker thread of a transfer.
#include "transfer/TransferWorker.h"

namespace dynoscope::ui {

TransferWorker::TransferWorker()
    : m_context(new QObject)
{
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("transfer"));
    m_thread.start();
}

TransferWorker::~TransferWorker()
{
    // Quitting from a posted call lets the work posted before it run.
    post([] { QThread::currentThread()->quit(); });
    m_thread.wait();
}

void TransferWorker::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

} // namespace dynoscope::ui
