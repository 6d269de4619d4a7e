// Loading and saving the language choice, and installing its translators.
#include "app/LanguageSetting.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace dynoscope::ui {

namespace {

const QString kSettingsKey = QStringLiteral("language");
// Marks the translators install() added, so that uninstall() finds them.
const QString kTranslatorName = QStringLiteral("dynoscopeTranslator");
// Where the build embeds the .qm files (translations/CMakeLists.txt).
const QString kResourceDirectory = QStringLiteral(":/i18n");

QTranslator* newTranslator(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    return translator;
}

} // namespace

QString LanguageSetting::saved()
{
    const QString language = QSettings().value(kSettingsKey).toString();
    return available().contains(language) ? language : QString();
}

void LanguageSetting::save(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, language);
}

QStringList LanguageSetting::available()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") };
}

QLocale LanguageSetting::locale(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QString LanguageSetting::install(QCoreApplication& app, const QString& language)
{
    const QLocale chosen = locale(language);
    if (!language.isEmpty())
        QLocale::setDefault(chosen);

    QTranslator* own = newTranslator(app);
    // A language without a translation falls back to English, whose file
    // holds the plural forms ("1 item", "2 items").
    if (!own->load(chosen, QStringLiteral("dynoscope"), QStringLiteral("_"), kResourceDirectory)
        && !own->load(QStringLiteral("dynoscope_en"), kResourceDirectory)) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);

    QTranslator* qt = newTranslator(app);
    if (qt->load(
            chosen, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language();
}

void LanguageSetting::uninstall(QCoreApplication& app)
{
    const auto translators = app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
}

} // namespace dynoscope::ui
