// The "Copy table" dialog: the connection to copy to and the new table's
// name, whether to copy the items, then the copy's progress (creating the
// table, then the items) with a Stop button.
#pragma once

#include "transfer/TransferDialog.h"

#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace dynoscope::ui {

class Connection;
class TableCopier;

class CopyTableDialog : public TransferDialog {
    Q_OBJECT
public:
    // REQUIRES: source outlives the dialog.
    CopyTableDialog(Connection* source, const QString& tableName, QWidget* parent = nullptr);

    // The connections offered as targets; the source is always offered,
    // first. REQUIRES: they outlive the dialog.
    void setTargetConnections(const QList<Connection*>& connections);
    void setTarget(Connection* connection);
    void setTargetName(const QString& name);

signals:
    // The new table exists (it may hold only part of the items if the copy
    // was stopped).
    void tableCopied(dynoscope::ui::Connection* target, const QString& tableName);

protected:
    bool begin() override;
    void stop() override;

private:
    Connection* target() const;
    QString validate() const;

    Connection* m_source;
    QString m_tableName;
    QList<QPointer<Connection>> m_targets;
    QComboBox* m_target;
    QLineEdit* m_name;
    QCheckBox* m_copyItems;
    QPointer<TableCopier> m_copier;
};

} // namespace dynoscope::ui
