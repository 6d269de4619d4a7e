// The confirmations before destroying a table or all of its items: modal
// dialogs that require typing the table's name.
#pragma once

#include <QString>

class QWidget;

namespace dynoscope::ui {

// True when the user typed the name and chose "Delete table".
bool confirmDeleteTable(QWidget* parent, const QString& tableName);
// True when the user typed the name and chose "Delete all items".
// approximateItemCount: DynamoDB's ItemCount, or -1 when unknown.
bool confirmPurgeTable(QWidget* parent, const QString& tableName, qint64 approximateItemCount = -1);

} // namespace dynoscope::ui
