"""Exposure and secrets: the server warns when it listens beyond loopback
without --auth, and the --auth secret never reaches its output (even with
--verbose and failed signatures) nor its database file."""
import datetime
import glob
import hashlib
import hmac
import json
import os
import subprocess

import pytest
from botocore.exceptions import ClientError

from conftest import AUTH_KEY, AUTH_SECRET, create_table, make_client, post, unique_name
from server_process import ServerProcess

WARNING = ("dynoscope-server: warning: listening on a non-loopback address without --auth: anyone who can reach "
           "this port can read and change the database")


def started_and_stopped(*args):
    process = ServerProcess(*args)
    assert post(process, "DynamoDB_20120810.ListTables", "{}")[0] in (200, 400)
    assert process.stop() == 0
    return process


def test_non_loopback_bind_without_auth_warns():
    process = started_and_stopped("--in-memory", "--host", "0.0.0.0")
    assert WARNING in process.stderr


@pytest.mark.parametrize("args", [("--host", "127.0.0.1"), ("--host", "0.0.0.0", "--auth", "K:S")],
                         ids=["loopback", "with-auth"])
def test_no_warning_on_loopback_or_with_auth(args):
    process = started_and_stopped("--in-memory", *args)
    assert "warning" not in process.stderr


def test_secret_never_appears_in_output_or_database(tmp_path):
    database = tmp_path / "secret.db"
    process = ServerProcess("--db", str(database), "--auth", f"{AUTH_KEY}:{AUTH_SECRET}", "--verbose")
    try:
        client = make_client(process.url, AUTH_KEY, AUTH_SECRET)
        name = create_table(client, unique_name())
        client.put_item(TableName=name, Item={"p": {"S": "a"}, "c": {"S": "b"}})
        with pytest.raises(ClientError):
            make_client(process.url, AUTH_KEY, AUTH_SECRET + "x").list_tables()
        with pytest.raises(ClientError):
            make_client(process.url, "AKIDOTHER", AUTH_SECRET).list_tables()
        assert post(process, "DynamoDB_20120810.ListTables", "{}")[0] == 400
    finally:
        assert process.stop() == 0
    output = process.stdout + process.stderr
    assert "PutItem" in output  # --verbose did log the requests
    assert AUTH_SECRET not in output
    secret = AUTH_SECRET.encode()
    files = glob.glob(str(database) + "*")
    assert files
    for path in files:
        with open(path, "rb") as f:
            assert secret not in f.read(), f"secret found in {os.path.basename(path)}"


def signed_headers(body, when, key=AUTH_KEY, secret=AUTH_SECRET, host="localhost"):
    """Signature Version 4 headers for a ListTables POST made at `when`."""
    amz_date = when.strftime("%Y%m%dT%H%M%SZ")
    day = amz_date[:8]
    headers = {"content-type": "application/x-amz-json-1.0", "host": host, "x-amz-date": amz_date,
               "x-amz-target": "DynamoDB_20120810.ListTables"}
    names = ";".join(sorted(headers))
    canonical = "\n".join(["POST", "/", ""] + [f"{name}:{headers[name]}" for name in sorted(headers)]
                          + ["", names, hashlib.sha256(body).hexdigest()])
    scope = f"{day}/us-east-1/dynamodb/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    signing_key = ("AWS4" + secret).encode()
    for part in (day, "us-east-1", "dynamodb", "aws4_request"):
        signing_key = hmac.new(signing_key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(signing_key, to_sign.encode(), hashlib.sha256).hexdigest()
    headers["authorization"] = (f"AWS4-HMAC-SHA256 Credential={key}/{scope}, SignedHeaders={names}, "
                                f"Signature={signature}")
    return headers


def send_signed(server, when):
    body = b"{}"
    connection = server.connection()
    connection.request("POST", "/", body=body, headers=signed_headers(body, when, host=f"{server.host}:{server.port}"))
    response = connection.getresponse()
    answer = (response.status, json.loads(response.read()))
    connection.close()
    return answer


def test_correctly_signed_requests_are_accepted_only_when_fresh(auth_server):
    now = datetime.datetime.now(datetime.timezone.utc)
    assert send_signed(auth_server, now)[0] == 200
    assert send_signed(auth_server, now - datetime.timedelta(minutes=10))[0] == 200
    status, error = send_signed(auth_server, now - datetime.timedelta(minutes=20))
    assert status == 400
    assert error["__type"] == "com.amazon.coral.service#InvalidSignatureException"
    assert error["message"].startswith("Signature expired: ")
    assert error["message"].endswith(" - 15 min.)")
    status, error = send_signed(auth_server, now + datetime.timedelta(minutes=20))
    assert status == 400
    assert error["__type"] == "com.amazon.coral.service#InvalidSignatureException"
    assert error["message"].startswith("Signature not yet current: ")
    assert error["message"].endswith(" + 15 min.)")


def test_auth_file_keeps_the_secret_out_of_the_process_list(tmp_path):
    credentials = tmp_path / "credentials"
    credentials.write_text(f"{AUTH_KEY}:{AUTH_SECRET}\n")
    credentials.chmod(0o600)
    process = ServerProcess("--in-memory", "--auth-file", str(credentials))
    try:
        with open(f"/proc/{process.proc.pid}/cmdline", "rb") as cmdline:
            assert AUTH_SECRET.encode() not in cmdline.read()
        assert make_client(process.url, AUTH_KEY, AUTH_SECRET).list_tables()["TableNames"] == []
        with pytest.raises(ClientError) as excinfo:
            make_client(process.url, AUTH_KEY, AUTH_SECRET + "x").list_tables()
        assert excinfo.value.response["Error"]["Code"] == "InvalidSignatureException"
    finally:
        assert process.stop() == 0
    assert "warning" not in process.stderr


def test_auth_file_readable_by_others_warns(tmp_path):
    credentials = tmp_path / "credentials"
    credentials.write_text(f"{AUTH_KEY}:{AUTH_SECRET}\n")
    credentials.chmod(0o644)
    process = started_and_stopped("--in-memory", "--auth-file", str(credentials))
    assert "can be read by other users" in process.stderr
    assert AUTH_SECRET not in process.stderr


@pytest.mark.parametrize("content", ["", "no-colon\n", ":secret\n"], ids=["empty", "no-colon", "no-key"])
def test_bad_auth_file_is_refused(tmp_path, content):
    credentials = tmp_path / "credentials"
    credentials.write_text(content)
    credentials.chmod(0o600)
    result = subprocess.run([os.environ["DYNOSCOPE_SERVER"], "--in-memory", "--auth-file", str(credentials)],
                            capture_output=True, text=True, timeout=10)
    assert result.returncode == 2
    assert "--auth-file" in result.stderr or "credentials file" in result.stderr
