// The sweep loop.
#include "ops/Sweeper.h"

#include "ops/EngineImpl.h"
#include "streams/StreamMaintenance.h"

#include <dynoscope/Error.h>

#include <chrono>

namespace dynoscope {

namespace {
// Rows of each TTL table a background round looks at: a large table is
// covered over several rounds instead of being decoded whole every few seconds.
constexpr std::size_t kRowsPerRound = 20000;
} // namespace

Sweeper::Sweeper(EngineImpl& engine)
    : m_engine(engine)
    , m_expired(engine)
{
    if (engine.options().sweepIntervalMillis > 0)
        m_thread = std::thread(&Sweeper::run, this);
}

Sweeper::~Sweeper()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    try {
        flushCapacity(); // the samples and splits since the last round
    } catch (const Error&) {
        // A read-only or vanished file: these simulated metrics are lost.
    }
}

void Sweeper::sweepNow()
{
    ttl::ExpiredItemDeleter(m_engine).sweepAll();
    streams::StreamMaintenance::run(m_engine);
    flushCapacity();
}

void Sweeper::flushCapacity()
{
    storage::WriteLease lease(m_engine.store());
    m_engine.capacity().flush(lease.db());
}

void Sweeper::run()
{
    const auto interval = std::chrono::milliseconds(m_engine.options().sweepIntervalMillis);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait_for(lock, interval, [this] { return m_stopping; });
        if (m_stopping)
            return;
        lock.unlock();
        try {
            m_expired.sweep(kRowsPerRound);
            streams::StreamMaintenance::run(m_engine);
            flushCapacity();
        } catch (const Error&) {
            // A table dropped mid-sweep or a busy disk: the next round retries.
        }
        lock.lock();
    }
}

} // namespace dynoscope
