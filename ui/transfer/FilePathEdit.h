// A file path field with a "Browse…" button, for choosing the file to
// export to (a save dialog, which asks before replacing a file) or to
// import from (an open dialog).
#pragma once

#include <QWidget>

class QLineEdit;

namespace dynoscope::ui {

class FilePathEdit : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Save, Open };

    FilePathEdit(Mode mode, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    // File dialog filters, e.g. "CSV (*.csv);;All files (*)".
    void setFilters(const QString& filters) { m_filters = filters; }
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void pathChanged(const QString& path);
    // The user picked the path in the file dialog (a save dialog has
    // already asked about replacing it).
    void browsed(const QString& path);

private:
    void browse();

    Mode m_mode;
    QLineEdit* m_edit;
    QString m_filters;
};

} // namespace dynoscope::ui
