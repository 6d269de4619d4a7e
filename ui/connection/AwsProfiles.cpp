// Follows the AWS SDKs and tools reference guide ("Shared config and
// credentials files", "Service-specific endpoints"): in the config file a
// profile is "[profile name]" ("[default]" for the default one), in the
// credentials file it is "[name]"; the credentials file's keys win.
#include "connection/AwsProfiles.h"

#include <QDir>

#include <algorithm>

namespace dynoscope::ui {

namespace {

const QString kProfilePrefix = QStringLiteral("profile ");
const QString kDefault = QStringLiteral("default");

QString filePath(const QProcessEnvironment& environment, const char* variable, const char* fileName)
{
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    const QString explicitPath = environment.value(QLatin1String(variable));
    if (explicitPath.isEmpty())
        return home + QStringLiteral("/.aws/") + QLatin1String(fileName);
    return explicitPath.startsWith(QLatin1String("~/")) ? home + explicitPath.mid(1) : explicitPath;
}

// Settings that make the AWS tools fetch credentials rather than read them.
const char* const kOtherCredentialSettings[] = {
    "role_arn",
    "sso_session",
    "sso_start_url",
    "credential_process",
    "web_identity_token_file",
    "login_session",
};

} // namespace

AwsProfiles AwsProfiles::load(const QProcessEnvironment& environment)
{
    AwsProfiles profiles;
    profiles.m_configPath = filePath(environment, "AWS_CONFIG_FILE", "config");
    profiles.m_credentialsPath = filePath(environment, "AWS_SHARED_CREDENTIALS_FILE", "credentials");
    profiles.m_config = AwsIniFile::read(profiles.m_configPath);
    profiles.m_credentials = AwsIniFile::read(profiles.m_credentialsPath);
    return profiles;
}

QStringList AwsProfiles::names() const
{
    QStringList names;
    for (const QString& section : m_config.sections()) {
        if (section == kDefault)
            names.append(kDefault);
        else if (section.startsWith(kProfilePrefix))
            names.append(section.mid(kProfilePrefix.size()).trimmed());
    }
    names.append(m_credentials.sections());
    names.removeDuplicates();
    names.removeAll(QString());
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        if ((a == kDefault) != (b == kDefault))
            return a == kDefault;
        return a.localeAwareCompare(b) < 0;
    });
    return names;
}

QString AwsProfiles::configSection(const QString& name) const
{
    // "[profile default]" is allowed too, and wins over "[default]".
    if (name != kDefault || m_config.hasSection(kProfilePrefix + name))
        return kProfilePrefix + name;
    return kDefault;
}

std::optional<AwsProfile> AwsProfiles::profile(const QString& name) const
{
    const QString section = configSection(name);
    if (name.isEmpty() || (!m_config.hasSection(section) && !m_credentials.hasSection(name)))
        return std::nullopt;
    const AwsIniFile::Settings config = m_config.section(section);
    const AwsIniFile::Settings credentials = m_credentials.section(name);
    const auto setting = [&](const QString& key) {
        const QString fromCredentials = credentials.value(key);
        return fromCredentials.isEmpty() ? config.value(key) : fromCredentials;
    };

    AwsProfile profile;
    profile.name = name;
    // Keys come as a set from one file, so a token never pairs with another file's key.
    const AwsIniFile::Settings& keySource
        = credentials.contains(QStringLiteral("aws_access_key_id")) ? credentials : config;
    profile.credentials.accessKeyId = keySource.value(QStringLiteral("aws_access_key_id"));
    profile.credentials.secretAccessKey = keySource.value(QStringLiteral("aws_secret_access_key"));
    profile.credentials.sessionToken = keySource.value(QStringLiteral("aws_session_token"));
    profile.region = setting(QStringLiteral("region"));
    profile.ignoreConfiguredEndpointUrls
        = setting(QStringLiteral("ignore_configured_endpoint_urls")).compare(QLatin1String("true"), Qt::CaseInsensitive)
        == 0;

    const QString services = config.value(QStringLiteral("services"));
    if (!services.isEmpty()) {
        profile.endpointUrl
            = m_config.section(QStringLiteral("services ") + services).value(QStringLiteral("dynamodb.endpoint_url"));
    }
    if (profile.endpointUrl.isEmpty())
        profile.endpointUrl = config.value(QStringLiteral("endpoint_url"));

    if (!profile.credentials.isComplete()) {
        for (const char* other : kOtherCredentialSettings) {
            if (!setting(QLatin1String(other)).isEmpty()) {
                profile.otherCredentialSetting = QLatin1String(other);
                break;
            }
        }
    }
    return profile;
}

} // namespace dynoscope::ui
