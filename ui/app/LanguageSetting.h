// The language the interface speaks: the system locale unless the user chose
// one (QSettings "language"), and the translators that make it speak it.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace dynoscope::ui {

class LanguageSetting {
public:
    // "" (follow the system), "en", "de" or "fr".
    static QString saved();
    static void save(const QString& language);
    // The languages with a translation, in menu order.
    static QStringList available();

    // The locale a language stands for: the system's for "".
    static QLocale locale(const QString& language);

    // Installs, as children of app, Dynoscope's translator for locale, English
    // (for its plural forms) when there is none, and Qt's own translations
    // (standard buttons, dialogs). An explicit choice also becomes the default
    // locale, so numbers and dates match the language. Returns the language
    // of Dynoscope's translation that was loaded ("de", "fr", "en").
    // REQUIRES: app exists; call before creating widgets.
    static QString install(QCoreApplication& app, const QString& language);

    // Removes what install() added.
    static void uninstall(QCoreApplication& app);
};

} // namespace dynoscope::ui
