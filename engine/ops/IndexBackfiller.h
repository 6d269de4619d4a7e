// Builds the entries of a GSI added to a table that already holds items, in
// the background, a chunk per write transaction so that writes go on in
// between; then marks the index ACTIVE. Writes maintain the index all along,
// so every entry is right once the backfill has passed.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

namespace dynoscope {

class EngineImpl;

class IndexBackfiller {
public:
    explicit IndexBackfiller(EngineImpl& engine);
    // Stops after the chunk in progress; an unfinished backfill resumes when
    // the database is next opened.
    ~IndexBackfiller();

    void enqueue(std::string table, std::string index);

private:
    void run();
    // Returns false when stopped before finishing.
    bool backfill(const std::string& tableName, const std::string& indexName);
    void activate(const std::string& tableName, const std::string& indexName);

    EngineImpl& m_engine;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<std::string, std::string>> m_jobs;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace dynoscope
