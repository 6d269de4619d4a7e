// The "Language" menu: System, English, Deutsch, Français. Saves the choice,
// which takes effect at the next start, and offers to restart now.
#pragma once

#include <QMenu>

class QActionGroup;

namespace dynoscope::ui {

class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The checked entry's language: "" for System.
    QString checkedLanguage() const;

signals:
    // After the choice is saved; the running interface keeps its language.
    void languageChosen(const QString& language);

private:
    void choose(const QString& language);
    void askToRestart();
    static void restart();

    QActionGroup* m_group;
};

} // namespace dynoscope::ui
