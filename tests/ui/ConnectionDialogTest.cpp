// ConnectionDialog on the offscreen platform: what each choice yields as a
// ConnectionSpec, the inline checks that keep Connect disabled, the presets,
// profiles from the AWS files, and the secret fields' masking.
#include "connection/ConnectionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace dynoscope::ui;

namespace {

const char* const kConfig = "[default]\nregion = eu-west-1\n\n[profile dev]\nregion = eu-north-1\n";
const char* const kCredentials = "[default]\naws_access_key_id = AKIDDEFAULTKEY\naws_secret_access_key = s\n\n"
                                 "[dev]\naws_access_key_id = AKIDDEVELOPMENT\naws_secret_access_key = s\n";

template <typename Widget> Widget* child(const QDialog& dialog, const char* name)
{
    Widget* widget = dialog.findChild<Widget*>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

bool canConnect(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}

ConnectionSpec remoteSpec()
{
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::Remote;
    return spec;
}

// Picks "remote endpoint" as a user does, keeping the fields' defaults.
void chooseRemote(const QDialog& dialog)
{
    child<QRadioButton>(dialog, "remote")->click();
}

} // namespace

class ConnectionDialogTest : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        for (const auto& [name, text] :
            { std::pair { "config", kConfig }, std::pair { "credentials", kCredentials } }) {
            QFile file(m_dir->filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        m_environment = QProcessEnvironment();
        m_environment.insert(QStringLiteral("HOME"), m_dir->path());
        m_environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir->filePath(QStringLiteral("config")));
        m_environment.insert(
            QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir->filePath(QStringLiteral("credentials")));
    }

    void startsOnAScratchDatabase()
    {
        ConnectionDialog dialog(nullptr, m_environment);
        QCOMPARE(dialog.spec().kind, ConnectionSpec::Kind::InMemory);
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(canConnect(dialog));
    }

    void databaseFiles()
    {
        ConnectionDialog dialog(nullptr, m_environment);
        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::DatabaseFile;
        dialog.setSpec(spec);
        QCOMPARE(dialog.problem(), QStringLiteral("Choose the database file to open."));
        QVERIFY(!canConnect(dialog));

        const QString path = m_dir->filePath(QStringLiteral("work.dynoscope"));
        child<QLineEdit>(dialog, "openPath")->setText(path);
        QCOMPARE(child<QLabel>(dialog, "problem")->text(), QStringLiteral("“%1” does not exist.").arg(path));
        QVERIFY(!child<QLineEdit>(dialog, "newPath")->isEnabled());

        spec.kind = ConnectionSpec::Kind::NewDatabaseFile;
        spec.filePath = path;
        dialog.setSpec(spec);
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(canConnect(dialog));
        QCOMPARE(dialog.spec().kind, ConnectionSpec::Kind::NewDatabaseFile);
        QCOMPARE(dialog.spec().filePath, path);
        child<QLineEdit>(dialog, "newPath")->setText(m_dir->filePath(QStringLiteral("missing/new.dynoscope")));
        QCOMPARE(dialog.problem(),
            QStringLiteral("The folder “%1” does not exist.").arg(m_dir->filePath(QStringLiteral("missing"))));

        child<QLineEdit>(dialog, "newPath")->setText(m_dir->filePath(QStringLiteral("config")));
        QCOMPARE(dialog.problem(),
            QStringLiteral("“%1” already exists: open it instead.").arg(m_dir->filePath(QStringLiteral("config"))));
        spec.kind = ConnectionSpec::Kind::DatabaseFile;
        spec.filePath = m_dir->filePath(QStringLiteral("config"));
        dialog.setSpec(spec);
        QVERIFY(canConnect(dialog));
        QCOMPARE(dialog.spec().filePath, spec.filePath);
    }

    void remoteDefaultsFollowTheAwsTools()
    {
        ConnectionDialog dialog(nullptr, m_environment);
        chooseRemote(dialog);
        // No keys in the environment: the profile AWS_PROFILE names, else "default", with its region.
        QCOMPARE(child<QComboBox>(dialog, "credentialSource")->currentText(), QStringLiteral("AWS profile"));
        QCOMPARE(child<QComboBox>(dialog, "profile")->currentText(), QStringLiteral("default"));
        QCOMPARE(child<QComboBox>(dialog, "region")->currentText(), QStringLiteral("eu-west-1"));
        QCOMPARE(dialog.problem(), QString());
        QCOMPARE(child<QLabel>(dialog, "destination")->text(),
            QStringLiteral("Connects to https://dynamodb.eu-west-1.amazonaws.com (AWS endpoint of eu-west-1), "
                           "signing with key AKID…TKEY from profile default for eu-west-1."));
        const ConnectionSpec spec = dialog.spec();
        QCOMPARE(spec.credentialSource, CredentialSource::Profile);
        QCOMPARE(spec.profile, QStringLiteral("default"));
        QCOMPARE(spec.region, QStringLiteral("eu-west-1"));
        QVERIFY(spec.endpointUrl.isEmpty());

        // Choosing another profile brings its region.
        QComboBox* profile = child<QComboBox>(dialog, "profile");
        QCOMPARE(profile->count(), 2);
        profile->setCurrentIndex(profile->findText(QStringLiteral("dev")));
        emit profile->activated(profile->currentIndex());
        QCOMPARE(dialog.spec().region, QStringLiteral("eu-north-1"));
        QCOMPARE(dialog.spec().profile, QStringLiteral("dev"));
    }

    void presetsForEmulators()
    {
        ConnectionDialog dialog(nullptr, m_environment);
        chooseRemote(dialog);
        QComboBox* preset = child<QComboBox>(dialog, "preset");
        preset->setCurrentIndex(2);
        emit preset->activated(2);
        ConnectionSpec spec = dialog.spec();
        QCOMPARE(spec.endpointUrl, QStringLiteral("http://localhost:4566"));
        QCOMPARE(spec.credentialSource, CredentialSource::Placeholder);
        QCOMPARE(dialog.problem(), QString());
        QCOMPARE(child<QLabel>(dialog, "destination")->text(),
            QStringLiteral("Connects to http://localhost:4566 (entered), signing with placeholder keys for "
                           "eu-west-1."));
        QCOMPARE(dialog.spec().kind, ConnectionSpec::Kind::Remote);

        preset->setCurrentIndex(1);
        emit preset->activated(1);
        QCOMPARE(dialog.spec().endpointUrl, QStringLiteral("http://localhost:8000"));

        // Typing a URL shows which preset it is, if any.
        QLineEdit* url = child<QLineEdit>(dialog, "endpointUrl");
        url->setText(QStringLiteral("http://localhost:4566"));
        emit url->textEdited(url->text());
        QCOMPARE(preset->currentIndex(), 2);
        url->setText(QStringLiteral("http://alternator:8000"));
        emit url->textEdited(url->text());
        QCOMPARE(preset->currentText(), QStringLiteral("Other endpoint"));

        // Back to AWS: the URL clears and the keys come from a profile again.
        preset->setCurrentIndex(0);
        emit preset->activated(0);
        spec = dialog.spec();
        QVERIFY(spec.endpointUrl.isEmpty());
        QCOMPARE(spec.credentialSource, CredentialSource::Profile);
    }

    void inlineChecks()
    {
        ConnectionDialog dialog(nullptr, m_environment);
        dialog.setSpec(remoteSpec());
        QLineEdit* url = child<QLineEdit>(dialog, "endpointUrl");
        url->setText(QStringLiteral("localhost:8000"));
        QCOMPARE(
            dialog.problem(), QStringLiteral("The endpoint URL must start with http:// or https:// and name a host."));
        QVERIFY(!canConnect(dialog));
        QVERIFY(child<QLabel>(dialog, "destination")->text().isEmpty());
        url->setText(QStringLiteral("http://localhost:8000"));
        QComboBox* region = child<QComboBox>(dialog, "region");
        region->setCurrentText(QString());
        QCOMPARE(dialog.problem(), QStringLiteral("Enter a region, e.g. us-east-1."));
        region->setCurrentText(QStringLiteral("EU West"));
        QCOMPARE(
            dialog.problem(), QStringLiteral("“EU West” is not a region name: lowercase letters, digits and dashes."));
        region->setCurrentText(QStringLiteral("us-west-2"));
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(canConnect(dialog));
    }

    void typedKeysAreMaskedAndRequired()
    {
        ConnectionDialog dialog(nullptr, m_environment);
        ConnectionSpec spec = remoteSpec();
        spec.credentialSource = CredentialSource::Typed;
        spec.region = QStringLiteral("us-east-1");
        dialog.setSpec(spec);
        QCOMPARE(dialog.problem(), QStringLiteral("Enter the access key ID and the secret access key."));
        QLineEdit* secret = child<QLineEdit>(dialog, "secretAccessKey");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>(dialog, "sessionToken")->echoMode(), QLineEdit::Password);
        QVERIFY(secret->isVisibleTo(&dialog));
        QVERIFY(!child<QComboBox>(dialog, "profile")->isVisibleTo(&dialog));

        child<QLineEdit>(dialog, "accessKeyId")->setText(QStringLiteral(" ASIATYPEDKEY "));
        secret->setText(QStringLiteral("typed-secret"));
        child<QLineEdit>(dialog, "sessionToken")->setText(QStringLiteral("token"));
        QCOMPARE(dialog.problem(), QString());
        spec = dialog.spec();
        QCOMPARE(spec.typedCredentials.accessKeyId, QStringLiteral("ASIATYPEDKEY"));
        QCOMPARE(spec.typedCredentials.secretAccessKey, QStringLiteral("typed-secret"));
        QCOMPARE(spec.typedCredentials.sessionToken, QStringLiteral("token"));
        QVERIFY(child<QLabel>(dialog, "destination")->text().contains(QStringLiteral("ASIA…DKEY from typed keys")));
    }

    void aProfileThatIsGone()
    {
        ConnectionDialog dialog(nullptr, m_environment);
        ConnectionSpec spec = remoteSpec();
        spec.credentialSource = CredentialSource::Profile;
        spec.profile = QStringLiteral("removed");
        spec.region = QStringLiteral("us-east-1");
        dialog.setSpec(spec);
        QCOMPARE(dialog.spec().profile, QStringLiteral("removed"));
        QCOMPARE(dialog.problem(),
            QStringLiteral("There is no AWS profile “removed” in %1 or %2.")
                .arg(m_dir->filePath(QStringLiteral("config")), m_dir->filePath(QStringLiteral("credentials"))));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
};

QTEST_MAIN(ConnectionDialogTest)
#include "ConnectionDialogTest.moc"
