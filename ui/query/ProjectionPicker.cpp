// The projection picker: a line of paths and a menu of the attributes seen.
#include "query/ProjectionPicker.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace dynoscope::ui {

ProjectionPicker::ProjectionPicker(QWidget* parent)
    : QWidget(parent), m_text(new QLineEdit), m_choose(new QToolButton)
{
    m_text->setPlaceholderText(tr("All attributes"));
    m_text->setToolTip(tr("Attribute paths to return, separated by commas, e.g. name, address.city, tags[0]"));
    m_text->setClearButtonEnabled(true);
    m_choose->setText(tr("Choose"));
    m_choose->setPopupMode(QToolButton::InstantPopup);
    m_choose->setMenu(new QMenu(m_choose));
    connect(m_choose->menu(), &QMenu::aboutToShow, this, &ProjectionPicker::fillMenu);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_choose);
    connect(m_text, &QLineEdit::textChanged, this, &ProjectionPicker::changed);
}

QStringList ProjectionPicker::paths() const
{
    QStringList paths;
    for (const QString& part : m_text->text().split(QLatin1Char(',')))
        if (!part.trimmed().isEmpty())
            paths << part.trimmed();
    return paths;
}

void ProjectionPicker::setPaths(const QStringList& paths)
{
    const QSignalBlocker block(m_text);
    m_text->setText(paths.join(QStringLiteral(", ")));
}

void ProjectionPicker::setAttributeNames(const QStringList& names) { m_attributeNames = names; }

void ProjectionPicker::fillMenu()
{
    QMenu* menu = m_choose->menu();
    menu->clear();
    const QStringList chosen = paths();
    if (m_attributeNames.isEmpty())
        menu->addAction(tr("No attributes seen yet"))->setEnabled(false);
    for (const QString& name : m_attributeNames) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(chosen.contains(name));
        connect(action, &QAction::toggled, this, [this, name](bool on) { toggle(name, on); });
    }
    menu->addSeparator();
    menu->addAction(tr("All Attributes"), this, [this] { m_text->clear(); });
}

void ProjectionPicker::toggle(const QString& name, bool on)
{
    QStringList chosen = paths();
    if (on && !chosen.contains(name))
        chosen << name;
    else if (!on)
        chosen.removeAll(name);
    m_text->setText(chosen.join(QStringLiteral(", "))); // emits changed()
}

} // namespace dynoscope::ui
