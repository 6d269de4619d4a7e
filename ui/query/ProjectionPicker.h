// The projection of the query builder: the attribute paths to return,
// typed as a comma-separated list or picked from the attributes seen; empty
// returns whole items.
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace dynoscope::ui {

class ProjectionPicker : public QWidget {
    Q_OBJECT
public:
    explicit ProjectionPicker(QWidget* parent = nullptr);

    QStringList paths() const;
    // Shows paths; emits nothing.
    void setPaths(const QStringList& paths);
    void setAttributeNames(const QStringList& names);

    QLineEdit* lineEdit() const { return m_text; }
    QToolButton* chooseButton() const { return m_choose; }

signals:
    void changed();

private:
    void fillMenu();
    void toggle(const QString& name, bool on);

    QLineEdit* m_text;
    QToolButton* m_choose;
    QStringList m_attributeNames;
};

} // namespace dynoscope::ui
