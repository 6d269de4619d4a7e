// The dialog that creates a table or changes an existing one: keys,
// capacity, secondary indexes, stream, TTL, tags and deletion protection.
// It checks what the user enters as DynamoDB would, shows each problem next
// to its field, previews the exact requests it will send, and enables OK
// only when they are valid. It sends nothing itself: the caller sends
// plannedRequests() (applyTo() does it with a TableChangeRunner).
#pragma once

#include "tables/PlannedRequest.h"
#include "tables/TableSnapshot.h"
#include "tables/TableSpec.h"
#include "tables/ValidationIssue.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace dynoscope::ui {

class Connection;
class FieldMessage;
class IndexListEditor;
class KeyAttributeEditor;
class TableChangeRunner;
class TagEditor;

class TableEditorDialog : public QDialog {
    Q_OBJECT
public:
    // Creates a new table.
    explicit TableEditorDialog(QWidget* parent = nullptr);
    // Changes the table described by existing (see TableSnapshotLoader).
    explicit TableEditorDialog(const TableSnapshot& existing, QWidget* parent = nullptr);

    bool isChangeMode() const { return m_changeMode; }
    // The table as the widgets now describe it.
    TableSpec spec() const;
    // Change mode: the table as it was.
    const TableSpec& original() const { return m_original; }
    QList<ValidationIssue> issues() const { return m_issues; }
    // The requests to send, in order; empty while invalid or (change mode)
    // while nothing changes.
    QList<PlannedRequest> plannedRequests() const;
    // Starts sending plannedRequests() through connection and returns the
    // runner (owned by parent) that reports progress and the first error.
    // REQUIRES: connection outlives the runner.
    TableChangeRunner* applyTo(Connection& connection, QObject* parent = nullptr) const;

    // The widgets, for tests and for the main window's integration.
    QTabWidget* pages() const { return m_pages; }
    QLineEdit* tableNameEdit() const { return m_name; }
    KeyAttributeEditor* partitionKeyEditor() const { return m_partitionKey; }
    KeyAttributeEditor* sortKeyEditor() const { return m_sortKey; }
    QRadioButton* onDemandButton() const { return m_onDemand; }
    QRadioButton* provisionedButton() const { return m_provisioned; }
    QSpinBox* readCapacityBox() const { return m_read; }
    QSpinBox* writeCapacityBox() const { return m_write; }
    QCheckBox* deletionProtectionBox() const { return m_deletionProtection; }
    IndexListEditor* globalIndexEditor() const { return m_globalIndexes; }
    IndexListEditor* localIndexEditor() const { return m_localIndexes; }
    QCheckBox* streamBox() const { return m_stream; }
    QComboBox* streamViewTypeCombo() const { return m_streamViewType; }
    QCheckBox* ttlBox() const { return m_ttl; }
    QLineEdit* ttlAttributeEdit() const { return m_ttlAttribute; }
    TagEditor* tagEditor() const { return m_tags; }
    QPlainTextEdit* preview() const { return m_preview; }
    QPushButton* okButton() const { return m_ok; }
    QLabel* summaryLabel() const { return m_summary; }
    // The inline message under a table-level field (TableName, PartitionKey,
    // SortKey, Capacity, Indexes, TimeToLive).
    FieldMessage* messageFor(ValidationIssue::Field field) const { return m_messages.value(field); }

private:
    void build();
    QWidget* buildTablePage();
    QWidget* buildIndexPage();
    QWidget* buildStreamPage();
    FieldMessage* addMessage(ValidationIssue::Field field);
    void load(const TableSpec& spec);
    void applyChangeMode(const TableSnapshot& existing);
    void refresh();
    void updateTabIcons(const QList<ValidationIssue>& shown);

    bool m_changeMode = false;
    TableSpec m_original;
    QList<ValidationIssue> m_issues;
    // Fields the user has edited: an untouched empty field is not yet an error.
    QHash<ValidationIssue::Field, bool> m_touched;

    QTabWidget* m_pages = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameHint = nullptr;
    KeyAttributeEditor* m_partitionKey = nullptr;
    KeyAttributeEditor* m_sortKey = nullptr;
    QRadioButton* m_onDemand = nullptr;
    QRadioButton* m_provisioned = nullptr;
    QSpinBox* m_read = nullptr;
    QSpinBox* m_write = nullptr;
    QWidget* m_capacity = nullptr;
    QCheckBox* m_deletionProtection = nullptr;
    IndexListEditor* m_globalIndexes = nullptr;
    IndexListEditor* m_localIndexes = nullptr;
    QCheckBox* m_stream = nullptr;
    QComboBox* m_streamViewType = nullptr;
    QLabel* m_streamHint = nullptr;
    QCheckBox* m_ttl = nullptr;
    QLineEdit* m_ttlAttribute = nullptr;
    QLabel* m_ttlNote = nullptr;
    TagEditor* m_tags = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_ok = nullptr;
    QHash<ValidationIssue::Field, FieldMessage*> m_messages;
};

} // namespace dynoscope::ui
