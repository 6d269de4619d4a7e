// In-place editors for scalar cells that keep the attribute's type: text for
// strings, exact decimals for numbers, base64 for binaries, true/false for
// booleans.
#pragma once

#include <QStyledItemDelegate>

namespace dynoscope::ui {

class AttributeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace dynoscope::ui
