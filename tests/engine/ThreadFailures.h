// Collects failures seen on worker threads, which must not use QTest's
// macros; the test thread reports them.
#pragma once

#include <QString>

#include <mutex>
#include <string>
#include <vector>

namespace dynoscope::test {

class ThreadFailures {
public:
    void add(std::string text)
    {
        std::lock_guard lock(m_mutex);
        if (m_texts.size() < 10)
            m_texts.push_back(std::move(text));
        ++m_count;
    }
    int count() const
    {
        std::lock_guard lock(m_mutex);
        return m_count;
    }
    QString summary() const
    {
        std::lock_guard lock(m_mutex);
        QString out = QString::number(m_count) + " failure(s):";
        for (const auto& t : m_texts)
            out += "\n  " + QString::fromStdString(t);
        return out;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_texts;
    int m_count = 0;
};

} // namespace dynoscope::test
