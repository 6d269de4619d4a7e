// Makes the Connection a ConnectionSpec describes: an EmbeddedConnection on a
// database file or in memory, or an HttpConnection to a remote endpoint.
#pragma once

#include "connection/Connection.h"
#include "connection/ConnectionSpec.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>

namespace dynoscope::ui {

class ConnectionFactory {
    Q_DECLARE_TR_FUNCTIONS(ConnectionFactory)

public:
    // The connection, or null with *error saying why not (a missing file, no
    // credentials, a bad URL...). Opening a database file happens here, on
    // the caller's thread; a remote endpoint is not contacted until the
    // first call.
    static std::unique_ptr<Connection> create(const ConnectionSpec& spec, QString* error,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
};

} // namespace dynoscope::ui
