// One filter condition of the query builder: NOT, an attribute path picked
// from the attributes seen (or typed), size(), an operator and the values
// the operator takes (none, one, two for BETWEEN, a list for IN, a type for
// attribute_type).
#pragma once

#include "query/QuerySpec.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace dynoscope::ui {

class TypedValueEdit;

class FilterRowWidget : public QWidget {
    Q_OBJECT
public:
    explicit FilterRowWidget(QWidget* parent = nullptr);

    // A FilterNode of Kind::Row.
    FilterNode node() const;
    // Shows node (a row); emits nothing.
    void setNode(const FilterNode& node);
    void setAttributeNames(const QStringList& names);

    QCheckBox* notBox() const { return m_not; }
    QComboBox* pathCombo() const { return m_path; }
    QToolButton* sizeButton() const { return m_size; }
    QComboBox* operatorCombo() const { return m_operator; }
    QComboBox* typeCombo() const { return m_attributeType; }
    const QList<TypedValueEdit*>& valueEdits() const { return m_values; }
    QToolButton* addValueButton() const { return m_addValue; }

signals:
    void changed();
    void removeRequested();

private:
    void setOperator(FilterOperator op);
    void showValueCount(int count);
    void updateOperands();
    TypedValueEdit* addValueEdit();

    QCheckBox* m_not;
    QComboBox* m_path;
    QToolButton* m_size;
    QComboBox* m_operator;
    QComboBox* m_attributeType;
    QHBoxLayout* m_valueLayout;
    QList<TypedValueEdit*> m_values;
    QList<QLabel*> m_separators;
    QToolButton* m_addValue;
    QToolButton* m_removeValue;
};

} // namespace dynoscope::ui
