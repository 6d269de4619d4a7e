// What changed between two versions of an item: attributes added, removed
// or changed, with their old and new values. Two maps that differ are
// compared member by member, so a change deep in a document shows as
// "address.city" rather than as a whole new "address".
#pragma once

#include "items/ItemJsonValue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace dynoscope::ui {

class ItemDiff {
    Q_DECLARE_TR_FUNCTIONS(ItemDiff)
public:
    enum class Change { Added, Removed, Changed };
    struct Entry {
        // The attribute's name, then the map keys down to the change.
        QStringList path;
        Change change = Change::Changed;
        // DynamoDB-form values; no before for Added, no after for Removed.
        std::optional<ItemJsonValue> before;
        std::optional<ItemJsonValue> after;

        // "address.city"; a name with a dot or a space is quoted.
        QString pathText() const;
    };

    ItemDiff() = default;
    // Changes and removals in before's order, then additions in after's.
    // REQUIRES: both are items in DynamoDB form (see ItemJson::parseItem).
    ItemDiff(const ItemJsonValue& before, const ItemJsonValue& after);

    const QList<Entry>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int count(Change change) const;
    // "1 changed, 2 added, 1 removed", or "No changes".
    QString summary() const;

private:
    void compareMaps(const QStringList& path, const ItemJsonValue& before, const ItemJsonValue& after);

    QList<Entry> m_entries;
};

} // namespace dynoscope::ui
