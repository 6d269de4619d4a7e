// Copy options and progress.
#include "transfer/CopyTableDialog.h"

#include "common/ErrorExplanation.h"
#include "connection/Connection.h"
#include "transfer/TableCopier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

namespace dynoscope::ui {

CopyTableDialog::CopyTableDialog(Connection* source, const QString& tableName, QWidget* parent)
    : TransferDialog(tr("Copy %1").arg(tableName), tr("Copy"), parent)
    , m_source(source)
    , m_tableName(tableName)
    , m_target(new QComboBox)
    , m_name(new QLineEdit(tableName + QStringLiteral("-copy")))
    , m_copyItems(new QCheckBox(tr("Copy the items too (otherwise only the schema)")))
{
    setObjectName(QStringLiteral("copyTableDialog"));
    m_target->setObjectName(QStringLiteral("target"));
    m_name->setObjectName(QStringLiteral("name"));
    m_copyItems->setObjectName(QStringLiteral("copyItems"));
    m_copyItems->setChecked(true);
    auto* from
        = new QLabel(tr("<b>%1</b> on %2").arg(tableName.toHtmlEscaped(), source->displayName().toHtmlEscaped()));
    from->setTextInteractionFlags(Qt::TextSelectableByMouse);

    form()->addRow(tr("From:"), from);
    form()->addRow(tr("&To:"), m_target);
    form()->addRow(tr("New table &name:"), m_name);
    form()->addRow(QString(), m_copyItems);
    addNote(tr("The new table gets the same keys, indexes, billing mode and stream settings. Tags, TTL, encryption "
               "and deletion protection are not copied."));
    setTargetConnections({});
}

void CopyTableDialog::setTargetConnections(const QList<Connection*>& connections)
{
    m_targets = { m_source };
    for (Connection* connection : connections) {
        if (connection != m_source)
            m_targets.append(connection);
    }
    m_target->clear();
    for (const QPointer<Connection>& connection : std::as_const(m_targets))
        m_target->addItem(connection == m_source ? tr("%1 (the same connection)").arg(connection->displayName())
                                                 : connection->displayName());
}

void CopyTableDialog::setTarget(Connection* connection)
{
    const qsizetype index = m_targets.indexOf(connection);
    if (index >= 0)
        m_target->setCurrentIndex(int(index));
}

void CopyTableDialog::setTargetName(const QString& name)
{
    m_name->setText(name);
}

Connection* CopyTableDialog::target() const
{
    return m_targets.value(m_target->currentIndex());
}

QString CopyTableDialog::validate() const
{
    const QString name = m_name->text().trimmed();
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9_.-]{3,255}$"));
    if (!valid.match(name).hasMatch())
        return tr("A table name has 3 to 255 letters, digits, underscores (_), hyphens (-) and dots (.).");
    if (!target())
        return tr("The target connection is closed.");
    if (target() == m_source && name == m_tableName)
        return tr("Choose another name or another connection: a table cannot be copied onto itself.");
    return {};
}

bool CopyTableDialog::begin()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        setStatus(problem, true);
        return false;
    }
    Connection* to = target();
    const QString name = m_name->text().trimmed();
    m_copier = new TableCopier(*m_source, m_tableName, *to, name, this);
    m_copier->setCopyItems(m_copyItems->isChecked());
    connect(m_copier, &TableCopier::stageChanged, this, [this, to, name](TableCopier::Stage stage) {
        if (stage == TableCopier::Stage::Creating)
            setStatus(tr("Creating %1 on %2 and waiting for it to become active…").arg(name, to->displayName()));
        else if (stage == TableCopier::Stage::CopyingItems)
            emit tableCopied(to, name);
    });
    connect(m_copier, &TableCopier::progress, this, [this](qint64 copied, qint64 expected) {
        setProgress(copied, expected);
        setStatus(tr("%1 of about %Ln item(s) copied", nullptr, count(expected)).arg(QLocale().toString(copied)));
    });
    connect(m_copier, &TableCopier::finished, this, [this, to, name](qint64 copied) {
        setProgress(1, 1);
        QString status = m_copyItems->isChecked()
            ? tr("Copied %Ln item(s) into %1 on %2.", nullptr, count(copied)).arg(name, to->displayName())
            : tr("Created %1 on %2.").arg(name, to->displayName());
        if (m_copier->rejectedCount() > 0)
            status += QLatin1Char('\n')
                + tr("The target refused %Ln item(s), e.g.: %1", nullptr, count(m_copier->rejectedCount()))
                      .arg(m_copier->firstRejection());
        if (!m_copyItems->isChecked())
            emit tableCopied(to, name);
        m_copier->deleteLater();
        finish(status, m_copier->rejectedCount() > 0);
    });
    connect(m_copier, &TableCopier::failed, this, [this](const QString& message) {
        m_copier->deleteLater();
        finish(tr("The copy failed: %1").arg(ErrorExplanation::withExplanation(message)), true);
    });
    connect(m_copier, &TableCopier::cancelled, this, [this, name](qint64 copied) {
        const bool created = m_copier->stage() == TableCopier::Stage::CopyingItems;
        m_copier->deleteLater();
        finish(created ? tr("Copy stopped: %1 holds the %Ln item(s) copied so far.", nullptr, count(copied)).arg(name)
                       : tr("Copy stopped."),
            false);
    });
    setProgress(0, 0);
    setStatus(tr("Reading the schema of %1…").arg(m_tableName));
    m_copier->start();
    return true;
}

void CopyTableDialog::stop()
{
    if (m_copier)
        m_copier->cancel();
}

} // namespace dynoscope::ui
