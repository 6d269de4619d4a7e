// One secondary index in the table editor, as a card: name, keys,
// projection, and (global indexes of provisioned tables) capacity. An
// existing index only lets its capacity change.
#pragma once

#include "tables/TableSpec.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace dynoscope::ui {

class FieldMessage;
class KeyAttributeEditor;

class SecondaryIndexEditor : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Global, Local };

    explicit SecondaryIndexEditor(Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    SecondaryIndexSpec spec() const;
    void setSpec(const SecondaryIndexSpec& spec);
    // A local index's partition key is the table's.
    void setTablePartitionKey(const KeyAttribute& key);
    // Global indexes of provisioned tables have their own capacity.
    void setProvisioned(bool provisioned);
    // Whether the index can be removed (local indexes of an existing table cannot).
    void setRemovable(bool removable);
    void setMessages(const QStringList& messages);

    QLineEdit* nameEdit() const { return m_name; }
    KeyAttributeEditor* partitionKeyEditor() const { return m_partitionKey; }
    KeyAttributeEditor* sortKeyEditor() const { return m_sortKey; }
    QComboBox* projectionCombo() const { return m_projection; }
    QLineEdit* nonKeyAttributesEdit() const { return m_nonKeyAttributes; }
    QSpinBox* readCapacityBox() const { return m_read; }
    QSpinBox* writeCapacityBox() const { return m_write; }
    QToolButton* removeButton() const { return m_remove; }
    FieldMessage* message() const { return m_message; }

signals:
    void changed();
    void removeRequested();

private:
    void updateEnabled();

    Kind m_kind;
    bool m_existing = false;
    bool m_provisioned = false;
    QLineEdit* m_name;
    QLabel* m_badge;
    QToolButton* m_remove;
    KeyAttributeEditor* m_partitionKey;
    KeyAttributeEditor* m_sortKey;
    QComboBox* m_projection;
    QLabel* m_nonKeyLabel;
    QLineEdit* m_nonKeyAttributes;
    QLabel* m_capacityLabel;
    QWidget* m_capacity;
    QSpinBox* m_read;
    QSpinBox* m_write;
    FieldMessage* m_message;
};

} // namespace dynoscope::ui
