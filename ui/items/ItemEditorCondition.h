// The ConditionExpression an item editor saves with, so that PutItem never
// silently overwrites a change made by someone else since the item was read:
//
//   new item       attribute_not_exists(#pk)
//   edited item    every attribute read still equal to its value
//                  (#n0 = :v0 AND ...) and every attribute the edit adds
//                  still absent (attribute_not_exists(#n5))
//
// When that would break DynamoDB's expression limits (4 KB of expression,
// 300 operators and functions), it falls back to a version attribute
// (attribute_exists(#pk) AND #ver = :ver) when the item has one, else to
// attribute_exists(#pk), and says what is no longer checked.
#pragma once

#include "items/ItemJsonValue.h"

#include <QCoreApplication>
#include <QHash>

namespace dynoscope::ui {

class ItemEditorCondition {
    Q_DECLARE_TR_FUNCTIONS(ItemEditorCondition)
public:
    enum class Kind { None, ItemAbsent, Unchanged, VersionUnchanged, KeyExists };

    // DynamoDB's limits on one expression.
    static constexpr int kMaxExpressionLength = 4096; // UTF-16 code units
    static constexpr int kMaxOperators = 300;

    // No condition: the save overwrites whatever is stored.
    ItemEditorCondition() = default;
    static ItemEditorCondition itemAbsent(const QString& partitionKey);
    // stored: the item as read; edited: the item to save (same key).
    // REQUIRES: both in DynamoDB form; stored has partitionKey.
    static ItemEditorCondition unchangedSince(
        const ItemJsonValue& stored, const ItemJsonValue& edited, const QString& partitionKey);

    Kind kind() const { return m_kind; }
    const QString& expression() const { return m_expression; }
    // ExpressionAttributeNames and ExpressionAttributeValues (objects).
    const ItemJsonValue& names() const { return m_names; }
    const ItemJsonValue& values() const { return m_values; }
    // What the condition does not check, for the user; empty when it
    // checks everything it should.
    const QString& warning() const { return m_warning; }
    // Operators and functions in expression(), as DynamoDB counts them.
    int operatorCount() const { return m_operators; }

    // Adds ConditionExpression and its names and values to a request object.
    void addTo(ItemJsonValue& request) const;

private:
    QString name(const QString& attribute);
    QString value(const ItemJsonValue& attributeValue);
    static ItemEditorCondition fallback(const ItemJsonValue& stored, const QString& partitionKey);

    Kind m_kind = Kind::None;
    QString m_expression;
    ItemJsonValue m_names = ItemJsonValue::object();
    ItemJsonValue m_values = ItemJsonValue::object();
    QHash<QString, QString> m_namePlaceholders; // attribute name -> "#n3"
    QString m_warning;
    int m_operators = 0;
};

} // namespace dynoscope::ui
