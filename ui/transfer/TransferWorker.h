// A thread of its own for a transfer's file work (encoding, decoding,
// reading and writing), so that the GUI thread only sends requests. Work
// runs in the order it was posted; it reports back by posting to a QObject
// on the GUI thread (QMetaObject::invokeMethod with a queued connection).
#pragma once

#include <QThread>

#include <functional>

namespace dynoscope::ui {

class TransferWorker {
public:
    TransferWorker();
    // Runs the work already posted, then stops the thread.
    ~TransferWorker();

    TransferWorker(const TransferWorker&) = delete;
    TransferWorker& operator=(const TransferWorker&) = delete;

    void post(std::function<void()> work);

private:
    QThread m_thread;
    QObject* m_context; // lives on m_thread; deleted when it finishes
};

} // namespace dynoscope::ui
