// The desktop app under faults: a database file it may not write, or one
// another process keeps locked, opens read-only with a banner and refuses
// changes without touching the file; a corrupt file is refused with a clear
// message and never overwritten.
#include "app/MainWindow.h"
#include "connection/EmbeddedConnection.h"

#include <dynoscope/Engine.h>

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace dynoscope;
using namespace dynoscope::ui;

class FaultsTest : public QObject {
    Q_OBJECT

private slots:
    void unwritableFileOpensReadOnlyWithBanner();
    void readOnlyOptionRefusesWritesAndLeavesTheFileAlone();
    void corruptFileIsRefusedAndNeverOverwritten();
    void fileLockedByAnotherProcessOpensReadOnly();
};

#ifndef Q_MOC_RUN

namespace {

const char* const kCreateTable = "{\"TableName\":\"faults\",\"BillingMode\":\"PAY_PER_REQUEST\","
                                 "\"KeySchema\":[{\"AttributeName\":\"p\",\"KeyType\":\"HASH\"}],"
                                 "\"AttributeDefinitions\":[{\"AttributeName\":\"p\",\"AttributeType\":\"S\"}]}";
const char* const kPut = "{\"TableName\":\"faults\",\"Item\":{\"p\":{\"S\":\"a\"},\"v\":{\"N\":\"1\"}}}";
const char* const kGet = "{\"TableName\":\"faults\",\"Key\":{\"p\":{\"S\":\"a\"}}}";

// A database file holding table t with one item, closed cleanly.
QString makeDatabase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("faults.dyno"));
    EngineOptions options;
    options.path = path.toStdString();
    std::string error;
    auto engine = Engine::open(options, &error);
    if (!engine)
        qFatal("cannot create %s: %s", qPrintable(path), error.c_str());
    for (const auto& [operation, request] : {std::pair {"CreateTable", kCreateTable}, std::pair {"PutItem", kPut}}) {
        const Result result = engine->execute(operation, request);
        if (!result.ok())
            qFatal("%s failed: %s", operation, result.errorBody().c_str());
    }
    return path;
}

// The bytes of the file and of any WAL or shared-memory file beside it.
QByteArray fingerprint(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& name : {path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
        hash.addData(name.toUtf8());
    }
    return hash.result();
}

void checkRefusesWrites(Engine& engine)
{
    const Result get = engine.execute("GetItem", kGet);
    QVERIFY(get.ok());
    QVERIFY(get.body.find("\"v\":{\"N\":\"1\"}") != std::string::npos);
    const Result put = engine.execute("PutItem", kPut);
    QVERIFY(!put.ok());
    QCOMPARE(put.error->name(), std::string_view("ValidationException"));
    QCOMPARE(QString::fromStdString(put.error->message()),
             QStringLiteral("The database is open read-only: PutItem cannot change it"));
    QVERIFY(!engine.execute("DeleteTable", "{\"TableName\":\"faults\"}").ok());
}

} // namespace

void FaultsTest::unwritableFileOpensReadOnlyWithBanner()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, readOnly));
    const QByteArray before = fingerprint(path);
    {
        MainWindow window;
        QVERIFY(window.readOnlyBanner()->isHidden());
        EmbeddedConnection* connection = window.openDatabaseFile(path);
        QVERIFY(connection);
        QVERIFY(!window.readOnlyBanner()->isHidden());
        QVERIFY(window.readOnlyBanner()->text().contains(QDir::toNativeSeparators(path)));
        QVERIFY(window.readOnlyBanner()->text().contains(QStringLiteral("read-only")));

        EngineOptions options;
        options.path = path.toStdString();
        std::string error;
        auto engine = Engine::open(options, &error);
        QVERIFY2(engine, error.c_str());
        QVERIFY(engine->options().readOnly); // the fallback is reported to the caller
        checkRefusesWrites(*engine);
    }
    QCOMPARE(fingerprint(path), before);
}

void FaultsTest::readOnlyOptionRefusesWritesAndLeavesTheFileAlone()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const QByteArray before = fingerprint(path);
    {
        EngineOptions options;
        options.path = path.toStdString();
        options.readOnly = true;
        std::string error;
        auto engine = Engine::open(options, &error);
        QVERIFY2(engine, error.c_str());
        QVERIFY(engine->options().readOnly);
        checkRefusesWrites(*engine);
    }
    QCOMPARE(fingerprint(path), before);
    // A writable window over the same file shows no banner.
    MainWindow window;
    QVERIFY(window.openDatabaseFile(path));
    QVERIFY(window.readOnlyBanner()->isHidden());
}

void FaultsTest::corruptFileIsRefusedAndNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.dyno"));
    QByteArray garbage(64 * 1024, '\0');
    QRandomGenerator generator(42);
    for (char& byte : garbage)
        byte = char(generator.bounded(256));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    for (bool readOnly : {false, true}) {
        EngineOptions options;
        options.path = path.toStdString();
        options.readOnly = readOnly;
        std::string error;
        QVERIFY(!Engine::open(options, &error));
        QCOMPARE(QString::fromStdString(error),
                 QStringLiteral("not a Dynoscope database: the file is corrupt or not an SQLite database "
                                "(step: file is not a database)"));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void FaultsTest::fileLockedByAnotherProcessOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    // Another process holds the write lock (as a long transaction of another
    // program would) until its stdin closes.
    QProcess locker;
    locker.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3, sys\n"
                                 "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                 "c.execute('BEGIN EXCLUSIVE')\n"
                                 "print('locked', flush=True)\n"
                                 "sys.stdin.read()\n"),
                  path});
    QVERIFY(locker.waitForStarted());
    QVERIFY(locker.waitForReadyRead(10000));
    QCOMPARE(locker.readAllStandardOutput().trimmed(), QByteArray("locked"));
    {
        MainWindow window;
        EmbeddedConnection* connection = window.openDatabaseFile(path);
        QVERIFY(connection);
        QVERIFY(!window.readOnlyBanner()->isHidden());
        QVERIFY(window.readOnlyBanner()->text().contains(QStringLiteral("locks it")));

        EngineOptions options;
        options.path = path.toStdString();
        std::string error;
        auto engine = Engine::open(options, &error);
        QVERIFY2(engine, error.c_str());
        QVERIFY(engine->options().readOnly);
        checkRefusesWrites(*engine);
    }
    locker.closeWriteChannel();
    QVERIFY(locker.waitForFinished(10000));
    // Once the lock is gone the file opens writable again.
    EngineOptions options;
    options.path = path.toStdString();
    std::string error;
    auto engine = Engine::open(options, &error);
    QVERIFY2(engine, error.c_str());
    QVERIFY(!engine->options().readOnly);
    QVERIFY(engine->execute("PutItem", kPut).ok());
}

#endif // Q_MOC_RUN

QTEST_MAIN(FaultsTest)
#include "FaultsTest.moc"
