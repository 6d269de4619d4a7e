// The key condition of a Query: the partition key's value, typed as the
// key schema's AttributeDefinitions say, and an optional sort-key condition
// (=, <, <=, >, >=, BETWEEN, begins_with).
#pragma once

#include "query/QuerySpec.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace dynoscope::ui {

class TypedValueEdit;

class KeyConditionEditor : public QWidget {
    Q_OBJECT
public:
    explicit KeyConditionEditor(QWidget* parent = nullptr);

    // The keys of the table or index queried, with their types (S, N or B);
    // sortKey is empty when it has none. Keeps the values typed so far.
    void setKeySchema(const QString& partitionKey, const QString& partitionType, const QString& sortKey,
                      const QString& sortType);

    KeyCondition keyCondition() const;
    // Shows condition; emits nothing.
    void setKeyCondition(const KeyCondition& condition);

    TypedValueEdit* partitionEdit() const { return m_partition; }
    QComboBox* sortOperatorCombo() const { return m_sortOperator; }
    TypedValueEdit* sortEdit() const { return m_sort; }
    TypedValueEdit* sortHighEdit() const { return m_sortHigh; }

signals:
    void changed();

private:
    void updateSortEditors();

    QString m_partitionKey;
    QString m_sortKey;
    QLabel* m_partitionLabel;
    QLabel* m_sortLabel;
    TypedValueEdit* m_partition;
    QComboBox* m_sortOperator;
    TypedValueEdit* m_sort;
    QLabel* m_and;
    TypedValueEdit* m_sortHigh;
};

} // namespace dynoscope::ui
