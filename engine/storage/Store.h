// The database file and its connections: one writer (writes are serialised,
// as SQLite allows one writer) and a pool of readers that run concurrently
// under WAL. An in-memory store has a single connection shared by both.
#pragma once

#include "storage/Database.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <string>
#include <vector>

namespace dynoscope::storage {

class Store;

// Exclusive use of the writer connection while alive.
class WriteLease {
public:
    explicit WriteLease(Store& store);
    Database& db() { return *m_db; }

private:
    std::unique_lock<std::mutex> m_lock;
    Database* m_db;
};

// A reader connection, returned to the pool when destroyed.
class ReadLease {
public:
    explicit ReadLease(Store& store);
    ~ReadLease();
    ReadLease(const ReadLease&) = delete;
    ReadLease& operator=(const ReadLease&) = delete;
    Database& db() { return *m_db; }

private:
    Store& m_store;
    std::unique_lock<std::mutex> m_sharedLock; // in-memory stores only
    std::unique_ptr<Database> m_owned;
    Database* m_db = nullptr;
};

class Store {
public:
    // Opens or creates the file (or memory), applies schema migrations.
    // Read-only stores never create, migrate or checkpoint the file.
    // Returns null and sets *error when it is not a usable Dynoscope database.
    static std::unique_ptr<Store> open(const std::string& path, bool inMemory, bool readOnly, std::string* error);
    ~Store();

    bool readOnly() const { return m_readOnly; }
    // Forgets cached statements about a dropped table on the pooled
    // connections (leased ones never run them again: table ids are not reused).
    // REQUIRES: the caller holds a WriteLease.
    void forgetStatements(const std::string& tableName);

private:
    friend class WriteLease;
    friend class ReadLease;
    Store() = default;
    std::unique_ptr<Database> takeReader();
    void returnReader(std::unique_ptr<Database> db);
    void checkpointLoop();

    std::string m_uri;
    bool m_inMemory = false;
    bool m_readOnly = false;
    std::mutex m_writeMutex;
    std::unique_ptr<Database> m_writer;
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<Database>> m_readers;
    // Checkpoints run here, on their own connection, rather than inside
    // whichever write happens to fill the WAL: that write would otherwise
    // wait for the checkpoint's disk syncs.
    std::mutex m_checkpointMutex;
    std::condition_variable m_checkpointWake;
    bool m_stopping = false;
    std::thread m_checkpointer;
};

} // namespace dynoscope::storage
