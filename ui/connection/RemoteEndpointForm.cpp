// Presets only fill the URL (and, for emulators, placeholder keys and a
// region); what is sent is always what the fields say.
#include "connection/RemoteEndpointForm.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

#include <algorithm>

namespace dynoscope::ui {

namespace {

// The commercial, China and GovCloud regions, for the region picker.
// clang-format off
const char* const kRegions[] = {
    "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1", "ap-south-1", "ap-south-2",
    "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-7",
    "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ca-central-1", "ca-west-1", "eu-central-1",
    "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1",
    "il-central-1", "me-south-1", "me-central-1", "mx-central-1", "sa-east-1", "cn-north-1", "cn-northwest-1",
    "us-gov-east-1", "us-gov-west-1",
};
// clang-format on

const QString kDynamoDbLocalUrl = QStringLiteral("http://localhost:8000");
const QString kLocalStackUrl = QStringLiteral("http://localhost:4566");
const QString kEmulatorRegion = QStringLiteral("us-east-1");

bool isEndpointUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// "~/.aws/config" rather than the full path, to keep the note on one line.
QString homeRelative(const QString& path)
{
    const QString home = QDir::homePath() + QLatin1Char('/');
    return path.startsWith(home) ? QStringLiteral("~/") + path.mid(home.size()) : path;
}

} // namespace

RemoteEndpointForm::RemoteEndpointForm(QProcessEnvironment environment, QWidget* parent)
    : QWidget(parent)
    , m_resolver(std::move(environment))
    , m_preset(new QComboBox)
    , m_url(new QLineEdit)
    , m_region(new QComboBox)
    , m_source(new QComboBox)
    , m_sourceNote(new QLabel)
    , m_profile(new QComboBox)
    , m_accessKey(new QLineEdit)
    , m_secretKey(new QLineEdit)
    , m_sessionToken(new QLineEdit)
    , m_destination(new QLabel)
    , m_form(new QFormLayout(this))
{
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItem(tr("AWS DynamoDB"), QString());
    m_preset->addItem(tr("DynamoDB Local or dynoscope-server (%1)").arg(kDynamoDbLocalUrl), kDynamoDbLocalUrl);
    m_preset->addItem(tr("LocalStack (%1)").arg(kLocalStackUrl), kLocalStackUrl);
    m_preset->addItem(tr("Other endpoint"), QString());

    m_url->setObjectName(QStringLiteral("endpointUrl"));
    m_url->setPlaceholderText(tr("The region's AWS endpoint, unless the environment or profile names one"));
    m_url->setClearButtonEnabled(true);

    m_region->setObjectName(QStringLiteral("region"));
    m_region->setEditable(true);
    for (const char* region : kRegions)
        m_region->addItem(QLatin1String(region));
    m_region->lineEdit()->setPlaceholderText(tr("e.g. eu-west-1"));

    m_source->setObjectName(QStringLiteral("credentialSource"));
    m_source->addItem(tr("AWS profile"), int(CredentialSource::Profile));
    m_source->addItem(tr("Environment variables"), int(CredentialSource::Environment));
    m_source->addItem(tr("Access keys typed here"), int(CredentialSource::Typed));
    m_source->addItem(tr("Placeholder keys, for local emulators"), int(CredentialSource::Placeholder));

    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->addItems(m_resolver.profiles().names());
    m_profile->setPlaceholderText(tr("No profiles in ~/.aws/config or ~/.aws/credentials"));

    m_accessKey->setObjectName(QStringLiteral("accessKeyId"));
    m_secretKey->setObjectName(QStringLiteral("secretAccessKey"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_sessionToken->setObjectName(QStringLiteral("sessionToken"));
    m_sessionToken->setEchoMode(QLineEdit::Password);
    m_sessionToken->setPlaceholderText(tr("Only for temporary keys"));

    for (QLabel* label : { m_sourceNote, m_destination }) {
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Preset:"), m_preset);
    m_form->addRow(tr("Endpoint &URL:"), m_url);
    m_form->addRow(tr("&Region:"), m_region);
    m_form->addRow(tr("&Credentials:"), m_source);
    m_form->addRow(tr("Pro&file:"), m_profile);
    m_form->addRow(tr("&Access key ID:"), m_accessKey);
    m_form->addRow(tr("&Secret access key:"), m_secretKey);
    m_form->addRow(tr("Session &token:"), m_sessionToken);
    m_form->addRow(QString(), m_sourceNote);
    m_form->addRow(m_destination);

    connect(m_preset, &QComboBox::activated, this, &RemoteEndpointForm::applyPreset);
    connect(m_url, &QLineEdit::textEdited, this, &RemoteEndpointForm::showPresetOf);
    connect(m_profile, &QComboBox::activated, this, &RemoteEndpointForm::profileChosen);
    connect(m_source, &QComboBox::currentIndexChanged, this, &RemoteEndpointForm::update);
    connect(m_region, &QComboBox::currentTextChanged, this, &RemoteEndpointForm::update);
    for (QLineEdit* edit : { m_url, m_accessKey, m_secretKey, m_sessionToken })
        connect(edit, &QLineEdit::textChanged, this, &RemoteEndpointForm::update);

    // Start where the AWS tools would: the environment's keys, else its profile.
    const QString profile = m_resolver.environmentProfile();
    m_profile->setCurrentIndex(std::max(0, m_profile->findText(profile)));
    const bool useProfile = !m_resolver.environmentHasKeys() && m_profile->count() > 0;
    setSource(useProfile ? CredentialSource::Profile : CredentialSource::Environment);
    m_region->setCurrentText(m_resolver.region(useProfile ? m_profile->currentText() : profile));
    update();
}

CredentialSource RemoteEndpointForm::source() const
{
    return CredentialSource(m_source->currentData().toInt());
}

void RemoteEndpointForm::setSource(CredentialSource source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
}

void RemoteEndpointForm::setSpec(const ConnectionSpec& spec)
{
    m_url->setText(spec.endpointUrl);
    showPresetOf(spec.endpointUrl);
    m_region->setCurrentText(spec.region);
    setSource(spec.credentialSource);
    if (spec.credentialSource == CredentialSource::Profile) {
        // A profile since removed from the files still shows, so the problem can name it.
        if (m_profile->findText(spec.profile) < 0)
            m_profile->addItem(spec.profile);
        m_profile->setCurrentIndex(m_profile->findText(spec.profile));
    }
    m_accessKey->setText(spec.typedCredentials.accessKeyId);
    m_secretKey->setText(spec.typedCredentials.secretAccessKey);
    m_sessionToken->setText(spec.typedCredentials.sessionToken);
    update();
}

void RemoteEndpointForm::fillSpec(ConnectionSpec& spec) const
{
    spec.kind = ConnectionSpec::Kind::Remote;
    spec.endpointUrl = m_url->text().trimmed();
    spec.region = m_region->currentText().trimmed();
    spec.credentialSource = source();
    spec.profile = spec.credentialSource == CredentialSource::Profile ? m_profile->currentText() : QString();
    spec.typedCredentials = {};
    if (spec.credentialSource == CredentialSource::Typed) {
        spec.typedCredentials
            = { m_accessKey->text().trimmed(), m_secretKey->text().trimmed(), m_sessionToken->text().trimmed() };
    }
}

QString RemoteEndpointForm::problem() const
{
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !isEndpointUrl(url))
        return tr("The endpoint URL must start with http:// or https:// and name a host.");
    const QString region = m_region->currentText().trimmed();
    if (region.isEmpty())
        return tr("Enter a region, e.g. us-east-1.");
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!regionPattern.match(region).hasMatch())
        return tr("“%1” is not a region name: lowercase letters, digits and dashes.").arg(region);
    if (source() == CredentialSource::Profile && m_profile->currentText().isEmpty()) {
        if (m_profile->count() == 0) {
            return tr("There are no AWS profiles in %1 or %2.")
                .arg(m_resolver.profiles().configPath(), m_resolver.profiles().credentialsPath());
        }
        return tr("Choose a profile.");
    }
    ConnectionSpec spec;
    fillSpec(spec);
    if (spec.needsTypedKeys())
        return tr("Enter the access key ID and the secret access key.");
    QString error;
    m_resolver.resolve(spec, &error);
    return error;
}

void RemoteEndpointForm::applyPreset(int preset)
{
    if (preset == CustomPreset) {
        m_url->setFocus();
        return;
    }
    m_url->setText(m_preset->itemData(preset).toString());
    const bool emulator = preset != AwsPreset;
    if (emulator) {
        if (m_region->currentText().trimmed().isEmpty())
            m_region->setCurrentText(kEmulatorRegion);
        if (source() == CredentialSource::Profile || source() == CredentialSource::Environment)
            setSource(CredentialSource::Placeholder);
    } else if (source() == CredentialSource::Placeholder) {
        setSource(m_profile->count() > 0 ? CredentialSource::Profile : CredentialSource::Environment);
    }
    update();
}

void RemoteEndpointForm::showPresetOf(const QString& url)
{
    int preset = url.trimmed().isEmpty() ? AwsPreset : CustomPreset;
    for (int candidate : { DynamoDbLocalPreset, LocalStackPreset }) {
        if (url.trimmed() == m_preset->itemData(candidate).toString())
            preset = candidate;
    }
    const QSignalBlocker blocker(m_preset);
    m_preset->setCurrentIndex(preset);
}

void RemoteEndpointForm::profileChosen()
{
    const QString region = m_resolver.region(m_profile->currentText());
    if (!region.isEmpty())
        m_region->setCurrentText(region);
    update();
}

void RemoteEndpointForm::update()
{
    const CredentialSource current = source();
    m_form->setRowVisible(m_profile, current == CredentialSource::Profile);
    for (QLineEdit* edit : { m_accessKey, m_secretKey, m_sessionToken })
        m_form->setRowVisible(edit, current == CredentialSource::Typed);
    switch (current) {
    case CredentialSource::Profile:
        m_sourceNote->setText(tr("Keys, region and endpoint from %1 and %2.")
                                  .arg(homeRelative(m_resolver.profiles().configPath()),
                                      homeRelative(m_resolver.profiles().credentialsPath())));
        break;
    case CredentialSource::Environment:
        m_sourceNote->setText(tr("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, else profile “%1” (AWS_PROFILE).")
                                  .arg(m_resolver.environmentProfile()));
        break;
    case CredentialSource::Typed:
        m_sourceNote->setText(tr("Kept until Dynoscope closes, never saved."));
        break;
    case CredentialSource::Placeholder:
        m_sourceNote->setText(tr("Fixed dummy keys: DynamoDB Local, LocalStack and other emulators accept any."));
        break;
    }

    m_destination->clear();
    if (problem().isEmpty()) {
        ConnectionSpec spec;
        fillSpec(spec);
        QString error;
        if (const std::optional<HttpEndpoint> endpoint = m_resolver.resolve(spec, &error)) {
            const QString keys = current == CredentialSource::Placeholder
                ? endpoint->credentialOrigin
                : tr("key %1 from %2").arg(endpoint->credentials.maskedKeyId(), endpoint->credentialOrigin);
            m_destination->setText(
                tr("Connects to %1 (%2), signing with %3 for %4.")
                    .arg(endpoint->url.toDisplayString(), endpoint->endpointOrigin, keys, endpoint->region));
        }
    }
    emit changed();
}

} // namespace dynoscope::ui
