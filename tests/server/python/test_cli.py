"""The dynoscope-server command line: options (with DynamoDB Local's
spellings), the database file, the request log, the warning for an open
endpoint without --auth, and a clean exit on SIGTERM."""
import os
import re
import subprocess

from conftest import create_table, make_client, unique_name
from server_process import ServerProcess


def run(*args):
    return subprocess.run([os.environ["DYNOSCOPE_SERVER"], *args], capture_output=True, text=True, timeout=10)


def test_version_and_help():
    version = run("--version")
    assert version.returncode == 0
    assert re.fullmatch(r"dynoscope-server \d+\.\d+\.\d+\n", version.stdout)
    help_text = run("--help")
    assert help_text.returncode == 0
    for option in ("--port", "--host", "--db", "--in-memory", "--auth", "--verbose", "-dbPath", "-sharedDb"):
        assert option in help_text.stdout


def test_bad_options_exit_with_usage():
    for args in (["--bogus"], ["--port"], ["--port", "70000"], ["--auth", "nocolon"],
                 ["--in-memory", "--db", "x.db"]):
        result = run(*args)
        assert result.returncode == 2, args
        assert "Try 'dynoscope-server --help'" in result.stderr


def test_database_file_survives_a_restart(tmp_path):
    path = str(tmp_path / "data.db")
    name = unique_name()
    first = ServerProcess("--db", path)
    create_table(make_client(first.url), name, range_key=None)
    make_client(first.url).put_item(TableName=name, Item={"p": {"S": "kept"}})
    assert first.stop() == 0
    second = ServerProcess("--db", path)
    try:
        item = make_client(second.url).get_item(TableName=name, Key={"p": {"S": "kept"}})
        assert item["Item"] == {"p": {"S": "kept"}}
    finally:
        assert second.stop() == 0


def test_dynamodb_local_spellings(tmp_path):
    server = ServerProcess("-port", "0", "-sharedDb", "-dbPath", str(tmp_path))
    try:
        assert "TableNames" in make_client(server.url).list_tables()
        assert (tmp_path / "dynoscope-server.db").exists()
    finally:
        assert server.stop() == 0
    memory = ServerProcess("-inMemory")
    assert "TableNames" in make_client(memory.url).list_tables()
    assert memory.stop() == 0


def test_verbose_prints_one_line_per_request():
    server = ServerProcess("--in-memory", "--verbose")
    client = make_client(server.url)
    client.list_tables()
    try:
        client.describe_table(TableName="nope")
    except client.exceptions.ResourceNotFoundException:
        pass
    assert server.stop() == 0
    lines = server.stdout.splitlines()
    assert len(lines) == 2
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z 200 ListTables \d+\.\d{3} ms 2 B -> \d+ B", lines[0])
    assert re.fullmatch(r".* 400 DescribeTable .* ResourceNotFoundException", lines[1])


def test_warns_when_open_to_the_network_without_auth():
    server = ServerProcess("--in-memory", "--host", "0.0.0.0")
    assert server.stop() == 0
    assert "warning: listening on a non-loopback address without --auth" in server.stderr
    secured = ServerProcess("--in-memory", "--host", "0.0.0.0", "--auth", "k:s")
    assert secured.stop() == 0
    assert "warning" not in secured.stderr


def test_loopback_has_no_warning_and_sigterm_exits_cleanly():
    server = ServerProcess("--in-memory")
    assert server.stop() == 0
    assert "warning" not in server.stderr
    assert "SIGTERM received" in server.stderr


def test_busy_port_is_an_error():
    first = ServerProcess("--in-memory")
    try:
        result = run("--in-memory", "--port", str(first.port))
        assert result.returncode == 1
        assert f"cannot listen on 127.0.0.1:{first.port}" in result.stderr
    finally:
        assert first.stop() == 0
