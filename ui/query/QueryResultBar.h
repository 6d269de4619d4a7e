// The bar above the item grid while it shows a query's result: what ran,
// Count, ScannedCount, capacity and pages, a flag for a filter that reads
// far more than it returns, DynamoDB's error in place, progress with a Stop
// button, and the way back to browsing the table.
#pragma once

#include "query/QueryResult.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dynoscope::ui {

class QueryResultBar : public QWidget {
    Q_OBJECT
public:
    explicit QueryResultBar(QWidget* parent = nullptr);

    void setResult(const QueryResult& result);
    const QueryResult& result() const { return m_result; }

    QLabel* summaryLabel() const { return m_summary; }
    QLabel* warningLabel() const { return m_warning; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* backButton() const { return m_back; }

signals:
    void stopRequested();
    void backRequested();

private:
    QueryResult m_result;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_warning;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_stop;
    QPushButton* m_back;
};

} // namespace dynoscope::ui
