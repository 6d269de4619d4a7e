// "Connect": choose a database file, a new file, an in-memory scratch
// database or a remote DynamoDB endpoint. Returns a ConnectionSpec; the
// Connection itself comes from ConnectionFactory.
#pragma once

#include "connection/ConnectionSpec.h"

#include <QDialog>
#include <QProcessEnvironment>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dynoscope::ui {

class RemoteEndpointForm;

class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(
        QWidget* parent = nullptr, QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // Shows a spec, e.g. a recent connection whose typed keys must be entered again.
    void setSpec(const ConnectionSpec& spec);
    ConnectionSpec spec() const;
    // Why the choice cannot be accepted yet; empty when it can.
    QString problem() const;

private:
    ConnectionSpec::Kind kind() const;
    void browse(ConnectionSpec::Kind kind);
    void update();

    QButtonGroup* m_kinds;
    QLineEdit* m_openPath;
    QLineEdit* m_newPath;
    QPushButton* m_openBrowse;
    QPushButton* m_newBrowse;
    RemoteEndpointForm* m_remote;
    QLabel* m_problem;
    QPushButton* m_connect;
};

} // namespace dynoscope::ui
