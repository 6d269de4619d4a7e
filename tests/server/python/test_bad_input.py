"""Hostile and broken input over raw HTTP: truncated and oversized bodies,
wrong content types, deeply nested JSON, invalid UTF-8, huge numbers, slow
clients and connection floods. Each gets DynamoDB's error or a clean close,
the server keeps serving everyone else, and its memory stays bounded. The
tests share one server of their own, so the last one can measure it."""
import json
import os
import resource
import socket
import subprocess
import threading
import time

import pytest

from conftest import post
from server_process import ServerProcess

SERIALIZATION = b'{"__type":"com.amazon.coral.service#SerializationException"}'
LIST_TABLES = "DynamoDB_20120810.ListTables"
PUT_ITEM = "DynamoDB_20120810.PutItem"
# AddressSanitizer keeps freed memory in quarantine (256 MB by default), so a
# sanitized build (ctest sets DYNOSCOPE_SANITIZED) grows more before reuse.
RSS_GROWTH_LIMIT_KB = 64 * 1024 * (4 if os.environ.get("DYNOSCOPE_SANITIZED") else 1)


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.fixture(scope="module")
def hostile():
    process = ServerProcess("--in-memory")
    connection = process.connection()  # warm up before the baseline
    connection.request("POST", "/", body="{}", headers={"Content-Type": "application/x-amz-json-1.0",
                                                        "X-Amz-Target": LIST_TABLES})
    connection.getresponse().read()
    connection.close()
    process.baseline_rss_kb = rss_kb(process.proc.pid)
    yield process
    assert process.stop() == 0


@pytest.fixture(scope="module")
def table(hostile):
    body = json.dumps({"TableName": "bad_input", "BillingMode": "PAY_PER_REQUEST",
                       "KeySchema": [{"AttributeName": "p", "KeyType": "HASH"}],
                       "AttributeDefinitions": [{"AttributeName": "p", "AttributeType": "S"}]})
    status, _, answer = post(hostile, "DynamoDB_20120810.CreateTable", body)
    assert status == 200, answer
    return "bad_input"


def assert_serves(server):
    status, _, body = post(server, LIST_TABLES, "{}")
    assert status == 200, body


def raw_connection(server, timeout=10):
    return socket.create_connection((server.host, server.port), timeout=timeout)


def read_until_closed(sock):
    data = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk


def request_head(target, length, content_type="application/x-amz-json-1.0"):
    return (f"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: {content_type}\r\n"
            f"X-Amz-Target: {target}\r\nContent-Length: {length}\r\n\r\n").encode()


def error_of(body):
    answer = json.loads(body)
    return answer["__type"].split("#")[-1], answer.get("message", answer.get("Message"))


def test_truncated_body_then_close_is_dropped_quietly(hostile):
    """Content-Length promises more than is sent, then the client half-closes:
    no request is run and the server closes without answering."""
    with raw_connection(hostile) as sock:
        sock.sendall(request_head(LIST_TABLES, 1000) + b'{"Limit": 1')
        sock.shutdown(socket.SHUT_WR)
        assert read_until_closed(sock) == b""
    assert_serves(hostile)


def test_truncated_body_then_reset(hostile):
    for _ in range(20):
        sock = raw_connection(hostile)
        sock.sendall(request_head(PUT_ITEM, 5000) + b'{"TableName":')
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        sock.close()  # RST
    assert_serves(hostile)


def test_oversized_header_is_closed(hostile):
    with raw_connection(hostile) as sock:
        sock.sendall(b"POST / HTTP/1.1\r\nHost: localhost\r\nX-Junk: " + b"a" * (80 * 1024) + b"\r\n\r\n{}")
        answer = read_until_closed(sock)
    assert answer == b"" or answer.startswith(b"HTTP/1.1 4")
    assert_serves(hostile)


def test_oversized_chunked_body_gets_the_413(hostile):
    """Without a Content-Length the 16 MiB limit still holds, while reading."""
    with raw_connection(hostile, timeout=30) as sock:
        sock.sendall(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\n"
                     b"X-Amz-Target: DynamoDB_20120810.PutItem\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b" " * (1024 * 1024)
        frame = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
        try:
            for _ in range(20):
                sock.sendall(frame)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    assert_serves(hostile)


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "multipart/form-data; boundary=x",
                                          "application/x-www-form-urlencoded"])
def test_wrong_content_types_are_unknown_operations(hostile, content_type):
    status, _, body = post(hostile, LIST_TABLES, "{}", content_type=content_type)
    assert (status, body) == (404, b"<UnknownOperationException/>\n")


def test_missing_content_type_with_a_body_is_an_unknown_operation(hostile):
    with raw_connection(hostile) as sock:
        sock.sendall(f"POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: {LIST_TABLES}\r\n"
                     f"Content-Length: 2\r\nConnection: close\r\n\r\n{{}}".encode())
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 404 ")
    assert answer.endswith(b"<UnknownOperationException/>\n")


@pytest.mark.parametrize("opening,closing", [("[", "]"), ('{"a":', "}")])
def test_deeply_nested_json_is_refused_without_recursion(hostile, opening, closing):
    body = opening * 10000 + "1" + closing * 10000
    status, _, answer = post(hostile, LIST_TABLES, body)
    assert (status, answer) == (400, SERIALIZATION)
    assert_serves(hostile)


def test_deeply_nested_attribute_value_is_refused(hostile, table):
    # json.dumps itself would recurse too deep: build the text by hand.
    item = '{"M":{"a":' * 5000 + '{"S":"x"}' + "}}" * 5000
    body = f'{{"TableName":"{table}","Item":{{"p":{{"S":"k"}},"deep":{item}}}}}'
    status, _, answer = post(hostile, PUT_ITEM, body)
    assert (status, answer) == (400, SERIALIZATION)
    # 40 levels of maps (past DynamoDB's 32) in otherwise valid JSON: a validation error.
    item = '{"M":{"a":' * 40 + '{"S":"x"}' + "}}" * 40
    body = f'{{"TableName":"{table}","Item":{{"p":{{"S":"k"}},"deep":{item}}}}}'
    status, _, answer = post(hostile, PUT_ITEM, body)
    assert status == 400
    assert error_of(answer)[0] == "ValidationException"
    assert_serves(hostile)


@pytest.mark.parametrize("raw", [b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b"a\xf0\x28\x8c\x28", b"\xc0\xaf"])
def test_invalid_utf8_in_a_string_is_a_serialization_error(hostile, table, raw):
    body = b'{"TableName":"' + table.encode() + b'","Item":{"p":{"S":"' + raw + b'"}}}'
    status, _, answer = post(hostile, PUT_ITEM, body)
    assert (status, answer) == (400, SERIALIZATION)
    body = b'{"TableName":"' + table.encode() + b'","Item":{"p":{"S":"k"},"' + raw + b'":{"S":"v"}}}'
    status, _, answer = post(hostile, PUT_ITEM, body)
    assert (status, answer) == (400, SERIALIZATION)


@pytest.mark.parametrize("number,message", [
    ("1E+126", "Number overflow. Attempting to store a number with magnitude larger than supported range"),
    ("1E-131", "Number underflow. Attempting to store a number with magnitude smaller than supported range"),
    ("1" * 39, "Attempting to store more than 38 significant digits in a Number"),
    ("0." + "9" * 100000, "Attempting to store more than 38 significant digits in a Number"),
], ids=["overflow", "underflow", "39-digits", "100000-digits"])
def test_huge_numbers_in_attribute_values(hostile, table, number, message):
    body = json.dumps({"TableName": table, "Item": {"p": {"S": "k"}, "n": {"N": number}}})
    status, _, answer = post(hostile, PUT_ITEM, body)
    assert status == 400
    assert error_of(answer) == ("ValidationException", message)


@pytest.mark.parametrize("limit", ["1e400", "-1e400", "9" * 5000, "18446744073709551616"],
                         ids=["1e400", "-1e400", "5000-digits", "2^64"])
def test_huge_json_numbers_in_parameters_are_refused(hostile, table, limit):
    status, _, answer = post(hostile, "DynamoDB_20120810.Scan", f'{{"TableName":"{table}","Limit":{limit}}}')
    assert status == 400
    assert error_of(answer)[0] in ("SerializationException", "ValidationException")
    assert_serves(hostile)


def test_slow_client_does_not_hold_up_others(hostile):
    """A slowloris client dribbling its header a byte at a time occupies only
    its own connection: other clients are served at once meanwhile."""
    head = request_head(LIST_TABLES, 2) + b"{}"
    done = threading.Event()
    answers = []

    def dribble():
        with raw_connection(hostile, timeout=30) as sock:
            for byte in head:
                sock.sendall(bytes([byte]))
                time.sleep(0.01)
            answers.append(read_until_first_response(sock))
        done.set()

    slow = [threading.Thread(target=dribble) for _ in range(8)]
    for thread in slow:
        thread.start()
    for _ in range(20):
        started = time.monotonic()
        assert_serves(hostile)
        assert time.monotonic() - started < 1.0
    for thread in slow:
        thread.join()
    assert len(answers) == 8 and all(answer.startswith(b"HTTP/1.1 200 ") for answer in answers)


def read_until_first_response(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def test_connection_flood_then_normal_requests(hostile):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 600:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 1024), hard))
    sockets = []
    try:
        for _ in range(500):
            sockets.append(raw_connection(hostile))
        # Half of them start a request and stop mid-header.
        for sock in sockets[::2]:
            sock.sendall(b"POST / HTTP/1.1\r\nHost: local")
        for _ in range(10):
            assert_serves(hostile)
        # The silent ones still get served when they speak.
        for sock in sockets[1:40:2]:
            sock.sendall(request_head(LIST_TABLES, 2) + b"{}")
            assert read_until_first_response(sock).startswith(b"HTTP/1.1 200 ")
    finally:
        for sock in sockets:
            sock.close()
    assert_serves(hostile)


def test_server_survived_with_bounded_memory(hostile):
    """Runs last: after everything above the server still answers and holds no
    more than a bounded amount of extra memory (nothing above was buffered
    whole, nor leaked per connection)."""
    time.sleep(0.5)  # let the closed sockets' sessions go
    assert_serves(hostile)
    assert hostile.proc.poll() is None
    growth = rss_kb(hostile.proc.pid) - hostile.baseline_rss_kb
    assert growth < RSS_GROWTH_LIMIT_KB, f"RSS grew by {growth} kB"


def test_idle_connections_are_closed_after_the_idle_timeout():
    """A connection that opens and never sends a request, or stays idle after
    its last answer, is closed once --idle-timeout passes."""
    process = ServerProcess("--in-memory", "--idle-timeout", "0.5")
    try:
        with socket.create_connection((process.host, process.port), timeout=10) as silent, \
                socket.create_connection((process.host, process.port), timeout=10) as kept_alive:
            kept_alive.sendall(request_head(LIST_TABLES, 2) + b"{}")
            assert read_until_first_response(kept_alive).startswith(b"HTTP/1.1 200 ")
            started = time.monotonic()
            assert silent.recv(1) == b""  # closed by the server, not by our 10 s timeout
            assert time.monotonic() - started < 5
            kept_alive.settimeout(10)
            while kept_alive.recv(65536):  # the rest of the answer may still be buffered
                pass  # a connection left open would raise socket.timeout here
        assert_serves(process)
    finally:
        assert process.stop() == 0


@pytest.mark.parametrize("value", ["0", "-1", "abc", "90000"])
def test_bad_idle_timeout_is_refused(value):
    result = subprocess.run([os.environ["DYNOSCOPE_SERVER"], "--in-memory", "--idle-timeout", value],
                            capture_output=True, text=True, timeout=10)
    assert result.returncode == 2
    assert "idle timeout" in result.stderr
