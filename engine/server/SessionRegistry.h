// The live sessions of a server, so that stop() can drain them and wait until
// the last one has closed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace dynoscope::server {

class Session;

class SessionRegistry {
public:
    // False once drainAll() has run: the session must close at once.
    bool add(const std::shared_ptr<Session>& session);
    // Called by the session's destructor.
    void remove(const Session* session);
    // Refuses new sessions and asks every live one to drain.
    void drainAll();
    // True when the last session closed within the timeout.
    bool waitUntilEmpty(std::chrono::milliseconds timeout);

private:
    std::mutex m_mutex;
    std::condition_variable m_emptied;
    std::unordered_map<const Session*, std::weak_ptr<Session>> m_sessions;
    bool m_draining = false;
};

} // namespace dynoscope::server
