// dynoscope-server: serves a Dynoscope database on DynamoDB's HTTP protocol,
// as a stand-in for DynamoDB Local (whose single-dash options it accepts).
#include "server/HttpServer.h"

#include <dynoscope/Engine.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/stat.h>

namespace {

constexpr std::string_view kDefaultDatabase = "dynoscope-server.db";

constexpr std::string_view kUsage = R"(Usage: dynoscope-server [options]

Serves a Dynoscope database on DynamoDB's HTTP API (DynamoDB and DynamoDB
Streams), for the AWS SDKs, the AWS CLI and any DynamoDB client.

Options:
  --port N            port to listen on (default 8000; 0 picks a free one)
  --host HOST         address to listen on (default 127.0.0.1)
  --db FILE           database file, created when missing
                      (default ./dynoscope-server.db)
  --in-memory         keep the database in memory only
  --auth KEY:SECRET   accept only requests signed (AWS Signature Version 4)
                      with this access key; without it any credentials are
                      accepted, and unsigned requests too
  --auth-file FILE    as --auth, reading KEY:SECRET from the file's first
                      line, so that the secret stays out of the process list
  --idle-timeout S    close a connection that sends no request for S seconds
                      (default 120)
  --threads N         server threads (default: one per core but one, at least 1)
  --verbose           print one line per request
  --version           print the version and exit
  --help              print this help and exit

DynamoDB Local's spellings are accepted too:
  -port N, -inMemory, -dbPath DIR (database DIR/dynoscope-server.db),
  -sharedDb (always the case here: every access key and region sees the
  same tables), -help.

GET / answers 200 with a small JSON health document.
SIGINT and SIGTERM finish the requests in flight and close the database.
)";

struct Arguments {
    dynoscope::ServerOptions server;
    dynoscope::EngineOptions engine;
    bool verbose = false;
};

[[noreturn]] void usageError(const std::string& message)
{
    std::cerr << "dynoscope-server: " << message << "\nTry 'dynoscope-server --help'.\n";
    std::exit(2);
}

dynoscope::ServerCredentials parseCredentials(const std::string& text, const std::string& option)
{
    const std::size_t colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        usageError(option + " needs ACCESS_KEY:SECRET");
    return { text.substr(0, colon), text.substr(colon + 1) };
}

// The file's first line, without its line ending. Warns when others may read
// it: the secret is then no better kept than on the command line.
dynoscope::ServerCredentials readCredentialsFile(const std::string& path)
{
    std::ifstream file(path);
    std::string line;
    if (!file || !std::getline(file, line))
        usageError("cannot read the credentials file '" + path + "'");
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.pop_back();
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && (info.st_mode & (S_IRWXG | S_IRWXO)))
        std::cerr << "dynoscope-server: warning: '" << path
                  << "' can be read by other users; chmod 600 it to keep the secret private\n";
    return parseCredentials(line, "--auth-file");
}

std::uint16_t parsePort(const std::string& text)
{
    char* end = nullptr;
    const long port = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || port < 0 || port > 65535)
        usageError("invalid port '" + text + "'");
    return static_cast<std::uint16_t>(port);
}

Arguments parseArguments(int argc, char** argv)
{
    Arguments args;
    std::optional<std::string> dbFile;
    std::optional<std::string> dbDirectory;
    const std::vector<std::string> words(argv + 1, argv + argc);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        const auto value = [&]() -> const std::string& {
            if (i + 1 >= words.size())
                usageError("option '" + word + "' needs a value");
            return words[++i];
        };
        if (word == "--help" || word == "-help" || word == "-h") {
            std::cout << kUsage;
            std::exit(0);
        } else if (word == "--version") {
            std::cout << "dynoscope-server " DYNOSCOPE_VERSION "\n";
            std::exit(0);
        } else if (word == "--port" || word == "-port") {
            args.server.port = parsePort(value());
        } else if (word == "--host") {
            args.server.host = value();
        } else if (word == "--db") {
            dbFile = value();
        } else if (word == "-dbPath") {
            dbDirectory = value();
        } else if (word == "--in-memory" || word == "-inMemory") {
            args.engine.inMemory = true;
        } else if (word == "-sharedDb") {
            // Always shared: nothing to do.
        } else if (word == "--verbose") {
            args.verbose = true;
        } else if (word == "--threads") {
            const std::string& text = value();
            args.server.threads = static_cast<unsigned>(std::strtoul(text.c_str(), nullptr, 10));
            if (args.server.threads == 0 || args.server.threads > 256)
                usageError("invalid thread count '" + text + "'");
        } else if (word == "--auth") {
            args.server.auth = parseCredentials(value(), "--auth");
        } else if (word == "--auth-file") {
            args.server.auth = readCredentialsFile(value());
        } else if (word == "--idle-timeout") {
            const std::string& text = value();
            char* end = nullptr;
            const double seconds = std::strtod(text.c_str(), &end);
            if (text.empty() || *end != '\0' || !(seconds > 0) || seconds > 86400)
                usageError("invalid idle timeout '" + text + "' (seconds, up to 86400)");
            args.server.idleTimeout = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
        } else {
            usageError("unknown option '" + word + "'");
        }
    }
    if (dbFile && dbDirectory)
        usageError("--db and -dbPath cannot be used together");
    if (args.engine.inMemory && (dbFile || dbDirectory))
        usageError("--in-memory cannot be used with a database file");
    if (dbFile)
        args.engine.path = *dbFile;
    else if (dbDirectory)
        args.engine.path = *dbDirectory + "/" + std::string(kDefaultDatabase);
    else
        args.engine.path = std::string(kDefaultDatabase);
    return args;
}

// "2024-05-01T12:00:00.123Z 200 PutItem 0.214 ms 312 B -> 2 B"
void printLogLine(const dynoscope::RequestLogEntry& entry)
{
    static std::mutex mutex;
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char line[512];
    std::snprintf(line, sizeof line, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ %d %s %.3f ms %zu B -> %zu B%s%s\n",
        utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(millis), entry.status,
        entry.operation.empty() ? "-" : entry.operation.c_str(), entry.latency.count() / 1000.0, entry.requestBytes,
        entry.responseBytes, entry.errorType.empty() ? "" : " ", entry.errorType.c_str());
    const std::lock_guard lock(mutex);
    std::fputs(line, stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    Arguments args = parseArguments(argc, argv);
    if (args.verbose)
        args.server.log = printLogLine;

    // Block the stop signals before any thread starts, so only sigwait() below
    // receives them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    std::string error;
    std::unique_ptr<dynoscope::Engine> engine = dynoscope::Engine::open(args.engine, &error);
    if (!engine) {
        std::cerr << "dynoscope-server: cannot open database " << args.engine.path << ": " << error << "\n";
        return 1;
    }
    dynoscope::HttpServer server(*engine, args.server);
    if (!server.start(&error)) {
        std::cerr << "dynoscope-server: " << error << "\n";
        return 1;
    }
    if (!server.isLoopback() && !args.server.auth) {
        std::cerr << "dynoscope-server: warning: listening on a non-loopback address without --auth: anyone who "
                     "can reach this port can read and change the database\n";
    }
    const std::string database = args.engine.inMemory ? "in memory" : args.engine.path;
    std::printf("dynoscope-server %s listening on %s (database: %s)\n", DYNOSCOPE_VERSION, server.url().c_str(),
        database.c_str());
    std::fflush(stdout);

    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::fprintf(stderr, "dynoscope-server: %s received, finishing requests in flight\n",
        signal == SIGINT ? "SIGINT" : "SIGTERM");
    server.stop();
    engine.reset();
    return 0;
}
