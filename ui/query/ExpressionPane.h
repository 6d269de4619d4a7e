// The query builder's "Expressions" tab: the request's KeyConditionExpression
// (Query only), FilterExpression and ProjectionExpression in expression
// editors, and its ExpressionAttributeNames/Values in JSON editors, checked
// together as DynamoDB checks a request (placeholders defined and used).
#pragma once

#include "query/QuerySpec.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTimer;

namespace dynoscope::ui {

class ExpressionEditor;
class JsonEditor;

class ExpressionPane : public QWidget {
    Q_OBJECT
public:
    explicit ExpressionPane(QWidget* parent = nullptr);

    // Query shows the key condition editor; Scan hides it and leaves its
    // expression out of expressionMembers().
    void setOperation(QueryOperation operation);
    QueryOperation operation() const { return m_operation; }
    // Attribute names seen in items, for completion.
    void setAttributeNames(const QStringList& names);
    // Fills the editors from the request's expression members; emits nothing.
    void setRequest(const QJsonObject& request);
    // KeyConditionExpression (Query only), FilterExpression,
    // ProjectionExpression, ExpressionAttributeNames/Values as edited; empty
    // ones (and maps that are not valid JSON objects) left out.
    QJsonObject expressionMembers() const;
    // True when an expression has a problem, a map is not a JSON object, or a
    // placeholder is defined but unused.
    bool hasErrors() const;
    // The request-level problem shown below the maps (e.g. unused
    // placeholders); empty when there is none.
    QString requestMessage() const;

    ExpressionEditor* keyConditionEditor() const { return m_keyCondition; }
    ExpressionEditor* filterEditor() const { return m_filter; }
    ExpressionEditor* projectionEditor() const { return m_projection; }
    JsonEditor* namesEditor() const { return m_namesEdit; }
    JsonEditor* valuesEditor() const { return m_valuesEdit; }

signals:
    // The user changed something (debounced, ~300 ms).
    void edited();

private:
    void userEdited();
    void mapsChanged();
    void updateRequestMessage();
    QJsonObject names() const;
    QJsonObject values() const;

    QueryOperation m_operation = QueryOperation::Scan;
    QLabel* m_keyConditionLabel = nullptr;
    ExpressionEditor* m_keyCondition = nullptr;
    ExpressionEditor* m_filter = nullptr;
    ExpressionEditor* m_projection = nullptr;
    JsonEditor* m_namesEdit = nullptr;
    JsonEditor* m_valuesEdit = nullptr;
    QLabel* m_requestMessage = nullptr;
    QTimer* m_editedDelay = nullptr;
    bool m_loading = false;
};

} // namespace dynoscope::ui
