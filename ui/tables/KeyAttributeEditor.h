// A key attribute's name and scalar type (String, Number, Binary) side by
// side. An optional key may be left empty; its type then does not apply.
#pragma once

#include "tables/TableSpec.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace dynoscope::ui {

class KeyAttributeEditor : public QWidget {
    Q_OBJECT
public:
    KeyAttributeEditor(const QString& placeholder, bool optional, QWidget* parent = nullptr);

    KeyAttribute key() const;
    void setKey(const KeyAttribute& key);
    // Read-only keys show a value the user cannot change (an existing
    // table's keys, a local index's partition key).
    void setReadOnly(bool readOnly);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* typeCombo() const { return m_type; }

signals:
    void changed();

private:
    void updateTypeEnabled();

    QLineEdit* m_name;
    QComboBox* m_type;
    bool m_optional;
    bool m_readOnly = false;
};

} // namespace dynoscope::ui
