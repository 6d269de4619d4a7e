// A filter group: its header (NOT, AND/OR, add buttons) and its children.
#include "query/FilterGroupWidget.h"

#include "query/FilterRowWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace dynoscope::ui {

FilterGroupWidget::FilterGroupWidget(bool root, QWidget* parent)
    : QFrame(parent), m_root(root), m_not(new QCheckBox(tr("NOT"))), m_kind(new QComboBox),
      m_childLayout(new QVBoxLayout), m_emptyHint(new QLabel)
{
    if (!root) {
        setFrameShape(QFrame::StyledPanel);
        setFrameShadow(QFrame::Plain);
    }
    m_not->setToolTip(tr("Negate the whole group"));
    m_kind->addItem(tr("All of (AND)"), int(FilterNode::Kind::And));
    m_kind->addItem(tr("Any of (OR)"), int(FilterNode::Kind::Or));
    auto* addCondition = new QToolButton;
    addCondition->setText(tr("+ Condition"));
    addCondition->setAutoRaise(true);
    auto* addSubgroup = new QToolButton;
    addSubgroup->setText(tr("+ Group"));
    addSubgroup->setAutoRaise(true);
    addSubgroup->setToolTip(tr("Add a nested AND/OR group"));
    m_emptyHint->setText(root ? tr("No filter: every item read is returned. Add a condition to filter.")
                              : tr("An empty group is left out of the filter."));
    m_emptyHint->setEnabled(false);

    auto* header = new QHBoxLayout;
    header->setSpacing(4);
    header->addWidget(m_not);
    header->addWidget(m_kind);
    header->addWidget(addCondition);
    header->addWidget(addSubgroup);
    header->addStretch();
    if (!root) {
        auto* remove = new QToolButton;
        remove->setText(QStringLiteral("×"));
        remove->setToolTip(tr("Remove this group"));
        remove->setAutoRaise(true);
        header->addWidget(remove);
        connect(remove, &QToolButton::clicked, this, &FilterGroupWidget::removeRequested);
    }
    m_childLayout->setContentsMargins(root ? 0 : 16, 0, 0, 0);
    m_childLayout->setSpacing(4);
    m_childLayout->addWidget(m_emptyHint);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(root ? 0 : 6, root ? 0 : 4, root ? 0 : 6, root ? 0 : 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addLayout(m_childLayout);

    connect(m_not, &QCheckBox::toggled, this, &FilterGroupWidget::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FilterGroupWidget::changed);
    connect(addCondition, &QToolButton::clicked, this, [this] {
        FilterRowWidget* row = addRow();
        row->pathCombo()->setFocus();
        emit changed();
    });
    connect(addSubgroup, &QToolButton::clicked, this, [this] {
        addGroup()->addRow();
        emit changed();
    });
    updateEmptyHint();
}

FilterRowWidget* FilterGroupWidget::addRow()
{
    auto* row = new FilterRowWidget;
    row->setAttributeNames(m_attributeNames);
    connect(row, &FilterRowWidget::changed, this, &FilterGroupWidget::changed);
    connect(row, &FilterRowWidget::removeRequested, this, [this, row] {
        removeChild(row);
        emit changed();
    });
    adopt(row);
    return row;
}

FilterGroupWidget* FilterGroupWidget::addGroup()
{
    auto* group = new FilterGroupWidget(false);
    group->setAttributeNames(m_attributeNames);
    connect(group, &FilterGroupWidget::changed, this, &FilterGroupWidget::changed);
    connect(group, &FilterGroupWidget::removeRequested, this, [this, group] {
        removeChild(group);
        emit changed();
    });
    adopt(group);
    return group;
}

void FilterGroupWidget::adopt(QWidget* child)
{
    m_children << child;
    m_childLayout->addWidget(child);
    updateEmptyHint();
}

void FilterGroupWidget::removeChild(QWidget* child)
{
    m_children.removeOne(child);
    child->hide();
    child->deleteLater(); // it may be in the middle of emitting
    updateEmptyHint();
}

void FilterGroupWidget::updateEmptyHint() { m_emptyHint->setVisible(m_children.isEmpty()); }

FilterNode FilterGroupWidget::node() const
{
    FilterNode node;
    node.kind = FilterNode::Kind(m_kind->currentData().toInt());
    node.negated = m_not->isChecked();
    for (QWidget* child : m_children) {
        if (auto* row = qobject_cast<FilterRowWidget*>(child))
            node.children.push_back(row->node());
        else if (auto* group = qobject_cast<FilterGroupWidget*>(child))
            node.children.push_back(group->node());
    }
    return node;
}

void FilterGroupWidget::setNode(const FilterNode& source)
{
    // A single row at the root is shown as the root group's only child.
    FilterNode node = source;
    if (node.kind == FilterNode::Kind::Row) {
        FilterNode group;
        group.children.push_back(source);
        node = group;
    }
    const QSignalBlocker blockNot(m_not);
    const QSignalBlocker blockKind(m_kind);
    m_not->setChecked(node.negated);
    m_kind->setCurrentIndex(m_kind->findData(int(node.kind)));
    for (QWidget* child : std::as_const(m_children))
        delete child;
    m_children.clear();
    for (const FilterNode& child : node.children) {
        if (child.kind == FilterNode::Kind::Row)
            addRow()->setNode(child);
        else
            addGroup()->setNode(child);
    }
    updateEmptyHint();
}

void FilterGroupWidget::setAttributeNames(const QStringList& names)
{
    m_attributeNames = names;
    for (QWidget* child : std::as_const(m_children)) {
        if (auto* row = qobject_cast<FilterRowWidget*>(child))
            row->setAttributeNames(names);
        else if (auto* group = qobject_cast<FilterGroupWidget*>(child))
            group->setAttributeNames(names);
    }
}

} // namespace dynoscope::ui
