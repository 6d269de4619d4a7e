// Translations: the embedded German and French translators translate real
// widgets (and Qt's own buttons), English reads its plural forms right, an
// untranslated locale falls back to English, the language menu saves the
// choice, and error explanations are sentences in the chosen language.
#include <QtTest>

#include "app/LanguageMenu.h"
#include "app/LanguageSetting.h"
#include "app/MainWindow.h"
#include "common/ErrorExplanation.h"
#include "heatmap/HeatmapDiagnostics.h"
#include "items/AttributeFormat.h"
#include "items/ItemBrowser.h"
#include "streams/StreamRecordModel.h"
#include "streams/StreamViewer.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

using namespace dynoscope::ui;

namespace {

QStringList menuTitles(MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QString cancelButtonText()
{
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text();
}

QMessageBox* restartPrompt()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("languageRestartPrompt") && widget->isVisible())
            return qobject_cast<QMessageBox*>(widget);
    }
    return nullptr;
}

QAction* entry(LanguageMenu& menu, const QString& language)
{
    for (QAction* action : menu.actions()) {
        if (action->isCheckable() && action->data().toString() == language)
            return action;
    }
    return nullptr;
}

} // namespace

class TranslationTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DynoscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TranslationTest"));
        QSettings().clear();
    }
    void cleanup() { LanguageSetting::uninstall(*QCoreApplication::instance()); }

    void germanTranslatesTheMainWindow()
    {
        QCOMPARE(LanguageSetting::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        MainWindow window;
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(u',')));
        QVERIFY(titles.contains(QStringLiteral("&Tabelle")));
        QVERIFY(titles.contains(QStringLiteral("&Element")));
        QVERIFY(titles.contains(QStringLiteral("&Ansicht")));
        // The View menu offers the language menu.
        const auto* languages = window.findChild<LanguageMenu*>();
        QVERIFY(languages);
        QCOMPARE(languages->title(), QStringLiteral("&Sprache"));
        // Qt's own texts come from qtbase_de.
        QCOMPARE(cancelButtonText(), QStringLiteral("Abbrechen"));
        // Texts of free functions are found under their named context too.
        QCOMPARE(AttributeFormat::typeName(QStringLiteral("B")), QStringLiteral("Binär"));
        // Numbers follow the chosen language.
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
    }

    void frenchTranslatesTheMainWindow()
    {
        QCOMPARE(LanguageSetting::install(*QCoreApplication::instance(), QStringLiteral("fr")), QStringLiteral("fr"));
        MainWindow window;
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("&Fichier")), qPrintable(titles.join(u',')));
        QVERIFY(titles.contains(QStringLiteral("&Affichage")));
        QCOMPARE(cancelButtonText(), QStringLiteral("Annuler"));
        QCOMPARE(AttributeFormat::typeName(QStringLiteral("SS")), QStringLiteral("Ensemble de chaînes"));
        // French puts a no-break space before a colon.
        QCOMPARE(StreamViewer::tr("Stream:"), QStringLiteral("Flux\u00a0:"));
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << "en" << 1 << "1 item loaded";
        QTest::newRow("en 2") << "en" << 2 << "2 items loaded";
        QTest::newRow("en 0") << "en" << 0 << "0 items loaded";
        QTest::newRow("de 1") << "de" << 1 << "1 Element geladen";
        QTest::newRow("de 2") << "de" << 2 << "2 Elemente geladen";
        QTest::newRow("fr 0") << "fr" << 0 << "0 élément chargé";
        QTest::newRow("fr 1") << "fr" << 1 << "1 élément chargé";
        QTest::newRow("fr 2") << "fr" << 2 << "2 éléments chargés";
    }
    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(LanguageSetting::install(*QCoreApplication::instance(), language), language);
        QCOMPARE(ItemBrowser::tr("%n item(s) loaded", nullptr, count), expected);
    }

    void englishPluralFormsOfIrregularTexts()
    {
        LanguageSetting::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(StreamRecordModel::tr("%n byte(s)", nullptr, 1), QStringLiteral("1 byte"));
        QCOMPARE(HeatmapDiagnostics::tr("Throttling: %n request(s) were throttled in this window.", nullptr, 1),
            QStringLiteral("Throttling: 1 request was throttled in this window."));
        QCOMPARE(HeatmapDiagnostics::tr("Throttling: %n request(s) were throttled in this window.", nullptr, 3),
            QStringLiteral("Throttling: 3 requests were throttled in this window."));
    }

    void untranslatedLanguageFallsBackToEnglish()
    {
        QCOMPARE(LanguageSetting::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("en"));
        QCOMPARE(ItemBrowser::tr("%n item(s) loaded", nullptr, 2), QStringLiteral("2 items loaded"));
        MainWindow window;
        QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
    }

    void languageMenuSavesTheChoice()
    {
        QCOMPARE(LanguageSetting::saved(), QString());
        {
            LanguageMenu menu;
            QCOMPARE(menu.title(), QStringLiteral("&Language"));
            QCOMPARE(menu.checkedLanguage(), QString());
            QStringList names;
            for (const QAction* action : menu.actions()) {
                if (action->isCheckable())
                    names << action->text();
            }
            QCOMPARE(names, QStringList({ "System", "English", "Deutsch", "Français" }));

            QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
            entry(menu, QStringLiteral("de"))->trigger();
            QCOMPARE(chosen.count(), 1);
            QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("de"));
            QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
            QCOMPARE(menu.checkedLanguage(), QStringLiteral("de"));

            // It says when the choice takes effect, and offers a restart.
            QMessageBox* prompt = restartPrompt();
            QVERIFY(prompt);
            QVERIFY(prompt->text().contains(QStringLiteral("starts again")));
            QVERIFY(prompt->findChild<QPushButton*>(QStringLiteral("restartNow")));
            QAbstractButton* later = nullptr;
            for (QAbstractButton* button : prompt->buttons()) {
                if (button->text() == QLatin1String("Later"))
                    later = button;
            }
            QVERIFY(later);
            later->click();
            QTRY_VERIFY(!restartPrompt());
        }
        QCOMPARE(LanguageSetting::saved(), QStringLiteral("de"));

        // A new menu shows the saved choice; System removes it.
        LanguageMenu menu;
        QCOMPARE(menu.checkedLanguage(), QStringLiteral("de"));
        entry(menu, QString())->trigger();
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        QCOMPARE(LanguageSetting::saved(), QString());
        QMessageBox* prompt = restartPrompt();
        QVERIFY(prompt);
        prompt->reject();
        QTRY_VERIFY(!restartPrompt());

        // A value that names no translation counts as System.
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("xx"));
        QCOMPARE(LanguageSetting::saved(), QString());
        QSettings().remove(QStringLiteral("language"));
    }

    void errorExplanations_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("condition") << "ConditionalCheckFailedException"
                                   << "The conditional request failed"
                                   << "condition";
        QTest::newRow("throughput") << "ProvisionedThroughputExceededException"
                                    << "The level of configured provisioned throughput for the table was exceeded."
                                    << "on-demand";
        QTest::newRow("throttling") << "ThrottlingException"
                                    << "Rate of requests exceeds the allowed throughput."
                                    << "retry";
        QTest::newRow("not found") << "ResourceNotFoundException"
                                   << "Requested resource not found: Table: Orders not found"
                                   << "region";
        QTest::newRow("in use") << "ResourceInUseException"
                                << "Table already exists: Orders"
                                << "already exists";
        QTest::newRow("reserved word") << "ValidationException"
                                       << "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved "
                                          "keyword: status"
                                       << "#status";
        QTest::newRow("key schema") << "ValidationException"
                                    << "The provided key element does not match the schema"
                                    << "partition key";
        QTest::newRow("deletion protection")
            << "ValidationException"
            << "Resource cannot be deleted as it is currently protected against deletion. Disable deletion "
               "protection first."
            << "Change Table";
        QTest::newRow("item size") << "ValidationException"
                                   << "Item size has exceeded the maximum allowed size"
                                   << "400 KB";
        QTest::newRow("transaction") << "TransactionCanceledException"
                                     << "Transaction cancelled, please refer cancellation reasons for specific "
                                        "reasons [ConditionalCheckFailed, None]"
                                     << "None";
        QTest::newRow("conflict") << "TransactionConflictException"
                                  << "Transaction is ongoing for the item"
                                  << "transaction";
        QTest::newRow("collection") << "ItemCollectionSizeLimitExceededException"
                                    << "Item collection size limit exceeded"
                                    << "10 GB";
        QTest::newRow("unknown key") << "UnrecognizedClientException"
                                     << "The security token included in the request is invalid."
                                     << "credentials";
        QTest::newRow("signature") << "InvalidSignatureException"
                                   << "The request signature we calculated does not "
                                   << "clock";
        QTest::newRow("denied") << "AccessDeniedException"
                                << "User: arn:aws:iam::1:user/x is not authorized"
                                << "IAM";
        QTest::newRow("account limit") << "RequestLimitExceeded"
                                       << "Throughput exceeds the current throughput limit"
                                       << "quota";
        QTest::newRow("limit") << "LimitExceededException"
                               << "Subscriber limit exceeded"
                               << "operations";
        QTest::newRow("network") << "NetworkError"
                                 << "Cannot reach http://127.0.0.1:1: Connection refused"
                                 << "network";
    }
    void errorExplanations()
    {
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(QString, mentions);
        const QString explanation = ErrorExplanation::explain(type, message);
        QVERIFY2(explanation.contains(mentions), qPrintable(explanation));
        QVERIFY(explanation.endsWith(u'.'));
        // The same through the UI's "Type: message" texts.
        QCOMPARE(ErrorExplanation::explainText(type + QStringLiteral(": ") + message), explanation);
        QCOMPARE(ErrorExplanation::withExplanation(type + QStringLiteral(": ") + message),
            type + QStringLiteral(": ") + message + u'\n' + explanation);
    }

    void noExplanationWhereNoneHelps()
    {
        QCOMPARE(ErrorExplanation::explain(
                     QStringLiteral("ValidationException"), QStringLiteral("1 validation error detected: Value null")),
            QString());
        QCOMPARE(ErrorExplanation::explain(QStringLiteral("SomeNewException"), QStringLiteral("whatever")), QString());
        QCOMPARE(ErrorExplanation::explainText(QStringLiteral("Cancelled")), QString());
        QCOMPARE(ErrorExplanation::explainText(QStringLiteral("Could not read: something")), QString());
        QCOMPARE(ErrorExplanation::withExplanation(QStringLiteral("Cancelled")), QStringLiteral("Cancelled"));
    }

    void explanationsAreTranslatedButDynamoDbMessagesAreNot()
    {
        LanguageSetting::install(*QCoreApplication::instance(), QStringLiteral("de"));
        const QString text = QStringLiteral("ConditionalCheckFailedException: The conditional request failed");
        const QString shown = ErrorExplanation::withExplanation(text);
        QVERIFY2(shown.startsWith(text + u'\n'), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Bedingung")), qPrintable(shown));
        LanguageSetting::uninstall(*QCoreApplication::instance());
        LanguageSetting::install(*QCoreApplication::instance(), QStringLiteral("fr"));
        QVERIFY(
            ErrorExplanation::explain(QStringLiteral("ValidationException"), QStringLiteral("reserved keyword: name"))
                .contains(QStringLiteral("mot réservé")));
    }
};

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
