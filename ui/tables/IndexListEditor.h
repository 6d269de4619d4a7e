// The global or the local secondary indexes of the table editor: a titled
// list of index cards with an Add button and the list's own messages.
#pragma once

#include "tables/SecondaryIndexEditor.h"
#include "tables/ValidationIssue.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dynoscope::ui {

class FieldMessage;

class IndexListEditor : public QWidget {
    Q_OBJECT
public:
    explicit IndexListEditor(SecondaryIndexEditor::Kind kind, QWidget* parent = nullptr);

    QList<SecondaryIndexSpec> indexes() const;
    void setIndexes(const QList<SecondaryIndexSpec>& indexes);
    // Appends an empty index card and returns it.
    SecondaryIndexEditor* addIndex();
    int count() const { return int(m_editors.size()); }
    SecondaryIndexEditor* editor(int row) const { return m_editors.value(row); }

    void setProvisioned(bool provisioned);
    void setTablePartitionKey(const KeyAttribute& key);
    // Local indexes of an existing table can be neither added nor removed.
    void setEditable(bool editable);
    // Shows the issues about this list and its rows; a card's own messages
    // appear once the user has edited it.
    void setIssues(const QList<ValidationIssue>& issues);

    QPushButton* addButton() const { return m_add; }
    FieldMessage* message() const { return m_message; }

signals:
    void changed();

private:
    SecondaryIndexEditor* appendEditor(const SecondaryIndexSpec& spec);
    void updateHeader();

    SecondaryIndexEditor::Kind m_kind;
    bool m_provisioned = false;
    bool m_editable = true;
    KeyAttribute m_tablePartitionKey;
    QLabel* m_count;
    QLabel* m_empty;
    QPushButton* m_add;
    FieldMessage* m_message;
    QVBoxLayout* m_cards;
    QList<SecondaryIndexEditor*> m_editors;
    QList<bool> m_touched;
};

} // namespace dynoscope::ui
