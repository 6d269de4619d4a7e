// The remote half of the connection dialog: endpoint URL (with presets for
// AWS, DynamoDB Local and LocalStack), region, and where the keys come from
// (a profile, the environment, typed keys, or placeholder keys). It checks
// the entries as they are typed and shows where a connection would go.
#pragma once

#include "connection/AwsResolver.h"
#include "connection/ConnectionSpec.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace dynoscope::ui {

class RemoteEndpointForm : public QWidget {
    Q_OBJECT
public:
    explicit RemoteEndpointForm(QProcessEnvironment environment, QWidget* parent = nullptr);

    // Shows the remote fields of spec (endpoint, region, credentials).
    void setSpec(const ConnectionSpec& spec);
    // Makes spec a remote spec with the entered fields.
    void fillSpec(ConnectionSpec& spec) const;
    // What is wrong with the entries, empty when a connection can be made.
    QString problem() const;

signals:
    void changed();

private:
    enum Preset { AwsPreset, DynamoDbLocalPreset, LocalStackPreset, CustomPreset };

    CredentialSource source() const;
    void setSource(CredentialSource source);
    void applyPreset(int preset);
    void showPresetOf(const QString& url);
    void profileChosen();
    void update();

    AwsResolver m_resolver;
    QComboBox* m_preset;
    QLineEdit* m_url;
    QComboBox* m_region;
    QComboBox* m_source;
    QLabel* m_sourceNote;
    QComboBox* m_profile;
    QLineEdit* m_accessKey;
    QLineEdit* m_secretKey;
    QLineEdit* m_sessionToken;
    QLabel* m_destination;
    QFormLayout* m_form;
};

} // namespace dynoscope::ui
