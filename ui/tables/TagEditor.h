// The table editor's tags: a key/value table with Add and Remove buttons
// and the tags' messages under it.
#pragma once

#include "tables/TableSpec.h"
#include "tables/ValidationIssue.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace dynoscope::ui {

class FieldMessage;
class TagTableModel;

class TagEditor : public QWidget {
    Q_OBJECT
public:
    explicit TagEditor(QWidget* parent = nullptr);

    QList<TableTag> tags() const;
    void setTags(const QList<TableTag>& tags);
    // The tags could not be read (reason says why): they are shown
    // read-only and no tag change is planned.
    void setUnavailable(const QString& reason);
    void setIssues(const QList<ValidationIssue>& issues);

    TagTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    FieldMessage* message() const { return m_message; }

signals:
    void changed();

private:
    void updateButtons();

    TagTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_count;
    QLabel* m_note;
    FieldMessage* m_message;
    bool m_available = true;
};

} // namespace dynoscope::ui
