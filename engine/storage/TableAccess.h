// Runs an access to one SQLite table holding items or index entries.
// Operations look tables up in the catalog before they lease a connection,
// so DDL can drop a table in between (or publish one its creator has not
// committed yet). The SQLite table is then missing from the connection's
// view: to DynamoDB the table does not exist, whatever SQLite said.
#pragma once

#include "storage/Database.h"

#include <dynoscope/Error.h>

#include <string>

namespace dynoscope::storage {

template <class Access>
auto accessTable(Database& db, const std::string& sqliteTable, Access&& access) -> decltype(access())
{
    try {
        return access();
    } catch (const Error& e) {
        if (e.code() != Error::Code::InternalServerError)
            throw;
        auto& st = db.cached("SELECT 1 FROM sqlite_schema WHERE type='table' AND name=?");
        const bool exists = st.bind(1, std::string_view(sqliteTable)).step();
        st.reset();
        if (!exists)
            throw Error::resourceNotFound("Requested resource not found");
        throw;
    }
}

// Steps through the rows while visitRow() returns true; leaves the
// statement reset, also when a step or the visitor throws.
template <class VisitRow>
void visitRows(Statement& st, VisitRow&& visitRow)
{
    try {
        while (st.step())
            if (!visitRow())
                break;
    } catch (...) {
        st.reset();
        throw;
    }
    st.reset();
}

} // namespace dynoscope::storage
