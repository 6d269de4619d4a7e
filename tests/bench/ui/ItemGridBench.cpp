// The item grid on a table of one million items of about 300 bytes: time
// from opening the table to the first rows painted, time to page through to
// the last row, and the process's peak memory while doing so. Run by
// `make bench` on a Release build (offscreen platform). The generated
// database is kept in the build tree and reused by later runs.
#include "connection/EmbeddedConnection.h"
#include "items/ItemTableModel.h"

#include <dynoscope/Engine.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>

#include <cstdio>
#include <fstream>
#include <string>

using namespace dynoscope;
using namespace dynoscope::ui;

namespace {

constexpr int kItems = 1000000;

long statusKb(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0)
            return std::stol(line.substr(std::strlen(field)));
    return 0;
}

std::string item(int i)
{
    char buf[400];
    std::snprintf(buf, sizeof buf,
                  "{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"device#%05d\"},\"sk\":{\"S\":\"2026-01-01T%02d:%02d:%02d.%03dZ\"},"
                  "\"temperature\":{\"N\":\"%d.%d\"},\"humidity\":{\"N\":\"%d\"},\"status\":{\"S\":\"%s\"},"
                  "\"firmware\":{\"S\":\"v2.%d.%d\"},\"note\":{\"S\":\"reading %d from the north building, floor %d, "
                  "rack %d\"},\"tags\":{\"SS\":[\"sensor\",\"zone-%d\"]}}}}",
                  i % 20000, (i / 3600000) % 24, (i / 60000) % 60, (i / 1000) % 60, i % 1000, 15 + i % 20, i % 10,
                  30 + i % 50, i % 7 ? "OK" : "WARN", i % 5, i % 11, i, i % 9, i % 40, i % 12);
    return buf;
}

void generate(const std::string& path)
{
    std::fprintf(stderr, "generating %d items in %s (once)...\n", kItems, path.c_str());
    EngineOptions options;
    options.path = path + ".tmp";
    std::string error;
    auto engine = Engine::open(options, &error);
    engine->execute("CreateTable", "{\"TableName\":\"Readings\",\"BillingMode\":\"PAY_PER_REQUEST\",\"KeySchema\":["
                                   "{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
                                   "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
                                   "{\"AttributeName\":\"sk\",\"AttributeType\":\"S\"}]}");
    for (int i = 0; i < kItems; i += 25) {
        std::string request = "{\"RequestItems\":{\"Readings\":[";
        for (int j = i; j < i + 25; ++j)
            request += (j > i ? "," : "") + item(j);
        request += "]}}";
        const Result r = engine->execute("BatchWriteItem", request);
        if (!r.ok()) {
            std::fprintf(stderr, "BatchWriteItem: %s\n", r.error->message().c_str());
            std::exit(1);
        }
    }
    engine.reset();
    std::rename((path + ".tmp").c_str(), path.c_str());
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::string path = BENCH_DATA_DIR "/million-items.dynoscope";
    if (!QFile::exists(QString::fromStdString(path)))
        generate(path);

    EngineOptions options;
    options.path = path;
    std::string error;
    std::shared_ptr<Engine> engine = Engine::open(options, &error);
    const long startRss = statusKb("VmRSS:");

    EmbeddedConnection connection(engine, QStringLiteral("bench"));
    QTableView view;
    view.resize(1200, 800);
    view.show();
    auto* model = new ItemTableModel(&connection, &view);
    model->setPageSize(1000);

    QElapsedTimer timer;
    timer.start();
    view.setModel(model);
    model->setSource(QStringLiteral("Scan"), {{QStringLiteral("TableName"), QStringLiteral("Readings")}},
                     {QStringLiteral("pk"), QStringLiteral("sk")}, {QStringLiteral("pk"), QStringLiteral("sk")});
    while (model->rowCount() == 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    view.viewport()->repaint(); // the first rows, painted
    const qint64 firstPaint = timer.elapsed();

    timer.restart();
    long peakRss = statusKb("VmRSS:");
    while (!model->isComplete()) {
        model->fetchMore({});
        while (model->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        view.scrollToBottom();
        peakRss = std::max(peakRss, statusKb("VmRSS:"));
    }
    view.viewport()->repaint();
    const qint64 pageThrough = timer.elapsed();
    peakRss = std::max(peakRss, statusKb("VmRSS:"));

    std::printf("Item grid on %d items (~300 B each), Release, offscreen\n", kItems);
    std::printf("  open table -> first rows painted: %lld ms (goal < 200 ms)\n", static_cast<long long>(firstPaint));
    std::printf("  page through to the last row:     %lld ms (%d rows)\n", static_cast<long long>(pageThrough),
                model->rowCount());
    std::printf("  peak memory above start:          %ld MB (goal < 300 MB)\n", (peakRss - startRss) / 1024);
    return model->rowCount() == kItems ? 0 : 1;
}
