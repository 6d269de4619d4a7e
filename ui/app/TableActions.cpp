// Table commands wired to the editor, the confirmations and the purger.
#include "app/TableActions.h"

#include "common/ErrorExplanation.h"
#include "connection/Connection.h"
#include "tables/TableChangeRunner.h"
#include "tables/TableConfirmations.h"
#include "tables/TableDescriptionView.h"
#include "tables/TableEditorDialog.h"
#include "tables/TablePurger.h"
#include "tables/TableSnapshotLoader.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProgressDialog>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

// tr()'s plural selector is an int; item counts are not.
int pluralCount(qint64 count)
{
    return int(std::min<qint64>(count, INT_MAX));
}

// Sends a dialog's planned requests and reports how it went.
void runChanges(TableActions* actions, QWidget* window, TableEditorDialog& dialog, Connection* connection)
{
    const QString tableName = dialog.spec().tableName;
    TableChangeRunner* runner = dialog.applyTo(*connection, actions);
    QPointer<Connection> target(connection);
    QObject::connect(runner, &TableChangeRunner::statusChanged, actions, &TableActions::message);
    QObject::connect(runner, &TableChangeRunner::finished, actions, [actions, runner, target, tableName] {
        emit actions->message(QObject::tr("%1 is up to date.").arg(tableName));
        if (target)
            emit actions->tableChanged(target, tableName);
        runner->deleteLater();
    });
    QObject::connect(runner, &TableChangeRunner::failed, actions,
                     [window, runner, target, tableName, actions](int, const QString& error) {
                         QMessageBox::warning(window, QObject::tr("Table Not Changed"),
                                              QObject::tr("DynamoDB refused a change to %1:\n%2")
                                                  .arg(tableName, ErrorExplanation::withExplanation(error)));
                         if (target)
                             emit actions->tableChanged(target, tableName);
                         runner->deleteLater();
                     });
}

} // namespace

TableActions::TableActions(QWidget* window) : QObject(window), m_window(window) {}

void TableActions::newTable(Connection* connection)
{
    if (!connection)
        return;
    TableEditorDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        runChanges(this, m_window, dialog, connection);
}

void TableActions::changeTable(Connection* connection, const QString& tableName)
{
    if (!connection)
        return;
    auto* loader = new TableSnapshotLoader(*connection, this);
    QPointer<Connection> target(connection);
    connect(loader, &TableSnapshotLoader::loaded, this, [this, loader, target](const TableSnapshot& snapshot) {
        loader->deleteLater();
        if (!target)
            return;
        TableEditorDialog dialog(snapshot, m_window);
        if (dialog.exec() == QDialog::Accepted)
            runChanges(this, m_window, dialog, target);
    });
    connect(loader, &TableSnapshotLoader::failed, this, [this, loader](const QString& error) {
        loader->deleteLater();
        QMessageBox::warning(m_window, tr("Change Table"), ErrorExplanation::withExplanation(error));
    });
    loader->load(tableName);
}

void TableActions::showDetails(Connection* connection, const QString& tableName)
{
    if (!connection)
        return;
    auto* dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Table %1").arg(tableName));
    auto* view = new TableDescriptionView;
    view->setSource(*connection, tableName);
    QPointer<Connection> target(connection);
    connect(view->changeAction(), &QAction::triggered, this, [this, target, tableName, dialog] {
        dialog->close();
        changeTable(target, tableName);
    });
    connect(view->purgeAction(), &QAction::triggered, this, [this, target, tableName, dialog] {
        dialog->close();
        purgeTable(target, tableName, -1);
    });
    connect(view->deleteAction(), &QAction::triggered, this, [this, target, tableName, dialog] {
        dialog->close();
        deleteTable(target, tableName);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(760, 620);
    dialog->show();
    view->refresh();
}

void TableActions::deleteTable(Connection* connection, const QString& tableName)
{
    if (!connection || !confirmDeleteTable(m_window, tableName))
        return;
    QPointer<Connection> target(connection);
    const QJsonObject request{{QStringLiteral("TableName"), tableName}};
    connection->send(QStringLiteral("DeleteTable"), QJsonDocument(request).toJson(QJsonDocument::Compact), this,
                     [this, target, tableName](const Reply& reply) {
                         if (!reply.ok) {
                             const QString error = reply.errorType + QStringLiteral(": ") + reply.errorMessage;
                             QMessageBox::warning(m_window, tr("Delete Table"),
                                                  tr("%1 was not deleted:\n%2")
                                                      .arg(tableName, ErrorExplanation::withExplanation(error)));
                             return;
                         }
                         emit message(tr("Deleted table %1.").arg(tableName));
                         if (target)
                             emit tableDeleted(target, tableName);
                     });
}

void TableActions::purgeTable(Connection* connection, const QString& tableName, qint64 approximateItemCount)
{
    if (!connection || !confirmPurgeTable(m_window, tableName, approximateItemCount))
        return;
    auto* purger = new TablePurger(*connection, tableName, this);
    auto* progress = new QProgressDialog(tr("Deleting the items of %1…").arg(tableName), tr("Cancel"), 0, 0, m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    progress->setWindowTitle(tr("Purge Items"));
    QPointer<Connection> target(connection);
    connect(progress, &QProgressDialog::canceled, purger, &TablePurger::cancel);
    connect(purger, &TablePurger::progress, progress, [progress](qint64 deleted, qint64 expected) {
        progress->setMaximum(pluralCount(expected));
        progress->setValue(pluralCount(deleted));
        progress->setLabelText(
            QObject::tr("Deleted %1 of about %n item(s)…", nullptr, pluralCount(expected)).arg(deleted));
    });
    auto done = [this, purger, progress, target, tableName](const QString& text) {
        progress->close();
        emit message(text);
        if (target)
            emit tableChanged(target, tableName);
        purger->deleteLater();
    };
    connect(purger, &TablePurger::finished, this, [done, tableName](qint64 deleted) {
        done(tr("Deleted %n item(s) from %1.", nullptr, pluralCount(deleted)).arg(tableName));
    });
    connect(purger, &TablePurger::cancelled, this, [done, tableName](qint64 deleted) {
        done(tr("Purge of %1 cancelled after %n item(s).", nullptr, pluralCount(deleted)).arg(tableName));
    });
    connect(purger, &TablePurger::failed, this, [this, done, tableName](const QString& error, qint64 deleted) {
        done(tr("Purge of %1 stopped after %n item(s).", nullptr, pluralCount(deleted)).arg(tableName));
        QMessageBox::warning(m_window, tr("Purge Items"), ErrorExplanation::withExplanation(error));
    });
    purger->start();
}

} // namespace dynoscope::ui
