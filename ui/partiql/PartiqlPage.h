// A PartiQL editor tab: a statement editor with completion, Run (Ctrl+Enter)
// and Stop, optional parameters (a JSON list of DynamoDB values for the ?
// placeholders), and the result grid paged with NextToken ("Load More", or
// scrolling to the end). DynamoDB's error shows in place, with its type; the
// status line says how many items came back and the capacity consumed.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace dynoscope::ui {

class Connection;
class JsonEditor;
class PartiqlEditor;
class PartiqlResultModel;

class PartiqlPage : public QWidget {
    Q_OBJECT
public:
    explicit PartiqlPage(Connection* connection, QWidget* parent = nullptr);

    Connection* connection() const { return m_connection; }
    PartiqlEditor* editor() const { return m_editor; }
    PartiqlResultModel* results() const { return m_results; }
    QTableView* resultView() const { return m_view; }
    JsonEditor* parametersEditor() const { return m_parameters; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* loadMoreButton() const { return m_loadMore; }
    QToolButton* parametersButton() const { return m_parametersButton; }
    // ExecuteStatement's Limit: items evaluated per page (0: none).
    QSpinBox* limitBox() const { return m_limit; }

    void setStatement(const QString& statement);
    // Shows or hides the parameters editor (hidden parameters are not sent).
    void setParametersVisible(bool visible);
    // Sets the parameters' JSON text and shows the editor.
    void setParameters(const QByteArray& json);

public slots:
    // Runs the statement from its first page.
    void run();
    void stop();
    void loadMore();

private:
    void showError(const QString& errorType, const QString& message);
    void updateStatus();
    void updateButtons();

    QPointer<Connection> m_connection;
    PartiqlEditor* m_editor;
    JsonEditor* m_parameters;
    PartiqlResultModel* m_results;
    QTableView* m_view;
    QLabel* m_error;
    QLabel* m_status;
    QPushButton* m_run;
    QPushButton* m_stop;
    QPushButton* m_loadMore;
    QToolButton* m_parametersButton;
    QSpinBox* m_limit;
};

} // namespace dynoscope::ui
