"""DynamoDB's JSON 1.0 protocol on the wire, through raw HTTP: the answers
DynamoDB itself gives (as recorded by dynalite's tests against the service),
checksums, request ids, keep-alive and the 16 MiB limit."""
import concurrent.futures
import json
import re
import socket
import zlib

from conftest import post

UNKNOWN_OPERATION = b'{"__type":"com.amazon.coral.service#UnknownOperationException"}'
SERIALIZATION = b'{"__type":"com.amazon.coral.service#SerializationException"}'


def assert_framing(headers, body):
    assert int(headers["x-amz-crc32"]) == zlib.crc32(body)
    assert re.fullmatch(r"[0-9A-Z]{52}", headers["x-amzn-RequestId"])
    assert int(headers["Content-Length"]) == len(body)


def test_list_tables_answers_json_with_checksum(server):
    status, headers, body = post(server, "DynamoDB_20120810.ListTables", "{}")
    assert status == 200
    assert "TableNames" in json.loads(body)
    assert headers["Content-Type"] == "application/x-amz-json-1.0"
    assert_framing(headers, body)


def test_request_ids_differ(server):
    ids = {post(server, "DynamoDB_20120810.ListTables", "{}")[1]["x-amzn-RequestId"] for _ in range(5)}
    assert len(ids) == 5


def test_plain_json_content_type_is_accepted_and_mirrored(server):
    status, headers, _ = post(server, "DynamoDB_20120810.ListTables", "{}", content_type="application/json")
    assert status == 200
    assert headers["Content-Type"] == "application/json"


def test_unknown_operation(server):
    for target in ("DynamoDB_20120810.ListTable", "whatever", "DynamoDBStreams_20120810.Nope"):
        status, headers, body = post(server, target, "{}")
        assert (status, body) == (400, UNKNOWN_OPERATION)
        assert headers["x-amz-crc32"] == "1368724161"


def test_missing_target_is_an_unknown_operation(server):
    connection = server.connection()
    connection.request("POST", "/", body="{}", headers={"Content-Type": "application/x-amz-json-1.0"})
    response = connection.getresponse()
    assert (response.status, response.read()) == (400, UNKNOWN_OPERATION)


def test_malformed_json_is_a_serialization_error(server):
    for body in ("hi", '{"TableName": ', "{}}"):
        status, headers, answer = post(server, "DynamoDB_20120810.ListTables", body)
        assert (status, answer) == (400, SERIALIZATION)
        assert headers["x-amz-crc32"] == "3948637019"


def test_empty_body_is_a_serialization_error(server):
    status, _, body = post(server, "DynamoDB_20120810.ListTables", "")
    assert (status, body) == (400, SERIALIZATION)


def test_wrong_content_type_is_not_found(server):
    status, headers, body = post(server, "DynamoDB_20120810.ListTables", "{}", content_type="text/plain")
    assert (status, body) == (404, b"<UnknownOperationException/>\n")
    assert headers["x-amz-crc32"] == "3552371480"


def test_get_is_a_health_check(server):
    connection = server.connection()
    connection.request("GET", "/")
    response = connection.getresponse()
    body = response.read()
    assert response.status == 200
    health = json.loads(body)
    assert health["status"] == "ok"
    assert health["service"] == "dynoscope-server"
    assert_framing(response.headers, body)


def test_engine_errors_keep_dynamodb_type_and_status(server):
    status, headers, body = post(server, "DynamoDB_20120810.DescribeTable", '{"TableName":"nope"}')
    assert status == 400
    error = json.loads(body)
    assert error["__type"] == "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException"
    assert error["message"] == "Requested resource not found: Table: nope not found"
    assert_framing(headers, body)


def test_keep_alive_serves_many_requests_on_one_connection(server):
    connection = server.connection()
    for _ in range(20):
        connection.request("POST", "/", body="{}", headers={
            "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.ListTables"})
        response = connection.getresponse()
        response.read()
        assert response.status == 200
        assert not response.will_close
    connection.close()


def test_oversize_body_is_refused_before_it_is_sent(server):
    """A Content-Length over 16 MiB gets DynamoDB's empty 413 from the header
    alone: the body is never read, let alone held in memory."""
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\n"
                     b"X-Amz-Target: DynamoDB_20120810.PutItem\r\nContent-Length: 16777217\r\n\r\n")
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(4096)
            assert chunk, "connection closed before the answer"
            answer += chunk
    head = answer.split(b"\r\n\r\n")[0].decode().lower()
    assert head.startswith("http/1.1 413 ")
    assert "content-length: 0" in head
    assert "connection: close" in head
    assert "x-amzn-requestid: " in head


def test_oversize_body_sent_in_full_still_gets_the_413(server):
    """A client that sends the whole body before reading (as http.client
    does) must see the 413, not a reset connection."""
    connection = server.connection()
    connection.request("POST", "/", body=b" " * (17 * 1024 * 1024), headers={
        "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.PutItem"})
    response = connection.getresponse()
    assert response.status == 413
    assert response.read() == b""
    connection.close()


def test_body_of_exactly_16_mib_is_read(server):
    body = "{" + " " * (16 * 1024 * 1024 - 2) + "}"
    status, _, _ = post(server, "DynamoDB_20120810.ListTables", body)
    assert status == 200


def test_cors(server):
    status, headers, _ = post(server, "DynamoDB_20120810.ListTables", "{}", headers={"Origin": "http://x"})
    assert status == 200
    assert headers["Access-Control-Allow-Origin"] == "*"


def test_many_concurrent_keep_alive_connections(server):
    def client_session(_):
        connection = server.connection()
        statuses = []
        for _ in range(20):
            connection.request("POST", "/", body="{}", headers={
                "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.ListTables"})
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
        connection.close()
        return statuses

    with concurrent.futures.ThreadPoolExecutor(max_workers=64) as pool:
        results = list(pool.map(client_session, range(64)))
    assert all(status == 200 for statuses in results for status in statuses)
