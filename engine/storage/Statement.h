// A prepared SQLite statement with typed binds and reads. The only other
// file besides Database that sees sqlite3.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace dynoscope::storage {

class Statement {
public:
    Statement() = default;
    // Throws Error (InternalServerError) when the SQL does not compile.
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds are 1-based, as in SQLite. Text and blob binds are copied by
    // reference: the data must outlive the step() calls.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);

    // Advances; true while a row is available. Throws Error on failure.
    bool step();
    // Runs to completion (for statements without results).
    void exec();
    // Resets for another run and clears binds.
    void reset();

    std::int64_t int64(int column) const;
    std::string_view text(int column) const;
    std::string_view blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace dynoscope::storage
