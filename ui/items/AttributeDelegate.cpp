// Typed cell editors.
#include "items/AttributeDelegate.h"

#include "items/ItemTableModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace dynoscope::ui {

QWidget* AttributeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    const QString type = index.data(ItemTableModel::TypeRole).toString();
    if (type == QLatin1String("BOOL")) {
        auto* combo = new QComboBox(parent);
        combo->addItems({QStringLiteral("true"), QStringLiteral("false")});
        return combo;
    }
    auto* edit = qobject_cast<QLineEdit*>(QStyledItemDelegate::createEditor(parent, option, index));
    if (!edit)
        edit = new QLineEdit(parent);
    if (type == QLatin1String("N"))
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral(R"([+-]?[0-9]*\.?[0-9]*([eE][+-]?[0-9]*)?)")), edit));
    else if (type == QLatin1String("B"))
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9+/=]*")), edit));
    return edit;
}

void AttributeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toBool() ? 0 : 1);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        edit->setText(index.data(Qt::EditRole).toString());
}

void AttributeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentIndex() == 0);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        model->setData(index, edit->text()); // the model refuses, with a message, what its type cannot hold
}

} // namespace dynoscope::ui
