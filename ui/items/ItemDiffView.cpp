// The colored list of an item's changes.
#include "items/ItemDiffView.h"

#include "items/ItemJsonWriter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dynoscope::ui {

namespace {

enum Column { AttributeColumn, BeforeColumn, AfterColumn };

// Row tint and text colour for a change, readable on light and dark bases.
std::pair<QColor, QColor> colorsFor(ItemDiff::Change change, bool dark)
{
    switch (change) {
    case ItemDiff::Change::Added:
        return dark ? std::pair(QColor(0x1f, 0x3d, 0x2a), QColor(0x7e, 0xe7, 0x87))
                    : std::pair(QColor(0xe6, 0xf6, 0xea), QColor(0x11, 0x6b, 0x2e));
    case ItemDiff::Change::Removed:
        return dark ? std::pair(QColor(0x4a, 0x22, 0x24), QColor(0xff, 0x9b, 0x93))
                    : std::pair(QColor(0xfd, 0xe8, 0xe8), QColor(0xb4, 0x23, 0x18));
    case ItemDiff::Change::Changed:
        break;
    }
    return dark ? std::pair(QColor(0x45, 0x3a, 0x1a), QColor(0xf2, 0xcc, 0x60))
                : std::pair(QColor(0xfd, 0xf4, 0xdc), QColor(0x8a, 0x5a, 0x00));
}

QString valueText(const std::optional<ItemJsonValue>& value, ItemJsonForm form, ItemJsonStyle style)
{
    if (!value)
        return {};
    const ItemJsonValue shown = form == ItemJsonForm::Plain ? ItemJson::toPlainValue(*value) : *value;
    return QString::fromUtf8(ItemJsonWriter::write(shown, style));
}

} // namespace

ItemDiffView::ItemDiffView(QWidget* parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Attribute"), tr("Before"), tr("After") });
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    // Names fit; the old and new values share the rest.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(AttributeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

void ItemDiffView::setDiff(const ItemDiff& diff, ItemJsonForm form)
{
    m_diff = diff;
    m_form = form;
    fill();
}

void ItemDiffView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        fill();
}

void ItemDiffView::fill()
{
    m_summary->setText(m_diff.summary());
    m_tree->clear();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont bold = font();
    bold.setBold(true);
    for (const ItemDiff::Entry& e : m_diff.entries()) {
        const auto [tint, ink] = colorsFor(e.change, dark);
        const QString sign = e.change == ItemDiff::Change::Added ? QStringLiteral("+ ")
            : e.change == ItemDiff::Change::Removed              ? QStringLiteral("− ")
                                                                 : QStringLiteral("~ ");
        auto* row = new QTreeWidgetItem(m_tree);
        row->setText(AttributeColumn, sign + e.pathText());
        row->setText(BeforeColumn, valueText(e.before, m_form, ItemJsonStyle::SingleLine));
        row->setText(AfterColumn, valueText(e.after, m_form, ItemJsonStyle::SingleLine));
        row->setToolTip(BeforeColumn, valueText(e.before, m_form, ItemJsonStyle::Pretty).left(4000));
        row->setToolTip(AfterColumn, valueText(e.after, m_form, ItemJsonStyle::Pretty).left(4000));
        row->setFont(AttributeColumn, bold);
        row->setForeground(AttributeColumn, ink);
        for (int column : { BeforeColumn, AfterColumn })
            row->setFont(column, mono);
        if (e.change == ItemDiff::Change::Removed)
            row->setForeground(BeforeColumn, ink);
        if (e.change == ItemDiff::Change::Added)
            row->setForeground(AfterColumn, ink);
        for (int column = AttributeColumn; column <= AfterColumn; ++column)
            row->setBackground(column, tint);
    }
}

} // namespace dynoscope::ui
