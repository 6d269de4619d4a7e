// The language menu and its restart prompt.
#include "app/LanguageMenu.h"

#include "app/LanguageSetting.h"

#include <QActionGroup>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace dynoscope::ui {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    // Each language is named in itself, so that whoever reads it can find theirs.
    const QList<QPair<QString, QString>> entries {
        { QString(), tr("System") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
    };
    const QString current = LanguageSetting::saved();
    for (const auto& [language, name] : entries) {
        QAction* action = addAction(name);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == current);
        m_group->addAction(action);
        if (language.isEmpty())
            addSeparator();
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) { choose(action->data().toString()); });
}

QString LanguageMenu::checkedLanguage() const
{
    const QAction* checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::choose(const QString& language)
{
    if (language == LanguageSetting::saved())
        return;
    LanguageSetting::save(language);
    emit languageChosen(language);
    askToRestart();
}

void LanguageMenu::askToRestart()
{
    // Over the window the menu belongs to, not over the (closing) menu.
    QWidget* owner = parentWidget();
    while (qobject_cast<QMenu*>(owner))
        owner = owner->parentWidget();
    // Not exec(): the menu's caller keeps running, and tests can answer it.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Language"),
        tr("The new language takes effect when Dynoscope starts again."), QMessageBox::NoButton,
        owner ? owner->window() : nullptr);
    box->setObjectName(QStringLiteral("languageRestartPrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* restartButton = box->addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    restartButton->setObjectName(QStringLiteral("restartNow"));
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [restartButton](QAbstractButton* button) {
        // Once the prompt has closed, so that it does not count as a window left open.
        if (button == restartButton)
            QMetaObject::invokeMethod(qApp, &LanguageMenu::restart, Qt::QueuedConnection);
    });
    box->open();
}

void LanguageMenu::restart()
{
    // Closing the windows saves the session; a window that refuses to close
    // (unsaved work) cancels the restart.
    QApplication::closeAllWindows();
    for (const QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            return;
    }
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    QCoreApplication::quit();
}

} // namespace dynoscope::ui
