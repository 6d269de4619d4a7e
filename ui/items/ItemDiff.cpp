// Attribute-level differences between two items.
#include "items/ItemDiff.h"

#include "items/ItemJson.h"

#include <QHash>
#include <QSet>

namespace dynoscope::ui {

QString ItemDiff::Entry::pathText() const
{
    QStringList parts;
    for (const QString& name : path) {
        const bool plain = !name.isEmpty() && !name.contains(QLatin1Char('.')) && !name.contains(QLatin1Char(' '))
            && !name.contains(QLatin1Char('"'));
        parts.append(plain ? name : QLatin1Char('"') + name + QLatin1Char('"'));
    }
    return parts.join(QLatin1Char('.'));
}

ItemDiff::ItemDiff(const ItemJsonValue& before, const ItemJsonValue& after)
{
    compareMaps({}, before, after);
}

void ItemDiff::compareMaps(const QStringList& path, const ItemJsonValue& before, const ItemJsonValue& after)
{
    QHash<QString, const ItemJsonValue*> afterByName;
    for (const ItemJsonValue::Member& m : after.members())
        afterByName.insert(m.name, &m.value);
    QSet<QString> beforeNames;
    for (const ItemJsonValue::Member& old : before.members()) {
        beforeNames.insert(old.name);
        const QStringList here = path + QStringList { old.name };
        const ItemJsonValue* now = afterByName.value(old.name);
        if (!now) {
            m_entries.append({ here, Change::Removed, old.value, std::nullopt });
        } else if (!ItemJson::sameValue(old.value, *now)) {
            const bool bothMaps
                = ItemJson::typeOf(old.value) == QLatin1String("M") && ItemJson::typeOf(*now) == QLatin1String("M");
            if (bothMaps)
                compareMaps(here, ItemJson::payloadOf(old.value), ItemJson::payloadOf(*now));
            else
                m_entries.append({ here, Change::Changed, old.value, *now });
        }
    }
    for (const ItemJsonValue::Member& added : after.members()) {
        if (!beforeNames.contains(added.name))
            m_entries.append({ path + QStringList { added.name }, Change::Added, std::nullopt, added.value });
    }
}

int ItemDiff::count(Change change) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.change == change; }));
}

QString ItemDiff::summary() const
{
    if (isEmpty())
        return tr("No changes");
    QStringList parts;
    if (const int n = count(Change::Changed))
        parts.append(tr("%n changed", nullptr, n));
    if (const int n = count(Change::Added))
        parts.append(tr("%n added", nullptr, n));
    if (const int n = count(Change::Removed))
        parts.append(tr("%n removed", nullptr, n));
    return parts.join(QStringLiteral(", "));
}

} // namespace dynoscope::ui
