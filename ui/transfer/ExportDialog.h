// The "Export table" dialog: file, format and parallel scan, then the
// export's progress with a Stop button.
#pragma once

#include "transfer/TransferDialog.h"
#include "transfer/TransferFormat.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QSpinBox;

namespace dynoscope::ui {

class Connection;
class FilePathEdit;
class TableExporter;

class ExportDialog : public TransferDialog {
    Q_OBJECT
public:
    // REQUIRES: connection outlives the dialog.
    ExportDialog(Connection* connection, const QString& tableName, QWidget* parent = nullptr);

    void setPath(const QString& path);
    void setFormat(TransferFormat format);
    TransferFormat format() const;

protected:
    bool begin() override;
    void stop() override;

private:
    void onFormatChanged();

    Connection* m_connection;
    QString m_tableName;
    FilePathEdit* m_path;
    QComboBox* m_format;
    QLabel* m_formatHint;
    QSpinBox* m_segments;
    QString m_confirmedPath; // replacing it was confirmed in the file dialog
    QPointer<TableExporter> m_exporter;
};

} // namespace dynoscope::ui
