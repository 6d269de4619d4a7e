// Heatmap benchmark (make bench): DescribePartitions over a million-item
// table, hashing a million keys into estimate buckets, and parsing,
// colouring and painting an hour of per-second metrics over 48 partitions.
// Usage: HeatmapBench [items]
#include "heatmap/HeatmapFrame.h"
#include "heatmap/HeatmapGrid.h"
#include "heatmap/HeatmapView.h"
#include "heatmap/PartitionKeyHash.h"

#include <dynoscope/Engine.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QWheelEvent>

#include <cstdio>
#include <random>
#include <string>

using namespace dynoscope;
using namespace dynoscope::ui;

namespace {

void report(const char* what, qint64 nanos, int repeats = 1)
{
    std::printf("%-52s %10.2f ms\n", what, double(nanos) / 1e6 / repeats);
}

QByteArray hourOfMetrics(int partitions)
{
    std::mt19937 random(7);
    std::uniform_real_distribution<double> noise(0, 50);
    QJsonArray timestamps, parts, rows;
    const qint64 start = 1'700'000'000;
    for (int t = 0; t < 3600; ++t) {
        timestamps.append(start + t);
        QJsonArray row;
        for (int p = 0; p < partitions; ++p)
            row.append(noise(random) + (p == (t / 75) % partitions ? 900 : 0));
        rows.append(row);
    }
    for (const auto& p : HeatmapGrid::equalRanges(partitions))
        parts.append(QJsonObject{{QStringLiteral("PartitionId"), p.id},
                                 {QStringLiteral("RangeStart"), HeatmapGrid::ringText(p.rangeStart)},
                                 {QStringLiteral("RangeEnd"), HeatmapGrid::ringText(p.rangeEnd)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("Timestamps"), timestamps},
                                     {QStringLiteral("Partitions"), parts},
                                     {QStringLiteral("Values"), rows}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int items = argc > 1 ? std::stoi(argv[1]) : 1'000'000;
    QElapsedTimer timer;

    EngineOptions options;
    options.inMemory = true;
    std::string error;
    auto engine = Engine::open(options, &error);
    const auto created = engine->execute(Api::DynamoDB, "CreateTable",
                    R"({"TableName":"Bench","BillingMode":"PAY_PER_REQUEST",)"
                    R"("AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],)"
                    R"("KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}]})");
    if (!created.ok()) {
        std::fprintf(stderr, "CreateTable failed: %s\n", created.error->message().c_str());
        return 1;
    }
    timer.start();
    for (int i = 0; i < items; ++i)
        engine->execute(Api::DynamoDB, "PutItem",
                        R"({"TableName":"Bench","Item":{"pk":{"S":"user-)" + std::to_string(i) +
                            R"("},"v":{"S":"0123456789abcdef0123456789abcdef"}}})");
    std::printf("%d items loaded in %.1f s\n", items, timer.nsecsElapsed() / 1e9);
    timer.restart();
    const auto described = engine->execute(Api::Dynoscope, "DescribePartitions", R"({"TableName":"Bench"})");
    report("DescribePartitions (item counts per partition)", timer.nsecsElapsed());
    const QJsonArray partitions =
        QJsonDocument::fromJson(QByteArray::fromStdString(described.body)).object()[QStringLiteral("Partitions")].toArray();
    qint64 counted = 0;
    for (const auto& p : partitions)
        counted += p[QStringLiteral("ItemCount")].toInteger();
    std::printf("  %lld partitions holding %lld items\n", static_cast<long long>(partitions.size()),
                static_cast<long long>(counted));

    timer.restart();
    const auto ranges = HeatmapGrid::equalRanges(16);
    QVector<qint64> buckets(16, 0);
    for (int i = 0; i < items; ++i) {
        const auto position =
            PartitionKeyHash::ringPosition(QJsonObject{{QStringLiteral("S"), QStringLiteral("user-%1").arg(i)}});
        for (int b = 0; b < 16; ++b)
            if (ranges[b].contains(*position))
                ++buckets[b];
    }
    report("estimate: hash keys into 16 buckets (all items)", timer.nsecsElapsed());

    const QByteArray json = hourOfMetrics(48);
    std::printf("an hour of 1 s metrics x 48 partitions: %lld bytes of JSON\n", static_cast<long long>(json.size()));
    timer.restart();
    HeatmapFrame frame = HeatmapFrame::build(json, json, {});
    report("parse + diagnose a refresh (worker thread)", timer.nsecsElapsed());
    HeatmapView view;
    view.resize(1200, 600);
    timer.restart();
    view.setGrid(frame.grid);
    report("colour the grid into its image (GUI thread)", timer.nsecsElapsed());
    QImage target(view.size(), QImage::Format_RGB32);
    constexpr int repeats = 50;
    timer.restart();
    for (int i = 0; i < repeats; ++i)
        view.render(&target);
    report("paint the whole hour (per frame)", timer.nsecsElapsed(), repeats);
    timer.restart();
    for (int i = 0; i < repeats; ++i) {
        QWheelEvent wheel(QPointF(600, 300), QPointF(600, 300), {}, QPoint(0, i < repeats / 2 ? 120 : -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        view.render(&target);
    }
    report("zoom step + paint (per frame)", timer.nsecsElapsed(), repeats);
    timer.restart();
    for (int i = 0; i < repeats; ++i)
        view.setBrightness(10 + i);
    report("brightness change (recolour, per change)", timer.nsecsElapsed(), repeats);
    return 0;
}
