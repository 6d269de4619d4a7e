// The one place that knows every kind of Connection.
#include "connection/ConnectionFactory.h"

#include "connection/AwsResolver.h"
#include "connection/EmbeddedConnection.h"
#include "connection/HttpConnection.h"

#include <dynoscope/Engine.h>

#include <QFileInfo>

namespace dynoscope::ui {

std::unique_ptr<Connection> ConnectionFactory::create(
    const ConnectionSpec& spec, QString* error, const QProcessEnvironment& environment)
{
    using Kind = ConnectionSpec::Kind;
    if (spec.kind == Kind::Remote) {
        std::optional<HttpEndpoint> endpoint = AwsResolver(environment).resolve(spec, error);
        if (!endpoint)
            return nullptr;
        return std::make_unique<HttpConnection>(std::move(*endpoint));
    }

    EngineOptions options;
    QString label;
    if (spec.kind == Kind::InMemory) {
        options.inMemory = true;
        label = tr("in-memory scratch database");
    } else {
        // The engine creates a missing file: only "new" may do that, and only "open" may reuse one.
        const bool exists = QFileInfo::exists(spec.filePath);
        if (spec.filePath.isEmpty() || (spec.kind == Kind::DatabaseFile && !exists)) {
            *error = tr("The database file “%1” does not exist.").arg(spec.filePath);
            return nullptr;
        }
        if (spec.kind == Kind::NewDatabaseFile && exists) {
            *error = tr("“%1” already exists.").arg(spec.filePath);
            return nullptr;
        }
        options.path = spec.filePath.toStdString();
        label = spec.filePath;
    }
    std::string engineError;
    std::shared_ptr<Engine> engine = Engine::open(options, &engineError);
    if (!engine) {
        *error = tr("Cannot open %1: %2").arg(label, QString::fromStdString(engineError));
        return nullptr;
    }
    return std::make_unique<EmbeddedConnection>(std::move(engine), label);
}

} // namespace dynoscope::ui
