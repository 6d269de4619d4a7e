// An AND/OR group of filter conditions, which may hold further groups and
// be negated; the root group is the whole filter.
#pragma once

#include "query/QuerySpec.h"

#include <QFrame>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace dynoscope::ui {

class FilterRowWidget;

class FilterGroupWidget : public QFrame {
    Q_OBJECT
public:
    // The root group cannot be removed and has no frame.
    explicit FilterGroupWidget(bool root, QWidget* parent = nullptr);

    // A FilterNode of Kind::And or Kind::Or.
    FilterNode node() const;
    // Shows node (a group; a row is shown as a group of one); emits nothing.
    void setNode(const FilterNode& node);
    void setAttributeNames(const QStringList& names);

    FilterRowWidget* addRow();
    FilterGroupWidget* addGroup();
    // The children, in order: FilterRowWidget or FilterGroupWidget.
    const QList<QWidget*>& childWidgets() const { return m_children; }

    QCheckBox* notBox() const { return m_not; }
    QComboBox* kindCombo() const { return m_kind; }

signals:
    void changed();
    void removeRequested();

private:
    void adopt(QWidget* child);
    void removeChild(QWidget* child);
    void updateEmptyHint();

    bool m_root;
    QCheckBox* m_not;
    QComboBox* m_kind;
    QVBoxLayout* m_childLayout;
    QLabel* m_emptyHint;
    QList<QWidget*> m_children;
    QStringList m_attributeNames;
};

} // namespace dynoscope::ui
