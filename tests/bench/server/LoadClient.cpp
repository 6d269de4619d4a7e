// ServerLoadClient: drives a DynamoDB endpoint with N keep-alive connections
// for a fixed time (or through a finite Load) and prints throughput and
// latency percentiles as one JSON line. Single-threaded on Beast, so its own
// cost per request stays small next to the server's on a shared machine.
#include "Workload.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;
using dynoscope::bench::Workload;

struct Options {
    std::string host = "127.0.0.1";
    std::string port;
    std::string operation;
    int connections = 16;
    double seconds = 3;
    double warmup = 0.5;
    Workload::Shape shape;
};

struct Stats {
    std::vector<std::uint64_t> latenciesNs;
    std::uint64_t errors = 0;
    std::string firstError;
    Clock::time_point measureFrom;
    Clock::time_point deadline;
};

// dynalite wants a Signature Version 4 Authorization header and a date; it
// does not verify them, and dynoscope-server without --auth accepts anything.
std::string fakeAuthorization(std::string* amzDate)
{
    const std::time_t now = std::time(nullptr);
    std::tm utc {};
    gmtime_r(&now, &utc);
    char date[32];
    std::strftime(date, sizeof date, "%Y%m%dT%H%M%SZ", &utc);
    *amzDate = date;
    return "AWS4-HMAC-SHA256 Credential=bench/" + amzDate->substr(0, 8)
        + "/us-east-1/dynamodb/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature="
        + std::string(64, '0');
}

class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(net::io_context& io, Workload& workload, Stats& stats, const Options& options)
        : m_stream(io)
        , m_workload(workload)
        , m_stats(stats)
        , m_host(options.host + ":" + options.port)
        , m_authorization(fakeAuthorization(&m_amzDate))
    {
    }

    void start(const tcp::resolver::results_type& endpoints)
    {
        m_stream.async_connect(endpoints, [self = shared_from_this()](beast::error_code ec, const tcp::endpoint&) {
            if (ec)
                return self->fail("connect: " + ec.message());
            self->m_stream.socket().set_option(tcp::no_delay(true));
            self->sendNext();
        });
    }

private:
    void sendNext()
    {
        std::string operation;
        std::string body;
        if (Clock::now() >= m_stats.deadline || !m_workload.next(operation, body))
            return m_stream.socket().close();
        m_request = { http::verb::post, "/", 11 };
        m_request.set(http::field::host, m_host);
        m_request.set(http::field::content_type, "application/x-amz-json-1.0");
        m_request.set("X-Amz-Target", "DynamoDB_20120810." + operation);
        m_request.set("X-Amz-Date", m_amzDate);
        m_request.set(http::field::authorization, m_authorization);
        m_request.body() = std::move(body);
        m_request.prepare_payload();
        m_sent = Clock::now();
        http::async_write(m_stream, m_request, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec)
                return self->fail("write: " + ec.message());
            self->m_response = {};
            http::async_read(self->m_stream, self->m_buffer, self->m_response,
                [self](beast::error_code ec, std::size_t) { self->onResponse(ec); });
        });
    }

    void onResponse(beast::error_code ec)
    {
        if (ec)
            return fail("read: " + ec.message());
        const Clock::time_point now = Clock::now();
        if (now >= m_stats.measureFrom && now <= m_stats.deadline) {
            m_stats.latenciesNs.push_back(std::chrono::duration_cast<std::chrono::nanoseconds>(now - m_sent).count());
            if (m_response.result_int() != 200)
                fail(std::to_string(m_response.result_int()) + " " + m_response.body());
        }
        sendNext();
    }

    void fail(const std::string& what)
    {
        if (m_stats.errors++ == 0)
            m_stats.firstError = what;
    }

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    http::request<http::string_body> m_request;
    http::response<http::string_body> m_response;
    Workload& m_workload;
    Stats& m_stats;
    std::string m_host;
    std::string m_amzDate;
    std::string m_authorization;
    Clock::time_point m_sent;
};

[[noreturn]] void usage()
{
    std::cerr << "usage: ServerLoadClient --port N --op GetItem|PutItem|Query|Load [--host H] [--table T]\n"
                 "       [--connections 16] [--seconds 3] [--warmup 0.5] [--partitions 20] [--items 100]\n"
                 "       [--page 25]\n";
    std::exit(2);
}

Options parseOptions(int argc, char** argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--host")
            options.host = value;
        else if (name == "--port")
            options.port = value;
        else if (name == "--op")
            options.operation = value;
        else if (name == "--table")
            options.shape.table = value;
        else if (name == "--connections")
            options.connections = std::stoi(value);
        else if (name == "--seconds")
            options.seconds = std::stod(value);
        else if (name == "--warmup")
            options.warmup = std::stod(value);
        else if (name == "--partitions")
            options.shape.partitions = std::stoi(value);
        else if (name == "--items")
            options.shape.itemsPerPartition = std::stoi(value);
        else if (name == "--page")
            options.shape.pageSize = std::stoi(value);
        else
            usage();
    }
    if (argc % 2 == 0 || options.port.empty() || options.operation.empty())
        usage();
    return options;
}

double percentileMs(const std::vector<std::uint64_t>& sorted, double fraction)
{
    if (sorted.empty())
        return 0;
    const std::size_t index = std::min(sorted.size() - 1, std::size_t(fraction * double(sorted.size())));
    return double(sorted[index]) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    const Options options = parseOptions(argc, argv);
    Workload::Operation operation;
    if (!Workload::parseOperation(options.operation, &operation))
        usage();
    // A Load runs to completion and measures everything.
    const bool timed = operation != Workload::Operation::Load;
    Workload workload(operation, options.shape, 20240601);

    net::io_context io;
    const auto endpoints = tcp::resolver(io).resolve(options.host, options.port);
    Stats stats;
    const Clock::time_point start = Clock::now();
    const auto toDuration = [](double seconds) {
        return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    };
    stats.measureFrom = timed ? start + toDuration(options.warmup) : start;
    stats.deadline = timed ? stats.measureFrom + toDuration(options.seconds) : Clock::time_point::max();
    for (int i = 0; i < options.connections; ++i)
        std::make_shared<Connection>(io, workload, stats, options)->start(endpoints);
    io.run();

    const double measured
        = std::chrono::duration<double>(std::min(Clock::now(), stats.deadline) - stats.measureFrom).count();
    std::sort(stats.latenciesNs.begin(), stats.latenciesNs.end());
    std::printf("{\"op\":\"%s\",\"requests\":%zu,\"errors\":%llu,\"seconds\":%.3f,\"throughput\":%.1f,"
                "\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f}\n",
        options.operation.c_str(), stats.latenciesNs.size(), static_cast<unsigned long long>(stats.errors), measured,
        double(stats.latenciesNs.size()) / measured, percentileMs(stats.latenciesNs, 0.50),
        percentileMs(stats.latenciesNs, 0.99), percentileMs(stats.latenciesNs, 1.0));
    if (stats.errors > 0)
        std::fprintf(stderr, "ServerLoadClient: %llu errors; first: %s\n",
            static_cast<unsigned long long>(stats.errors), stats.firstError.substr(0, 300).c_str());
    return stats.errors > 0 ? 1 : 0;
}
