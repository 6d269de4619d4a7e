// A seeded random source whose sequence is the same on every platform:
// std::mt19937's output is fixed by the standard, the standard
// distributions are not, so the mapping to ranges is done here.
#pragma once

#include <QString>
#include <QStringList>

#include <random>

namespace dynoscope::ui {

class DemoRandom {
public:
    explicit DemoRandom(quint32 seed)
        : m_engine(seed)
    {
    }

    // A number in [low, high].
    // REQUIRES: low <= high.
    qint64 between(qint64 low, qint64 high) { return low + qint64(m_engine() % quint64(high - low + 1)); }
    // True with the given chance in percent.
    bool chance(int percent) { return between(1, 100) <= percent; }
    // REQUIRES: !list.isEmpty().
    const QString& pick(const QStringList& list) { return list[qsizetype(between(0, list.size() - 1))]; }

private:
    std::mt19937 m_engine;
};

} // namespace dynoscope::ui
