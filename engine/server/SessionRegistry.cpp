// Sessions are held weakly: a session lives as long as its pending I/O does,
// and the registry only needs to reach the ones still alive.
#include "server/SessionRegistry.h"

#include "server/Session.h"

#include <vector>

namespace dynoscope::server {

bool SessionRegistry::add(const std::shared_ptr<Session>& session)
{
    const std::lock_guard lock(m_mutex);
    if (m_draining)
        return false;
    m_sessions.emplace(session.get(), session);
    return true;
}

void SessionRegistry::remove(const Session* session)
{
    const std::lock_guard lock(m_mutex);
    m_sessions.erase(session);
    if (m_sessions.empty())
        m_emptied.notify_all();
}

void SessionRegistry::drainAll()
{
    std::vector<std::shared_ptr<Session>> live;
    {
        const std::lock_guard lock(m_mutex);
        m_draining = true;
        for (const auto& [key, weak] : m_sessions) {
            if (auto session = weak.lock())
                live.push_back(std::move(session));
        }
    }
    // Outside the lock: dropping the last reference runs remove().
    for (const auto& session : live)
        session->drain();
}

bool SessionRegistry::waitUntilEmpty(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_emptied.wait_for(lock, timeout, [this] { return m_sessions.empty(); });
}

} // namespace dynoscope::server
