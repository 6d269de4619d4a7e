"""Runs the endpoint benchmark (see run-bench.sh) and prints its table.

Every server is started on a free loopback port, loaded with the same items by
ServerLoadClient, driven for a few seconds per operation with 16 keep-alive
connections, and stopped; nothing is left running, even on failure.
"""
import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

OPERATIONS = ("GetItem", "Query", "PutItem")  # PutItem last: it grows the table
CONNECTIONS = 16
SECONDS = 3
GOAL_RATIO = 4
GOAL_P99_MS = 2
AUTHORIZATION = ("AWS4-HMAC-SHA256 Credential=bench/20240101/us-east-1/dynamodb/aws4_request, "
                 "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0" * 64)
TABLE = {
    "TableName": "bench", "BillingMode": "PAY_PER_REQUEST",
    "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
                             {"AttributeName": "sk", "AttributeType": "S"}],
    "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(port, operation, body, timeout=5):
    """One request; returns (status, parsed body), or None when nothing answers."""
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        connection.request("POST", "/", body=json.dumps(body), headers={
            "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": f"DynamoDB_20120810.{operation}",
            "X-Amz-Date": time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()), "Authorization": AUTHORIZATION})
        response = connection.getresponse()
        result = response.status, json.loads(response.read() or b"{}")
        connection.close()
        return result
    except OSError:
        return None


def wait_until_answering(port, process, timeout):
    """Polls ListTables until it succeeds; returns the time it did."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        answer = call(port, "ListTables", {}, timeout=1)
        if answer and answer[0] == 200:
            return time.perf_counter()
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        time.sleep(0.0005)
    raise RuntimeError("server did not answer ListTables in time")


class Server:
    def __init__(self, name, command, port):
        self.name, self.port = name, port
        started = time.perf_counter()
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            self.startup_ms = (wait_until_answering(port, self.process, 30) - started) * 1000
        except Exception:
            self.stop()
            raise

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def create_table(port):
    status, body = call(port, "CreateTable", TABLE)
    if status != 200:
        raise RuntimeError(f"CreateTable failed: {body}")
    for _ in range(300):
        status, body = call(port, "DescribeTable", {"TableName": "bench"})
        if status == 200 and body["Table"]["TableStatus"] == "ACTIVE":
            return
        time.sleep(0.05)
    raise RuntimeError("table never became ACTIVE")


def load_client(args, port, operation):
    command = [args.load_client, "--port", str(port), "--op", operation, "--connections", str(CONNECTIONS),
               "--seconds", str(SECONDS)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip() or f"exit code {result.returncode}")
    return json.loads(result.stdout)


def measure(args, server):
    """Each operation's figures, or the error that stopped it."""
    create_table(server.port)
    load_client(args, server.port, "Load")
    results = {}
    for operation in OPERATIONS:
        try:
            results[operation] = load_client(args, server.port, operation)
        except RuntimeError as error:
            results[operation] = {"error": str(error)}
    return results


def startup_times(server_binary, database_args, runs=5):
    times = []
    for _ in range(runs):
        port = free_port()
        server = Server("dynoscope", [server_binary, "--port", str(port), *database_args()], port)
        times.append(server.startup_ms)
        server.stop()
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--load-client", required=True)
    parser.add_argument("--dynalite", required=True)
    args = parser.parse_args()

    # Other work on the machine moves these figures: say how busy it was.
    print("load average before the run: " + ", ".join(f"{load:.2f}" for load in os.getloadavg()))
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        databases = iter(range(1000))
        for label, database_args in (
                ("in memory", lambda: ["--in-memory"]),
                ("new database file", lambda: ["--db", os.path.join(scratch, f"startup{next(databases)}.db")])):
            startup = startup_times(args.server, database_args)
            print(f"dynoscope-server startup ({label}), exec to first ListTables answer: median "
                  f"{statistics.median(startup):.1f} ms, max {max(startup):.1f} ms over {len(startup)} runs "
                  f"(goal < 100 ms)")

        targets = [
            ("dynoscope (memory)", lambda port: [args.server, "--port", str(port), "--in-memory"]),
            ("dynoscope (file)", lambda port: [args.server, "--port", str(port), "--db",
                                               os.path.join(scratch, "bench.db")]),
            ("dynalite", lambda port: ["node", args.dynalite, "--host", "127.0.0.1", "--port", str(port),
                                       "--createTableMs", "0"]),
        ]
        for name, command in targets:
            port = free_port()
            server = Server(name, command(port), port)
            try:
                results[name] = measure(args, server)
            finally:
                server.stop()

    print(f"\n{CONNECTIONS} keep-alive connections, {SECONDS} s per operation, 250-byte items, "
          f"Query pages of 25 items\n")
    print(f"{'operation':<10} {'server':<20} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for operation in OPERATIONS:
        for name, by_operation in results.items():
            r = by_operation[operation]
            if "error" in r:
                print(f"{operation:<10} {name:<20} failed: {r['error'][:80]}")
                continue
            print(f"{operation:<10} {name:<20} {r['throughput']:>10.0f} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} "
                  f"{r['max_ms']:>8.2f}")
    print()
    failures = 0
    for name in ("dynoscope (memory)", "dynoscope (file)"):
        for operation in OPERATIONS:
            ours, theirs = results[name][operation], results["dynalite"][operation]
            if "error" in ours or "error" in theirs:
                failures += 1
                print(f"{name:<20} {operation:<8} not measured")
                continue
            ratio = ours["throughput"] / theirs["throughput"]
            verdict = "ok" if ratio >= GOAL_RATIO and ours["p99_ms"] < GOAL_P99_MS else "BELOW GOAL"
            failures += verdict != "ok"
            print(f"{name:<20} {operation:<8} {ratio:5.1f}x dynalite's throughput, p99 {ours['p99_ms']:.2f} ms  "
                  f"{verdict}")
    print(f"\ngoals: >= {GOAL_RATIO}x dynalite's throughput and p99 < {GOAL_P99_MS} ms: "
          f"{'all met' if failures == 0 else f'{failures} missed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
