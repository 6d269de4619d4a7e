// The query builder of a table page: tabs "Builder" (QueryBuilder),
// "Expressions" (ExpressionPane), "Request" (the exact request, read-only)
// and "Code" (CodeView); Run (Ctrl+Enter) and Save; the saved queries and
// history at the side.
//
// Sync: a builder change rebuilds the request and shows it in the other
// tabs. An edit in the Expressions tab is read back into the builder
// (ExpressionReader); a filter rows cannot show stays as text in the
// builder. While the Expressions tab holds text the builder cannot take (a
// syntax error, or a key condition or projection it cannot show), that
// text is left alone, the builder and the request keep their last version,
// and Run refuses until it is fixed or reverted: nothing typed is lost.
#pragma once

#include "query/QuerySpec.h"
#include "query/SavedQuery.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace dynoscope::ui {

class CodeView;
class Connection;
class ExpressionPane;
class JsonEditor;
class QueryBuilder;
class SavedQueriesPanel;

class QueryPanel : public QWidget {
    Q_OBJECT
public:
    QueryPanel(Connection* connection, QString tableName, QWidget* parent = nullptr);

    // The table's DescribeTable "Table" object: targets and key schemas.
    void setDescription(const QJsonObject& description);
    // Attribute names seen in items, for the path pickers and completion.
    void setAttributeNames(const QStringList& names);

    QuerySpec spec() const;
    // Shows spec in every tab; emits nothing.
    void setSpec(const QuerySpec& spec);
    // Opens a saved query or history entry.
    void open(const SavedQuery& query);
    // The request the Run button sends (as the Request tab shows it).
    const QJsonObject& request() const { return m_request; }
    // What stops Run (empty when nothing): a check of the spec, or text in
    // the Expressions tab the builder could not take.
    QString problem() const;
    bool expressionsPending() const { return m_paneDirty; }

    QueryBuilder* builder() const { return m_builder; }
    ExpressionPane* expressions() const { return m_pane; }
    JsonEditor* requestView() const { return m_requestView; }
    CodeView* codeView() const { return m_code; }
    SavedQueriesPanel* savedQueries() const { return m_saved; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* syncLabel() const { return m_sync; }

public slots:
    // Checks the spec and asks to run it (runRequested), or shows why not.
    void run();
    // Saves the current request as a named access pattern.
    void save();
    // Shows the builder's version in the Expressions tab, discarding what
    // the builder could not take.
    void revertExpressions();

signals:
    // Run: the request to read into the item grid.
    void runRequested(const QString& operation, const QJsonObject& request, int maxItems);

private:
    void builderChanged();
    void expressionsEdited();
    void refreshViews(bool toExpressions);
    void setExpressionsPending(const QString& why);
    SavedQuery currentQuery() const;

    QPointer<Connection> m_connection;
    QString m_tableName;
    QueryBuilder* m_builder;
    ExpressionPane* m_pane;
    JsonEditor* m_requestView;
    QLabel* m_requestNote;
    CodeView* m_code;
    SavedQueriesPanel* m_saved;
    QTabWidget* m_tabs;
    QLabel* m_sync;
    QLabel* m_problem;
    QPushButton* m_save;
    QPushButton* m_run;
    QJsonObject m_request;
    QString m_specProblem;
    bool m_paneDirty = false;
};

} // namespace dynoscope::ui
