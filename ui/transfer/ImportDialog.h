// The "Import items" dialog: file, format and dry run, then the import's
// progress with a Stop button and, at the end, the records it skipped with
// their line and reason.
#pragma once

#include "transfer/TransferDialog.h"
#include "transfer/TransferFormat.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QTableWidget;

namespace dynoscope::ui {

class Connection;
class FilePathEdit;
class TableImporter;

class ImportDialog : public TransferDialog {
    Q_OBJECT
public:
    // REQUIRES: connection outlives the dialog.
    ImportDialog(Connection* connection, const QString& tableName, QWidget* parent = nullptr);

    void setPath(const QString& path);
    void setDryRun(bool dryRun);
    // The skipped records of the last run: line and reason.
    QTableWidget* report() const { return m_report; }

signals:
    // Items were written (for the item view to reload).
    void itemsImported(qint64 count);

protected:
    bool begin() override;
    void stop() override;

private:
    TransferFormat chosenFormat() const;
    void showReport();
    void ended(const QString& status, bool error);

    Connection* m_connection;
    QString m_tableName;
    FilePathEdit* m_path;
    QComboBox* m_format;
    QCheckBox* m_dryRun;
    QTableWidget* m_report;
    QPointer<TableImporter> m_importer;
};

} // namespace dynoscope::ui
