// The engine's background sweep, owned by EngineImpl: every
// EngineOptions::sweepIntervalMillis it deletes expired TTL items (a bounded
// number of rows per table per round) and keeps streams trimmed and their
// shards rolled. Tests turn the thread off and call sweepNow().
#pragma once

#include "ttl/ExpiredItemDeleter.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace dynoscope {

class EngineImpl;

class Sweeper {
public:
    explicit Sweeper(EngineImpl& engine);
    // Stops after the chunk in progress.
    ~Sweeper();

    // A complete sweep on the caller's thread: every expired item deleted,
    // every stream trimmed and rolled as of now.
    void sweepNow();

private:
    void run();
    // Persists the capacity tracker's splits and metric samples.
    void flushCapacity();

    EngineImpl& m_engine;
    ttl::ExpiredItemDeleter m_expired; // the thread's, with its cursors
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace dynoscope
