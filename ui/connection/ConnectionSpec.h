// What to connect to, as the connection dialog produces it and the list of
// recent connections keeps it. Saved without secrets: it records where the
// keys come from (a profile, the environment), and typed keys live for the
// session only.
#pragma once

#include "connection/AwsCredentials.h"

#include <QString>

class QSettings;

namespace dynoscope::ui {

enum class CredentialSource {
    Environment, // AWS_ACCESS_KEY_ID... or AWS_PROFILE, as the AWS tools look
    Profile, // a named profile of ~/.aws/config and ~/.aws/credentials
    Typed, // keys typed into the dialog
    Placeholder, // fixed dummy keys, for emulators that accept any
};

struct ConnectionSpec {
    enum class Kind { DatabaseFile, NewDatabaseFile, InMemory, Remote };

    Kind kind = Kind::InMemory;
    QString filePath; // DatabaseFile and NewDatabaseFile

    // Remote. An empty endpointUrl or region means "as the AWS tools find it":
    // environment, then profile, then (for the URL) the region's AWS endpoint.
    QString endpointUrl;
    QString region;
    CredentialSource credentialSource = CredentialSource::Environment;
    QString profile; // CredentialSource::Profile
    AwsCredentials typedCredentials; // CredentialSource::Typed; never saved

    // A typed-keys spec read back from settings has lost its keys: the user
    // must enter them again.
    bool needsTypedKeys() const
    {
        return kind == Kind::Remote && credentialSource == CredentialSource::Typed && !typedCredentials.isComplete();
    }

    // Writes into the settings' current group, leaving secrets out. A new
    // database file is saved as a database file: once created, it is one.
    void save(QSettings& settings) const;
    static ConnectionSpec load(const QSettings& settings);
};

} // namespace dynoscope::ui
