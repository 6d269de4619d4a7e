// Local choices on top, the remote endpoint below; each option's fields are
// enabled only while it is chosen, and Connect only while nothing is wrong.
#include "connection/ConnectionDialog.h"

#include "connection/RemoteEndpointForm.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

using Kind = ConnectionSpec::Kind;

const QString kSuffix = QStringLiteral(".dynoscope");

} // namespace

ConnectionDialog::ConnectionDialog(QWidget* parent, QProcessEnvironment environment)
    : QDialog(parent)
    , m_kinds(new QButtonGroup(this))
    , m_openPath(new QLineEdit)
    , m_newPath(new QLineEdit)
    , m_openBrowse(new QPushButton(tr("Browse…")))
    , m_newBrowse(new QPushButton(tr("Browse…")))
    , m_remote(new RemoteEndpointForm(std::move(environment)))
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Connect"));
    const auto radio = [this](const QString& text, Kind kind, const char* name) {
        auto* button = new QRadioButton(text);
        button->setObjectName(QLatin1String(name));
        m_kinds->addButton(button, int(kind));
        return button;
    };

    auto* local = new QGroupBox(tr("Local database"));
    auto* localLayout = new QGridLayout(local);
    localLayout->addWidget(radio(tr("&Open a database file"), Kind::DatabaseFile, "openFile"), 0, 0);
    localLayout->addWidget(m_openPath, 0, 1);
    localLayout->addWidget(m_openBrowse, 0, 2);
    localLayout->addWidget(radio(tr("Create a &new database file"), Kind::NewDatabaseFile, "newFile"), 1, 0);
    localLayout->addWidget(m_newPath, 1, 1);
    localLayout->addWidget(m_newBrowse, 1, 2);
    localLayout->addWidget(
        radio(tr("In-&memory scratch database, gone when Dynoscope closes"), Kind::InMemory, "inMemory"), 2, 0, 1, 3);
    localLayout->setColumnStretch(1, 1);
    m_openPath->setObjectName(QStringLiteral("openPath"));
    m_newPath->setObjectName(QStringLiteral("newPath"));
    m_openPath->setMinimumWidth(320);

    auto* remote = new QGroupBox(tr("Remote endpoint"));
    auto* remoteLayout = new QVBoxLayout(remote);
    remoteLayout->addWidget(
        radio(tr("&DynamoDB endpoint: AWS, DynamoDB Local, LocalStack, dynoscope-server…"), Kind::Remote, "remote"));
    auto* indented = new QVBoxLayout;
    indented->setContentsMargins(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8, 0, 0, 0);
    indented->addWidget(m_remote);
    remoteLayout->addLayout(indented);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(warning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("Connect"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(local);
    layout->addWidget(remote);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kinds, &QButtonGroup::idToggled, this, &ConnectionDialog::update);
    connect(m_openPath, &QLineEdit::textChanged, this, &ConnectionDialog::update);
    connect(m_newPath, &QLineEdit::textChanged, this, &ConnectionDialog::update);
    connect(m_openBrowse, &QPushButton::clicked, this, [this] { browse(Kind::DatabaseFile); });
    connect(m_newBrowse, &QPushButton::clicked, this, [this] { browse(Kind::NewDatabaseFile); });
    connect(m_remote, &RemoteEndpointForm::changed, this, &ConnectionDialog::update);

    setSpec(ConnectionSpec {});
}

Kind ConnectionDialog::kind() const
{
    return Kind(m_kinds->checkedId());
}

void ConnectionDialog::setSpec(const ConnectionSpec& spec)
{
    m_kinds->button(int(spec.kind))->setChecked(true);
    (spec.kind == Kind::NewDatabaseFile ? m_newPath : m_openPath)->setText(spec.filePath);
    if (spec.kind == Kind::Remote)
        m_remote->setSpec(spec);
    update();
}

ConnectionSpec ConnectionDialog::spec() const
{
    ConnectionSpec spec;
    spec.kind = kind();
    if (spec.kind == Kind::DatabaseFile)
        spec.filePath = m_openPath->text().trimmed();
    else if (spec.kind == Kind::NewDatabaseFile)
        spec.filePath = m_newPath->text().trimmed();
    else if (spec.kind == Kind::Remote)
        m_remote->fillSpec(spec);
    return spec;
}

QString ConnectionDialog::problem() const
{
    const ConnectionSpec chosen = spec();
    const QFileInfo file(chosen.filePath);
    switch (chosen.kind) {
    case Kind::DatabaseFile:
        if (chosen.filePath.isEmpty())
            return tr("Choose the database file to open.");
        if (!file.isFile())
            return tr("“%1” does not exist.").arg(chosen.filePath);
        return {};
    case Kind::NewDatabaseFile:
        if (chosen.filePath.isEmpty())
            return tr("Choose where to create the database file.");
        if (file.exists())
            return tr("“%1” already exists: open it instead.").arg(chosen.filePath);
        if (!file.absoluteDir().exists())
            return tr("The folder “%1” does not exist.").arg(file.absolutePath());
        return {};
    case Kind::InMemory:
        return {};
    case Kind::Remote:
        return m_remote->problem();
    }
    return {};
}

void ConnectionDialog::browse(Kind kind)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString filter = tr("Dynoscope databases (*%1);;All files (*)").arg(kSuffix);
    if (kind == Kind::DatabaseFile) {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), folder, filter);
        if (!path.isEmpty())
            m_openPath->setText(path);
        return;
    }
    // Creating is refused over an existing file, so the file dialog need not ask.
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), folder, filter, nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += kSuffix;
    m_newPath->setText(path);
}

void ConnectionDialog::update()
{
    const Kind chosen = kind();
    for (QWidget* widget : { static_cast<QWidget*>(m_openPath), static_cast<QWidget*>(m_openBrowse) })
        widget->setEnabled(chosen == Kind::DatabaseFile);
    for (QWidget* widget : { static_cast<QWidget*>(m_newPath), static_cast<QWidget*>(m_newBrowse) })
        widget->setEnabled(chosen == Kind::NewDatabaseFile);
    m_remote->setEnabled(chosen == Kind::Remote);
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_connect->setEnabled(problem.isEmpty());
}

} // namespace dynoscope::ui
