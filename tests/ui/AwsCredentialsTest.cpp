// Credentials, region and endpoint resolved as the AWS tools do: the shared
// config and credentials files (found through AWS_CONFIG_FILE and
// AWS_SHARED_CREDENTIALS_FILE), environment variables and their precedence,
// session tokens, and connection specs saved without secrets.
#include "connection/AwsIniFile.h"
#include "connection/AwsProfiles.h"
#include "connection/AwsResolver.h"
#include "connection/ConnectionSpec.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace dynoscope::ui;

class AwsCredentialsTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void parsesTheIniDialect();
    void listsProfilesOfBothFiles();
    void credentialsFileWinsOverConfigFile();
    void profileEndpointFromServicesSection();
    void environmentKeysWithSessionToken();
    void environmentFallsBackToAwsProfile();
    void environmentVariablesPointAtTheFiles();
    void regionPrecedence();
    void endpointPrecedence();
    void awsEndpointsForRegions();
    void typedAndPlaceholderKeys();
    void explainsWhatIsMissing();
    void specIsSavedWithoutSecrets();

private:
    QProcessEnvironment environment(const QStringList& assignments = {}) const;
    static std::optional<HttpEndpoint> resolve(
        const QProcessEnvironment& environment, const ConnectionSpec& spec, QString* error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
};

// moc misreads raw string literals inside macro arguments: keep it out.
#ifndef Q_MOC_RUN

namespace {

const char* const kConfig = R"(# a comment
[default]
region = eu-west-1
aws_access_key_id = AKIDCONFIGDEFAULT
aws_secret_access_key = config-default-secret

[profile dev]
region = eu-central-1
services = local-dynamodb
endpoint_url = http://localhost:1111

[profile plain]
Region = ap-south-1
endpoint_url = http://localhost:2222
aws_access_key_id = AKIDPLAIN
aws_secret_access_key = plain-secret

[profile corp]
sso_session = corp
sso_account_id = 111122223333
region = us-east-2

[profile nokeys]
region = us-west-2

[sso-session corp]
sso_start_url = https://example.awsapps.com/start

[services local-dynamodb]
dynamodb =
  endpoint_url = http://localhost:8000
s3 =
  endpoint_url = http://localhost:9000
)";

const char* const kCredentials = R"([default]
aws_access_key_id = AKIDDEFAULT
aws_secret_access_key = default-secret

; temporary keys
[dev]
aws_access_key_id = ASIADEV
aws_secret_access_key = dev-secret
aws_session_token = dev-token

[ci]
aws_access_key_id=AKIDCI
aws_secret_access_key=ci-secret
)";

void write(const QString& path, const char* text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

ConnectionSpec remote(CredentialSource source, const QString& profile = {})
{
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::Remote;
    spec.credentialSource = source;
    spec.profile = profile;
    return spec;
}

} // namespace

void AwsCredentialsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(m_dir->filePath(QStringLiteral("config")), kConfig);
    write(m_dir->filePath(QStringLiteral("credentials")), kCredentials);
}

// The files in the temporary folder, a HOME without .aws, and the given NAME=value pairs.
QProcessEnvironment AwsCredentialsTest::environment(const QStringList& assignments) const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir->filePath(QStringLiteral("credentials")));
    for (const QString& assignment : assignments)
        environment.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    return environment;
}

std::optional<HttpEndpoint> AwsCredentialsTest::resolve(
    const QProcessEnvironment& environment, const ConnectionSpec& spec, QString* error)
{
    QString ignored;
    return AwsResolver(environment).resolve(spec, error ? error : &ignored);
}

void AwsCredentialsTest::parsesTheIniDialect()
{
    const AwsIniFile ini = AwsIniFile::parse(QStringLiteral("top = ignored\n"
                                                            "[ profile  a ]\r\n"
                                                            "  # indented comment\n"
                                                            "KEY = Value with = sign \r\n"
                                                            "nested =\n"
                                                            "    inner = 1\n"
                                                            "    other=2\n"
                                                            "after = 3\n"
                                                            "[b]\n"
                                                            "key = first\n"
                                                            "key = second\n"));
    QCOMPARE(ini.sections(), QStringList({ QStringLiteral("profile a"), QStringLiteral("b") }));
    const AwsIniFile::Settings a = ini.section(QStringLiteral("profile a"));
    QCOMPARE(a.value(QStringLiteral("key")), QStringLiteral("Value with = sign"));
    QCOMPARE(a.value(QStringLiteral("nested")), QString());
    QCOMPARE(a.value(QStringLiteral("nested.inner")), QStringLiteral("1"));
    QCOMPARE(a.value(QStringLiteral("nested.other")), QStringLiteral("2"));
    QCOMPARE(a.value(QStringLiteral("after")), QStringLiteral("3"));
    QVERIFY(!a.contains(QStringLiteral("top")));
    QCOMPARE(ini.section(QStringLiteral("b")).value(QStringLiteral("key")), QStringLiteral("second"));
    QVERIFY(AwsIniFile::read(m_dir->filePath(QStringLiteral("missing"))).sections().isEmpty());
}

void AwsCredentialsTest::listsProfilesOfBothFiles()
{
    const AwsProfiles profiles = AwsProfiles::load(environment());
    QCOMPARE(profiles.names(),
        QStringList({ QStringLiteral("default"), QStringLiteral("ci"), QStringLiteral("corp"), QStringLiteral("dev"),
            QStringLiteral("nokeys"), QStringLiteral("plain") }));
    QCOMPARE(profiles.configPath(), m_dir->filePath(QStringLiteral("config")));
    QVERIFY(!profiles.profile(QStringLiteral("local-dynamodb")));
    QVERIFY(!profiles.profile(QStringLiteral("missing")));

    // Without the variables, the files are looked for in ~/.aws.
    QProcessEnvironment home;
    home.insert(QStringLiteral("HOME"), m_dir->path());
    QCOMPARE(AwsProfiles::load(home).configPath(), m_dir->path() + QStringLiteral("/.aws/config"));
    QCOMPARE(AwsProfiles::load(home).credentialsPath(), m_dir->path() + QStringLiteral("/.aws/credentials"));
    QVERIFY(AwsProfiles::load(home).names().isEmpty());
}

void AwsCredentialsTest::credentialsFileWinsOverConfigFile()
{
    const AwsProfiles profiles = AwsProfiles::load(environment());
    const std::optional<AwsProfile> defaults = profiles.profile(QStringLiteral("default"));
    QVERIFY(defaults);
    QCOMPARE(defaults->credentials.accessKeyId, QStringLiteral("AKIDDEFAULT"));
    QCOMPARE(defaults->credentials.secretAccessKey, QStringLiteral("default-secret"));
    QCOMPARE(defaults->region, QStringLiteral("eu-west-1"));

    const std::optional<AwsProfile> plain = profiles.profile(QStringLiteral("plain"));
    QVERIFY(plain);
    QCOMPARE(plain->credentials.accessKeyId, QStringLiteral("AKIDPLAIN"));
    QCOMPARE(plain->region, QStringLiteral("ap-south-1")); // setting names are case-insensitive
    QCOMPARE(plain->endpointUrl, QStringLiteral("http://localhost:2222"));

    const std::optional<AwsProfile> corp = profiles.profile(QStringLiteral("corp"));
    QVERIFY(corp);
    QVERIFY(!corp->credentials.isComplete());
    QCOMPARE(corp->otherCredentialSetting, QStringLiteral("sso_session"));
}

void AwsCredentialsTest::profileEndpointFromServicesSection()
{
    const std::optional<AwsProfile> dev = AwsProfiles::load(environment()).profile(QStringLiteral("dev"));
    QVERIFY(dev);
    QCOMPARE(dev->endpointUrl, QStringLiteral("http://localhost:8000"));
    QCOMPARE(dev->credentials.accessKeyId, QStringLiteral("ASIADEV"));
    QCOMPARE(dev->credentials.sessionToken, QStringLiteral("dev-token"));
    QCOMPARE(dev->region, QStringLiteral("eu-central-1"));

    const std::optional<HttpEndpoint> endpoint
        = resolve(environment(), remote(CredentialSource::Profile, QStringLiteral("dev")));
    QVERIFY(endpoint);
    QCOMPARE(endpoint->url, QUrl(QStringLiteral("http://localhost:8000")));
    QCOMPARE(endpoint->streamsUrl, endpoint->url);
    QCOMPARE(endpoint->endpointOrigin, QStringLiteral("profile dev"));
    QCOMPARE(endpoint->credentials.sessionToken, QStringLiteral("dev-token"));
    QCOMPARE(endpoint->credentialOrigin, QStringLiteral("profile dev"));
}

void AwsCredentialsTest::environmentKeysWithSessionToken()
{
    const std::optional<HttpEndpoint> endpoint
        = resolve(environment({ QStringLiteral("AWS_ACCESS_KEY_ID=ASIAENV"),
                      QStringLiteral("AWS_SECRET_ACCESS_KEY=env-secret"), QStringLiteral("AWS_SESSION_TOKEN=env-token"),
                      QStringLiteral("AWS_PROFILE=ci"), QStringLiteral("AWS_REGION=us-east-1") }),
            remote(CredentialSource::Environment));
    QVERIFY(endpoint);
    QCOMPARE(endpoint->credentials.accessKeyId, QStringLiteral("ASIAENV"));
    QCOMPARE(endpoint->credentials.secretAccessKey, QStringLiteral("env-secret"));
    QCOMPARE(endpoint->credentials.sessionToken, QStringLiteral("env-token"));
    QCOMPARE(endpoint->credentialOrigin, QStringLiteral("environment variables"));
    // ci has no region: the default profile's is not borrowed.
    QString error;
    QVERIFY(!resolve(environment({ QStringLiteral("AWS_PROFILE=ci") }), remote(CredentialSource::Environment), &error));
    QCOMPARE(error, QStringLiteral("No region: choose one, or set AWS_REGION or the profile's region."));

    // A chosen profile is not overridden by keys in the environment.
    const std::optional<HttpEndpoint> chosen = resolve(environment({ QStringLiteral("AWS_ACCESS_KEY_ID=ASIAENV"),
                                                           QStringLiteral("AWS_SECRET_ACCESS_KEY=env-secret") }),
        remote(CredentialSource::Profile, QStringLiteral("plain")));
    QVERIFY(chosen);
    QCOMPARE(chosen->credentials.accessKeyId, QStringLiteral("AKIDPLAIN"));
    QVERIFY(chosen->credentials.sessionToken.isEmpty());
}

void AwsCredentialsTest::environmentFallsBackToAwsProfile()
{
    std::optional<HttpEndpoint> endpoint
        = resolve(environment({ QStringLiteral("AWS_PROFILE=dev") }), remote(CredentialSource::Environment));
    QVERIFY(endpoint);
    QCOMPARE(endpoint->credentials.accessKeyId, QStringLiteral("ASIADEV"));
    QCOMPARE(endpoint->credentialOrigin, QStringLiteral("profile dev"));
    QCOMPARE(endpoint->region, QStringLiteral("eu-central-1"));

    endpoint = resolve(environment(), remote(CredentialSource::Environment));
    QVERIFY(endpoint);
    QCOMPARE(endpoint->credentials.accessKeyId, QStringLiteral("AKIDDEFAULT"));
    QCOMPARE(endpoint->credentialOrigin, QStringLiteral("profile default"));

    // The AWS CLI's older variable.
    endpoint
        = resolve(environment({ QStringLiteral("AWS_DEFAULT_PROFILE=plain") }), remote(CredentialSource::Environment));
    QVERIFY(endpoint);
    QCOMPARE(endpoint->credentials.accessKeyId, QStringLiteral("AKIDPLAIN"));
}

// The real process environment, as the app uses it.
void AwsCredentialsTest::environmentVariablesPointAtTheFiles()
{
    const QProcessEnvironment files = environment();
    const QStringList names = { QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
        QStringLiteral("AWS_PROFILE"), QStringLiteral("AWS_REGION"), QStringLiteral("AWS_DEFAULT_REGION"),
        QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AWS_SECRET_ACCESS_KEY"),
        QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("AWS_ENDPOINT_URL_DYNAMODB") };
    for (const QString& name : names)
        qunsetenv(name.toLatin1().constData());
    qputenv("AWS_CONFIG_FILE", files.value(QStringLiteral("AWS_CONFIG_FILE")).toLocal8Bit());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", files.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE")).toLocal8Bit());
    qputenv("AWS_PROFILE", "ci");
    qputenv("AWS_REGION", "sa-east-1");
    AwsResolver resolver;
    QCOMPARE(resolver.profiles().names().size(), 6);
    QString error;
    const std::optional<HttpEndpoint> endpoint = resolver.resolve(remote(CredentialSource::Environment), &error);
    for (const QString& name : names)
        qunsetenv(name.toLatin1().constData());
    QVERIFY2(endpoint, qPrintable(error));
    QCOMPARE(endpoint->credentials.accessKeyId, QStringLiteral("AKIDCI"));
    QCOMPARE(endpoint->region, QStringLiteral("sa-east-1"));
    QCOMPARE(endpoint->url, QUrl(QStringLiteral("https://dynamodb.sa-east-1.amazonaws.com")));
}

void AwsCredentialsTest::regionPrecedence()
{
    ConnectionSpec spec = remote(CredentialSource::Profile, QStringLiteral("dev"));
    const auto regionWith = [&](const QStringList& assignments) {
        const std::optional<HttpEndpoint> endpoint = resolve(environment(assignments), spec);
        return endpoint ? endpoint->region : QStringLiteral("(failed)");
    };
    QCOMPARE(regionWith({}), QStringLiteral("eu-central-1"));
    QCOMPARE(regionWith({ QStringLiteral("AWS_DEFAULT_REGION=us-west-1") }), QStringLiteral("us-west-1"));
    QCOMPARE(regionWith({ QStringLiteral("AWS_DEFAULT_REGION=us-west-1"), QStringLiteral("AWS_REGION=ca-central-1") }),
        QStringLiteral("ca-central-1"));
    spec.region = QStringLiteral("ap-northeast-1");
    QCOMPARE(regionWith({ QStringLiteral("AWS_REGION=ca-central-1") }), QStringLiteral("ap-northeast-1"));
    QCOMPARE(AwsResolver(environment({ QStringLiteral("AWS_PROFILE=plain") })).region(QStringLiteral("plain")),
        QStringLiteral("ap-south-1"));
}

void AwsCredentialsTest::endpointPrecedence()
{
    ConnectionSpec spec = remote(CredentialSource::Profile, QStringLiteral("dev"));
    const auto endpointWith = [&](const QStringList& assignments) {
        const std::optional<HttpEndpoint> endpoint = resolve(environment(assignments), spec);
        return endpoint ? endpoint->url.toString() + QLatin1Char(' ') + endpoint->endpointOrigin
                        : QStringLiteral("(failed)");
    };
    const QString global = QStringLiteral("AWS_ENDPOINT_URL=http://global:1");
    const QString dynamodb = QStringLiteral("AWS_ENDPOINT_URL_DYNAMODB=http://dynamodb:2");
    QCOMPARE(endpointWith({}), QStringLiteral("http://localhost:8000 profile dev"));
    QCOMPARE(endpointWith({ global }), QStringLiteral("http://global:1 AWS_ENDPOINT_URL"));
    QCOMPARE(endpointWith({ global, dynamodb }), QStringLiteral("http://dynamodb:2 AWS_ENDPOINT_URL_DYNAMODB"));
    QCOMPARE(endpointWith({ global, dynamodb, QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true") }),
        QStringLiteral("https://dynamodb.eu-central-1.amazonaws.com AWS endpoint of eu-central-1"));
    spec.endpointUrl = QStringLiteral("https://proxy.example.com/dynamodb");
    QCOMPARE(endpointWith({ global, dynamodb }), QStringLiteral("https://proxy.example.com/dynamodb entered"));

    spec.endpointUrl = QStringLiteral("localhost:8000");
    QString error;
    QVERIFY(!resolve(environment(), spec, &error));
    QCOMPARE(error, QStringLiteral("“localhost:8000” is not an http:// or https:// URL."));
}

void AwsCredentialsTest::awsEndpointsForRegions()
{
    ConnectionSpec spec = remote(CredentialSource::Profile, QStringLiteral("plain"));
    spec.region = QStringLiteral("cn-north-1");
    spec.endpointUrl.clear();
    QProcessEnvironment ignoring = environment({ QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=TRUE") });
    std::optional<HttpEndpoint> endpoint = resolve(ignoring, spec);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->url, QUrl(QStringLiteral("https://dynamodb.cn-north-1.amazonaws.com.cn")));
    QCOMPARE(endpoint->streamsUrl, QUrl(QStringLiteral("https://streams.dynamodb.cn-north-1.amazonaws.com.cn")));
    spec.region = QStringLiteral("eu-west-3");
    endpoint = resolve(ignoring, spec);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->url, QUrl(QStringLiteral("https://dynamodb.eu-west-3.amazonaws.com")));
    QCOMPARE(endpoint->streamsUrl, QUrl(QStringLiteral("https://streams.dynamodb.eu-west-3.amazonaws.com")));
}

void AwsCredentialsTest::typedAndPlaceholderKeys()
{
    ConnectionSpec spec = remote(CredentialSource::Typed);
    spec.region = QStringLiteral("us-east-1");
    spec.endpointUrl = QStringLiteral("http://localhost:8000");
    spec.typedCredentials
        = { QStringLiteral("ASIATYPED"), QStringLiteral("typed-secret"), QStringLiteral("typed-token") };
    std::optional<HttpEndpoint> endpoint = resolve(environment({ QStringLiteral("AWS_ACCESS_KEY_ID=ENV") }), spec);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->credentials.accessKeyId, QStringLiteral("ASIATYPED"));
    QCOMPARE(endpoint->credentials.sessionToken, QStringLiteral("typed-token"));
    QCOMPARE(endpoint->credentials.maskedKeyId(), QStringLiteral("ASIA…YPED"));
    QCOMPARE(endpoint->credentialOrigin, QStringLiteral("typed keys"));

    spec.credentialSource = CredentialSource::Placeholder;
    endpoint = resolve(environment(), spec);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->credentials.accessKeyId, QStringLiteral("dynoscope"));
    QVERIFY(endpoint->credentials.sessionToken.isEmpty());
}

void AwsCredentialsTest::explainsWhatIsMissing()
{
    const auto errorFor = [&](const QStringList& assignments, const ConnectionSpec& spec) {
        QString error;
        return resolve(environment(assignments), spec, &error) ? QStringLiteral("(resolved)") : error;
    };
    QCOMPARE(errorFor({}, remote(CredentialSource::Profile, QStringLiteral("gone"))),
        QStringLiteral("There is no AWS profile “gone” in %1 or %2.")
            .arg(m_dir->filePath(QStringLiteral("config")), m_dir->filePath(QStringLiteral("credentials"))));
    QCOMPARE(errorFor({}, remote(CredentialSource::Profile, QStringLiteral("corp"))),
        QStringLiteral("Profile “corp” gets its keys through sso_session, which Dynoscope cannot use yet. "
                       "Export them with “aws configure export-credentials --profile corp --format env” before "
                       "starting Dynoscope and choose the environment, or type them."));
    QCOMPARE(errorFor({}, remote(CredentialSource::Profile, QStringLiteral("nokeys"))),
        QStringLiteral("Profile “nokeys” has no aws_access_key_id and aws_secret_access_key."));
    QCOMPARE(errorFor({ QStringLiteral("AWS_ACCESS_KEY_ID=AKID") }, remote(CredentialSource::Environment)),
        QStringLiteral("Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set."));
    QCOMPARE(errorFor({ QStringLiteral("AWS_PROFILE=unknown") }, remote(CredentialSource::Environment)),
        QStringLiteral("No keys in the environment: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
                       "AWS_PROFILE to a profile with keys."));
    ConnectionSpec typed = remote(CredentialSource::Typed);
    typed.typedCredentials.accessKeyId = QStringLiteral("AKID");
    QCOMPARE(errorFor({}, typed),
        QStringLiteral("Enter the access key ID and the secret access key (typed keys are not saved)."));
}

void AwsCredentialsTest::specIsSavedWithoutSecrets()
{
    ConnectionSpec spec = remote(CredentialSource::Typed);
    spec.endpointUrl = QStringLiteral("http://localhost:4566");
    spec.region = QStringLiteral("us-east-1");
    spec.typedCredentials = { QStringLiteral("AKIDTYPEDKEY1234"), QStringLiteral("very-secret-value"),
        QStringLiteral("session-token-value") };
    const QString path = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("connection"));
        spec.save(settings);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY2(saved.contains("endpointUrl=http://localhost:4566\n"), saved.constData());
    QVERIFY(saved.contains("credentials=typed"));
    for (const QByteArray& secret :
        { QByteArray("AKIDTYPEDKEY1234"), QByteArray("very-secret-value"), QByteArray("session-token-value") }) {
        QVERIFY2(!saved.contains(secret), saved.constData());
    }

    QSettings settings(path, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("connection"));
    const ConnectionSpec loaded = ConnectionSpec::load(settings);
    QCOMPARE(loaded.kind, ConnectionSpec::Kind::Remote);
    QCOMPARE(loaded.endpointUrl, spec.endpointUrl);
    QCOMPARE(loaded.region, spec.region);
    QCOMPARE(loaded.credentialSource, CredentialSource::Typed);
    QVERIFY(loaded.needsTypedKeys());

    // A new database file comes back as a file to open; a profile by name.
    ConnectionSpec created;
    created.kind = ConnectionSpec::Kind::NewDatabaseFile;
    created.filePath = QStringLiteral("/tmp/x.dynoscope");
    created.save(settings);
    QCOMPARE(ConnectionSpec::load(settings).kind, ConnectionSpec::Kind::DatabaseFile);
    QCOMPARE(ConnectionSpec::load(settings).filePath, created.filePath);
    const ConnectionSpec profile = remote(CredentialSource::Profile, QStringLiteral("dev"));
    profile.save(settings);
    QCOMPARE(ConnectionSpec::load(settings).profile, QStringLiteral("dev"));
    QCOMPARE(ConnectionSpec::load(settings).credentialSource, CredentialSource::Profile);
}

#endif

QTEST_MAIN(AwsCredentialsTest)
#include "AwsCredentialsTest.moc"
