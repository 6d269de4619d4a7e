// The Dynoscope main window: a sidebar of tables on the open database and a
// tabbed workspace.
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QTabWidget;

namespace dynoscope {
class Engine;
}

namespace dynoscope::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // REQUIRES: engine outlives the window.
    MainWindow(Engine& engine, const QString& databaseLabel, QWidget* parent = nullptr);

    // Reloads the list of tables from the engine.
    void refreshTables();
    QListWidget* tableList() const { return m_tables; }

private:
    Engine& m_engine;
    QListWidget* m_tables;
    QTabWidget* m_tabs;
    QLabel* m_status;
};

} // namespace dynoscope::ui
