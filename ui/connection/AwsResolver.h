// Turns a remote ConnectionSpec into an HttpEndpoint the way the AWS CLI and
// SDKs resolve their settings: what the user chose explicitly, then the
// environment (AWS_ACCESS_KEY_ID, AWS_REGION, AWS_ENDPOINT_URL_DYNAMODB...),
// then the profile (AWS_PROFILE or "default" unless one is chosen), then,
// for the URL, the region's AWS endpoint.
#pragma once

#include "connection/AwsProfiles.h"
#include "connection/ConnectionSpec.h"
#include "connection/HttpEndpoint.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <optional>

namespace dynoscope::ui {

class AwsResolver {
    Q_DECLARE_TR_FUNCTIONS(AwsResolver)

public:
    explicit AwsResolver(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // The endpoint, or nullopt with *error saying what is missing.
    // REQUIRES: spec.kind == ConnectionSpec::Kind::Remote
    std::optional<HttpEndpoint> resolve(const ConnectionSpec& spec, QString* error) const;

    const AwsProfiles& profiles() const { return m_profiles; }
    // The profile the environment selects: AWS_PROFILE, else "default".
    QString environmentProfile() const;
    // True when AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are both set.
    bool environmentHasKeys() const;
    // The region the AWS tools would use with a profile: AWS_REGION, else
    // AWS_DEFAULT_REGION, else the profile's; empty when none says.
    QString region(const QString& profileName) const;

private:
    // The keys of a CredentialSource, or nullopt with *error.
    std::optional<AwsCredentials> credentials(
        const ConnectionSpec& spec, const std::optional<AwsProfile>& profile, QString* origin, QString* error) const;
    AwsCredentials environmentCredentials() const;

    QProcessEnvironment m_environment;
    AwsProfiles m_profiles;
};

} // namespace dynoscope::ui
