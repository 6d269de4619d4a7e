// Key attribute name and type.
#include "tables/KeyAttributeEditor.h"

#include "tables/ReadOnlyField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace dynoscope::ui {

KeyAttributeEditor::KeyAttributeEditor(const QString& placeholder, bool optional, QWidget* parent)
    : QWidget(parent), m_name(new QLineEdit), m_type(new QComboBox), m_optional(optional)
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(placeholder);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->addItem(tr("String"), QStringLiteral("S"));
    m_type->addItem(tr("Number"), QStringLiteral("N"));
    m_type->addItem(tr("Binary"), QStringLiteral("B"));
    m_type->setToolTip(tr("The attribute's type: key attributes are strings, numbers or binary."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_type);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        updateTypeEnabled();
        emit changed();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &KeyAttributeEditor::changed);
    updateTypeEnabled();
}

KeyAttribute KeyAttributeEditor::key() const { return {m_name->text(), m_type->currentData().toString()}; }

void KeyAttributeEditor::setKey(const KeyAttribute& key)
{
    m_name->setText(key.name);
    m_type->setCurrentIndex(qMax(0, m_type->findData(key.type)));
}

void KeyAttributeEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setFixedValue(m_name, readOnly);
    updateTypeEnabled();
}

void KeyAttributeEditor::updateTypeEnabled()
{
    m_type->setEnabled(!m_readOnly && (!m_optional || !m_name->text().isEmpty()));
}

} // namespace dynoscope::ui
