// The visual query builder: Query or Scan, on the table or one of its
// indexes; the key condition typed per the key schema; the filter as AND/OR
// groups of conditions; the projection; and the options (page size, item
// limit, order, consistent read, parallel-scan segments). It edits a
// QuerySpec: spec() reads the widgets, setSpec() shows one without
// emitting changed(). A filter written as text that rows cannot show is
// kept as text, with the reason.
#pragma once

#include "query/QuerySpec.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QGroupBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace dynoscope::ui {

class FilterGroupWidget;
class KeyConditionEditor;
class ProjectionPicker;

class QueryBuilder : public QWidget {
    Q_OBJECT
public:
    // The key attributes of the table or of one index, with their types.
    struct KeySchema {
        QString indexName;     // empty: the table
        QString partitionKey;
        QString partitionType; // S, N or B
        QString sortKey;       // empty when none
        QString sortType;
        bool global = false;   // a global secondary index (eventually consistent only)
    };

    explicit QueryBuilder(QWidget* parent = nullptr);

    // The table and its DescribeTable "Table" object: the targets offered
    // and their key schemas. Keeps what was entered where it still applies.
    void setTable(const QString& tableName, const QJsonObject& description);
    // The attribute names seen in items, offered by the path pickers.
    void setAttributeNames(const QStringList& names);
    // The key schema of the table (indexName empty) or of an index.
    KeySchema keySchema(const QString& indexName) const;

    QuerySpec spec() const;
    // Shows spec; emits nothing.
    void setSpec(const QuerySpec& spec);
    // Why the filter is shown as text (empty while it is shown as rows).
    QString filterTextReason() const { return m_textReason; }
    // Shows a filter the rows cannot show, as text, with the reason.
    void setTextFilter(const QString& text, const QJsonObject& names, const QJsonObject& values,
                       const QString& reason);

    QComboBox* operationCombo() const { return m_operation; }
    QComboBox* targetCombo() const { return m_target; }
    KeyConditionEditor* keyEditor() const { return m_key; }
    FilterGroupWidget* filterGroup() const { return m_filter; }
    ProjectionPicker* projectionPicker() const { return m_projection; }
    QSpinBox* pageSizeBox() const { return m_pageSize; }
    QSpinBox* maxItemsBox() const { return m_maxItems; }
    QCheckBox* descendingBox() const { return m_descending; }
    QCheckBox* consistentReadBox() const { return m_consistent; }
    QSpinBox* segmentsBox() const { return m_segments; }
    QSpinBox* segmentBox() const { return m_segment; }
    QLabel* filterTextMessage() const { return m_textMessage; }
    QPlainTextEdit* filterTextView() const { return m_textView; }

signals:
    // The user changed something.
    void changed();

private:
    void edited();
    void targetChosen();
    void updateVisibility();
    void useRows();
    void showTextPage(bool text);

    QString m_tableName;
    QList<KeySchema> m_schemas; // the table first, then its indexes
    QComboBox* m_operation;
    QComboBox* m_target;
    QGroupBox* m_keyBox;
    KeyConditionEditor* m_key;
    QWidget* m_textPage;
    FilterGroupWidget* m_filter;
    QLabel* m_textMessage;
    QPlainTextEdit* m_textView;
    ProjectionPicker* m_projection;
    QSpinBox* m_pageSize;
    QSpinBox* m_maxItems;
    QCheckBox* m_descending;
    QCheckBox* m_consistent;
    QLabel* m_segmentsLabel;
    QSpinBox* m_segments;
    QLabel* m_segmentLabel;
    QSpinBox* m_segment;
    bool m_filterIsText = false;
    QString m_textReason;
    QJsonObject m_textNames;
    QJsonObject m_textValues;
    bool m_loading = false;
};

} // namespace dynoscope::ui
