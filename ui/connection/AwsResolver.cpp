// Precedence as in the AWS SDKs and tools reference guide: explicit choice,
// then environment variables, then the shared config files.
#include "connection/AwsResolver.h"

#include <utility>

namespace dynoscope::ui {

namespace {

QString chinaSuffix(const QString& region)
{
    return region.startsWith(QLatin1String("cn-")) ? QStringLiteral(".cn") : QString();
}

bool isTrue(const QString& text)
{
    return text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// https://dynamodb.<region>.amazonaws.com (.amazonaws.com.cn in China).
QUrl awsEndpoint(const QString& region)
{
    return QUrl(QStringLiteral("https://dynamodb.%1.amazonaws.com%2").arg(region, chinaSuffix(region)));
}

// The keys of CredentialSource::Placeholder.
AwsCredentials placeholderCredentials()
{
    // Letters only: DynamoDB Local 2.x refuses access keys with other characters.
    return { QStringLiteral("dynoscope"), QStringLiteral("dynoscope"), {} };
}

} // namespace

AwsResolver::AwsResolver(QProcessEnvironment environment)
    : m_environment(std::move(environment))
    , m_profiles(AwsProfiles::load(m_environment))
{
}

QString AwsResolver::environmentProfile() const
{
    // AWS_DEFAULT_PROFILE is the AWS CLI's older spelling.
    for (const char* variable : { "AWS_PROFILE", "AWS_DEFAULT_PROFILE" }) {
        const QString name = m_environment.value(QLatin1String(variable));
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("default");
}

AwsCredentials AwsResolver::environmentCredentials() const
{
    return { m_environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")),
        m_environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")),
        m_environment.value(QStringLiteral("AWS_SESSION_TOKEN")) };
}

bool AwsResolver::environmentHasKeys() const
{
    return environmentCredentials().isComplete();
}

QString AwsResolver::region(const QString& profileName) const
{
    for (const char* variable : { "AWS_REGION", "AWS_DEFAULT_REGION" }) {
        const QString value = m_environment.value(QLatin1String(variable));
        if (!value.isEmpty())
            return value;
    }
    const std::optional<AwsProfile> profile = m_profiles.profile(profileName);
    return profile ? profile->region : QString();
}

std::optional<HttpEndpoint> AwsResolver::resolve(const ConnectionSpec& spec, QString* error) const
{
    const bool chosenProfile = spec.credentialSource == CredentialSource::Profile;
    const QString profileName = chosenProfile ? spec.profile : environmentProfile();
    const std::optional<AwsProfile> profile = m_profiles.profile(profileName);
    if (chosenProfile && !profile) {
        *error = tr("There is no AWS profile “%1” in %2 or %3.")
                     .arg(profileName, m_profiles.configPath(), m_profiles.credentialsPath());
        return std::nullopt;
    }

    HttpEndpoint endpoint;
    const std::optional<AwsCredentials> keys = credentials(spec, profile, &endpoint.credentialOrigin, error);
    if (!keys)
        return std::nullopt;
    endpoint.credentials = *keys;

    endpoint.region = spec.region.isEmpty() ? region(profileName) : spec.region;
    if (endpoint.region.isEmpty()) {
        *error = tr("No region: choose one, or set AWS_REGION or the profile's region.");
        return std::nullopt;
    }

    QString url = spec.endpointUrl;
    endpoint.endpointOrigin = tr("entered");
    const bool ignoreConfigured = isTrue(m_environment.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")))
        || (profile && profile->ignoreConfiguredEndpointUrls);
    if (url.isEmpty() && !ignoreConfigured) {
        for (const char* variable : { "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL" }) {
            const QString value = m_environment.value(QLatin1String(variable));
            if (url.isEmpty() && !value.isEmpty()) {
                url = value;
                endpoint.endpointOrigin = QLatin1String(variable);
            }
        }
        if (url.isEmpty() && profile) {
            url = profile->endpointUrl;
            endpoint.endpointOrigin = tr("profile %1").arg(profile->name);
        }
    }
    if (url.isEmpty()) {
        endpoint.url = awsEndpoint(endpoint.region);
        endpoint.streamsUrl = QUrl(QStringLiteral("https://streams.dynamodb.%1.amazonaws.com%2")
                                       .arg(endpoint.region, chinaSuffix(endpoint.region)));
        endpoint.endpointOrigin = tr("AWS endpoint of %1").arg(endpoint.region);
        return endpoint;
    }
    endpoint.url = QUrl(url, QUrl::StrictMode);
    const QString scheme = endpoint.url.scheme();
    if (!endpoint.url.isValid() || endpoint.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = tr("“%1” is not an http:// or https:// URL.").arg(url);
        return std::nullopt;
    }
    endpoint.streamsUrl = endpoint.url;
    return endpoint;
}

std::optional<AwsCredentials> AwsResolver::credentials(
    const ConnectionSpec& spec, const std::optional<AwsProfile>& profile, QString* origin, QString* error) const
{
    switch (spec.credentialSource) {
    case CredentialSource::Typed:
        if (!spec.typedCredentials.isComplete()) {
            *error = tr("Enter the access key ID and the secret access key (typed keys are not saved).");
            return std::nullopt;
        }
        *origin = tr("typed keys");
        return spec.typedCredentials;
    case CredentialSource::Placeholder:
        *origin = tr("placeholder keys");
        return placeholderCredentials();
    case CredentialSource::Environment: {
        const AwsCredentials fromVariables = environmentCredentials();
        if (fromVariables.isComplete()) {
            *origin = tr("environment variables");
            return fromVariables;
        }
        if (!fromVariables.accessKeyId.isEmpty() || !fromVariables.secretAccessKey.isEmpty()) {
            *error = tr("Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set.");
            return std::nullopt;
        }
        if (!profile) {
            *error = tr("No keys in the environment: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
                        "AWS_PROFILE to a profile with keys.");
            return std::nullopt;
        }
        break;
    }
    case CredentialSource::Profile:
        break;
    }

    if (profile->credentials.isComplete()) {
        *origin = tr("profile %1").arg(profile->name);
        return profile->credentials;
    }
    if (!profile->otherCredentialSetting.isEmpty()) {
        *error = tr("Profile “%1” gets its keys through %2, which Dynoscope cannot use yet. Export them with "
                    "“aws configure export-credentials --profile %1 --format env” before starting Dynoscope and "
                    "choose the environment, or type them.")
                     .arg(profile->name, profile->otherCredentialSetting);
    } else {
        *error = tr("Profile “%1” has no aws_access_key_id and aws_secret_access_key.").arg(profile->name);
    }
    return std::nullopt;
}

} // namespace dynoscope::ui
