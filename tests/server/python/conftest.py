"""Fixtures: one server (and one with --auth) per test session, boto3 clients
bound to it, and fresh tables that are deleted after each test."""
import json
import os
import uuid

import boto3
import pytest
from botocore.config import Config

from server_process import ServerProcess

# Keep the user's ~/.aws out of the tests.
os.environ["AWS_CONFIG_FILE"] = os.devnull
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
    os.environ.pop(name, None)

REGION = "us-east-1"
AUTH_KEY = "AKIDDYNOSCOPETEST"
AUTH_SECRET = "dynoscope/test+secret"
NO_RETRIES = Config(retries={"total_max_attempts": 1}, connect_timeout=5, read_timeout=30)


def make_client(url, key="anything", secret="anything", region=REGION):
    return boto3.client("dynamodb", endpoint_url=url, region_name=region, aws_access_key_id=key,
                        aws_secret_access_key=secret, config=NO_RETRIES)


@pytest.fixture(scope="session")
def server():
    process = ServerProcess("--in-memory")
    yield process
    assert process.stop() == 0


@pytest.fixture(scope="session")
def auth_server():
    process = ServerProcess("--in-memory", "--auth", f"{AUTH_KEY}:{AUTH_SECRET}")
    yield process
    assert process.stop() == 0


@pytest.fixture(scope="session")
def client(server):
    return make_client(server.url)


@pytest.fixture(scope="session")
def dynamodb(server):
    return boto3.resource("dynamodb", endpoint_url=server.url, region_name=REGION, aws_access_key_id="anything",
                          aws_secret_access_key="anything", config=NO_RETRIES)


def unique_name(prefix="t"):
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def create_table(client, name, hash_key="p", range_key="c", **extra):
    attributes = [{"AttributeName": hash_key, "AttributeType": "S"}]
    schema = [{"AttributeName": hash_key, "KeyType": "HASH"}]
    if range_key:
        attributes.append({"AttributeName": range_key, "AttributeType": "S"})
        schema.append({"AttributeName": range_key, "KeyType": "RANGE"})
    client.create_table(TableName=name, AttributeDefinitions=attributes, KeySchema=schema,
                        BillingMode="PAY_PER_REQUEST", **extra)
    client.get_waiter("table_exists").wait(TableName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 30})
    return name


@pytest.fixture
def table(client):
    """A table keyed by p (hash) and c (range), both strings."""
    name = create_table(client, unique_name())
    yield name
    try:
        client.delete_table(TableName=name)
    except client.exceptions.ResourceNotFoundException:
        pass


def post(server, target, body, content_type="application/x-amz-json-1.0", headers=None):
    """An unsigned raw request; returns (status, headers, body bytes)."""
    connection = server.connection()
    all_headers = {"Content-Type": content_type, "X-Amz-Target": target, **(headers or {})}
    connection.request("POST", "/", body=body, headers=all_headers)
    response = connection.getresponse()
    result = (response.status, response.headers, response.read())
    connection.close()
    return result


@pytest.fixture
def require(server):
    """require("BatchWriteItem") skips the test while the engine answers
    UnknownOperationException for that operation, so such tests start running
    on their own when the operation lands."""
    def check(operation, api="DynamoDB_20120810"):
        _, _, body = post(server, f"{api}.{operation}", "{}")
        if json.loads(body).get("__type", "").endswith("#UnknownOperationException"):
            pytest.skip(f"{operation} is not implemented by the engine yet")
    return check

