// Wording of the delete and purge confirmations.
#include "tables/TableConfirmations.h"

#include "tables/TypeToConfirmDialog.h"

#include <QCoreApplication>
#include <QLocale>

namespace dynoscope::ui {

namespace {
// The translation context of the confirmations' texts.
struct TableConfirmations {
    Q_DECLARE_TR_FUNCTIONS(TableConfirmations)
};
} // namespace

bool confirmDeleteTable(QWidget* parent, const QString& tableName)
{
    const QString name = tableName.toHtmlEscaped();
    TypeToConfirmDialog dialog(
        TableConfirmations::tr("Delete the table %1?").arg(name),
        TableConfirmations::tr("DeleteTable removes the table <b>%1</b> with all of its items, its indexes and "
                               "its stream. This cannot be undone.")
            .arg(name),
        tableName, TableConfirmations::tr("Delete table"), parent);
    return dialog.exec() == QDialog::Accepted;
}

bool confirmPurgeTable(QWidget* parent, const QString& tableName, qint64 approximateItemCount)
{
    const QString name = tableName.toHtmlEscaped();
    const QString count = approximateItemCount >= 0
                              ? TableConfirmations::tr("about %1 items").arg(QLocale().toString(approximateItemCount))
                              : TableConfirmations::tr("every item");
    TypeToConfirmDialog dialog(
        TableConfirmations::tr("Delete all items of %1?").arg(name),
        TableConfirmations::tr("This scans <b>%1</b> and deletes %2 with one DeleteItem request each. The table, "
                               "its indexes and its settings stay. Deleted items cannot be recovered, and on a "
                               "provisioned table the deletes consume write capacity.")
            .arg(name, count),
        tableName, TableConfirmations::tr("Delete all items"), parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace dynoscope::ui
