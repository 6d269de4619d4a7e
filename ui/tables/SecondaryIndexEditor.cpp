// The index card.
#include "tables/SecondaryIndexEditor.h"

#include "tables/FieldMessage.h"
#include "tables/KeyAttributeEditor.h"
#include "tables/ReadOnlyField.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

namespace dynoscope::ui {

namespace {

QSpinBox* capacityBox(const QString& objectName, const QString& suffix)
{
    auto* box = new QSpinBox;
    box->setObjectName(objectName);
    // 0 is accepted so that the editor can say why it is wrong.
    box->setRange(0, 1000000000);
    box->setValue(5);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setMinimumWidth(150);
    return box;
}

QStringList splitAttributes(const QString& text)
{
    QStringList out;
    for (const auto& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString name = part.trimmed(); !name.isEmpty())
            out.append(name);
    return out;
}

} // namespace

SecondaryIndexEditor::SecondaryIndexEditor(Kind kind, QWidget* parent)
    : QFrame(parent), m_kind(kind), m_name(new QLineEdit), m_badge(new QLabel), m_remove(new QToolButton),
      m_partitionKey(new KeyAttributeEditor(tr("attribute name"), false)),
      m_sortKey(kind == Kind::Local ? new KeyAttributeEditor(tr("attribute name"), false)
                                    : new KeyAttributeEditor(tr("optional"), true)),
      m_projection(new QComboBox), m_nonKeyLabel(new QLabel(tr("Attributes:"))), m_nonKeyAttributes(new QLineEdit),
      m_capacityLabel(new QLabel(tr("Capacity:"))), m_capacity(new QWidget),
      m_read(capacityBox(QStringLiteral("readCapacity"), tr(" reads/s"))),
      m_write(capacityBox(QStringLiteral("writeCapacity"), tr(" writes/s"))), m_message(new FieldMessage)
{
    setObjectName(kind == Kind::Global ? QStringLiteral("globalIndex") : QStringLiteral("localIndex"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_name->setObjectName(QStringLiteral("indexName"));
    m_name->setPlaceholderText(tr("3 to 255 characters: letters, digits, _ - ."));
    m_partitionKey->setObjectName(QStringLiteral("indexPartitionKey"));
    m_sortKey->setObjectName(QStringLiteral("indexSortKey"));
    m_badge->setObjectName(QStringLiteral("badge"));
    m_badge->setForegroundRole(QPalette::PlaceholderText);
    m_remove->setObjectName(QStringLiteral("removeIndex"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(kind == Kind::Global ? tr("Remove this global secondary index")
                                              : tr("Remove this local secondary index"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setAutoRaise(true);
    m_projection->setObjectName(QStringLiteral("projection"));
    m_projection->addItem(tr("All attributes"), QStringLiteral("ALL"));
    m_projection->addItem(tr("Keys only"), QStringLiteral("KEYS_ONLY"));
    m_projection->addItem(tr("Keys and these attributes"), QStringLiteral("INCLUDE"));
    m_nonKeyAttributes->setObjectName(QStringLiteral("nonKeyAttributes"));
    m_nonKeyAttributes->setPlaceholderText(tr("comma-separated, e.g. email, status"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto* header = new QHBoxLayout;
    header->addWidget(m_name, 1);
    header->addWidget(m_badge);
    header->addWidget(m_remove);
    grid->addWidget(new QLabel(tr("Index name:")), 0, 0);
    grid->addLayout(header, 0, 1, 1, 3);

    grid->addWidget(new QLabel(tr("Partition key:")), 1, 0);
    grid->addWidget(m_partitionKey, 1, 1);
    grid->addWidget(new QLabel(tr("Sort key:")), 1, 2);
    grid->addWidget(m_sortKey, 1, 3);

    grid->addWidget(new QLabel(tr("Projection:")), 2, 0);
    grid->addWidget(m_projection, 2, 1);
    grid->addWidget(m_nonKeyLabel, 2, 2);
    grid->addWidget(m_nonKeyAttributes, 2, 3);

    auto* capacity = new QHBoxLayout(m_capacity);
    capacity->setContentsMargins(0, 0, 0, 0);
    capacity->addWidget(m_read);
    capacity->addWidget(m_write);
    capacity->addStretch();
    grid->addWidget(m_capacityLabel, 3, 0);
    grid->addWidget(m_capacity, 3, 1, 1, 3);

    grid->addWidget(m_message, 4, 0, 1, 4);

    if (kind == Kind::Local) {
        m_partitionKey->setReadOnly(true);
        m_partitionKey->setToolTip(tr("A local secondary index always shares the table's partition key."));
    }
    for (auto* key : {m_partitionKey, m_sortKey})
        connect(key, &KeyAttributeEditor::changed, this, &SecondaryIndexEditor::changed);
    connect(m_name, &QLineEdit::textChanged, this, &SecondaryIndexEditor::changed);
    connect(m_nonKeyAttributes, &QLineEdit::textChanged, this, &SecondaryIndexEditor::changed);
    connect(m_projection, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit changed();
    });
    for (auto* box : {m_read, m_write})
        connect(box, &QSpinBox::valueChanged, this, &SecondaryIndexEditor::changed);
    connect(m_remove, &QToolButton::clicked, this, &SecondaryIndexEditor::removeRequested);
    updateEnabled();
}

SecondaryIndexSpec SecondaryIndexEditor::spec() const
{
    SecondaryIndexSpec spec;
    spec.name = m_name->text();
    spec.partitionKey = m_partitionKey->key();
    spec.sortKey = m_sortKey->key();
    spec.projectionType = m_projection->currentData().toString();
    if (spec.projectionType == QLatin1String("INCLUDE"))
        spec.nonKeyAttributes = splitAttributes(m_nonKeyAttributes->text());
    spec.readCapacity = m_read->value();
    spec.writeCapacity = m_write->value();
    spec.existing = m_existing;
    return spec;
}

void SecondaryIndexEditor::setSpec(const SecondaryIndexSpec& spec)
{
    m_existing = spec.existing;
    m_name->setText(spec.name);
    if (m_kind == Kind::Global)
        m_partitionKey->setKey(spec.partitionKey);
    m_sortKey->setKey(spec.sortKey);
    m_projection->setCurrentIndex(qMax(0, m_projection->findData(spec.projectionType)));
    m_nonKeyAttributes->setText(spec.nonKeyAttributes.join(QStringLiteral(", ")));
    m_read->setValue(int(qMin<qint64>(spec.readCapacity, m_read->maximum())));
    m_write->setValue(int(qMin<qint64>(spec.writeCapacity, m_write->maximum())));
    updateEnabled();
}

void SecondaryIndexEditor::setTablePartitionKey(const KeyAttribute& key)
{
    if (m_kind == Kind::Local)
        m_partitionKey->setKey(key);
}

void SecondaryIndexEditor::setProvisioned(bool provisioned)
{
    m_provisioned = provisioned;
    updateEnabled();
}

void SecondaryIndexEditor::setRemovable(bool removable) { m_remove->setVisible(removable); }

void SecondaryIndexEditor::setMessages(const QStringList& messages) { m_message->setMessages(messages); }

void SecondaryIndexEditor::updateEnabled()
{
    setFixedValue(m_name, m_existing);
    if (m_kind == Kind::Global)
        m_partitionKey->setReadOnly(m_existing);
    m_sortKey->setReadOnly(m_existing);
    m_projection->setEnabled(!m_existing);
    const bool include = m_projection->currentData().toString() == QLatin1String("INCLUDE");
    m_nonKeyLabel->setEnabled(include);
    m_nonKeyAttributes->setEnabled(include && !m_existing);
    m_badge->setText(m_existing ? tr("existing index") : QString());
    m_badge->setVisible(m_existing);
    const bool showCapacity = m_kind == Kind::Global && m_provisioned;
    m_capacity->setVisible(showCapacity);
    m_capacityLabel->setVisible(showCapacity);
}

} // namespace dynoscope::ui
