// The request log dock: a table of every call, and the request and response
// JSON of the selected one.
#pragma once

#include <QDockWidget>

class QPlainTextEdit;
class QTableView;

namespace dynoscope::ui {

class RequestLogModel;

class RequestLogDock : public QDockWidget {
    Q_OBJECT
public:
    RequestLogDock(RequestLogModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    // Shows the JSON of the given row in the detail panes.
    void showRecord(int row);

private:
    RequestLogModel* m_model;
    QTableView* m_view;
    QPlainTextEdit* m_request;
    QPlainTextEdit* m_response;
};

} // namespace dynoscope::ui
