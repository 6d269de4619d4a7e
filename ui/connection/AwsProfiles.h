// The named profiles of the AWS shared config file (~/.aws/config, or
// AWS_CONFIG_FILE) and credentials file (~/.aws/credentials, or
// AWS_SHARED_CREDENTIALS_FILE), with what a DynamoDB client takes from them.
#pragma once

#include "connection/AwsCredentials.h"
#include "connection/AwsIniFile.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace dynoscope::ui {

struct AwsProfile {
    QString name;
    AwsCredentials credentials; // the profile's static keys, when it has them
    QString region;
    // DynamoDB's endpoint: the profile's "services" section entry, else its endpoint_url.
    QString endpointUrl;
    bool ignoreConfiguredEndpointUrls = false;
    // When the profile has no static keys but gets them another way
    // (role_arn, sso_session, credential_process...): that setting's name.
    QString otherCredentialSetting;
};

class AwsProfiles {
public:
    AwsProfiles() = default;
    // Reads both files; missing files mean no profiles.
    static AwsProfiles load(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // Every profile either file names, "default" first, then alphabetically.
    QStringList names() const;
    std::optional<AwsProfile> profile(const QString& name) const;

    const QString& configPath() const { return m_configPath; }
    const QString& credentialsPath() const { return m_credentialsPath; }

private:
    // The config file's section for a profile: "[default]" or "[profile name]".
    QString configSection(const QString& name) const;

    QString m_configPath;
    QString m_credentialsPath;
    AwsIniFile m_config;
    AwsIniFile m_credentials;
};

} // namespace dynoscope::ui
