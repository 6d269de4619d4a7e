"""--auth KEY:SECRET: requests must be signed (AWS Signature Version 4) with
that key, and failures get DynamoDB's own errors and messages."""
import json

import pytest
from botocore.exceptions import ClientError

from conftest import AUTH_KEY, AUTH_SECRET, create_table, make_client, post, unique_name

MISMATCH = ("The request signature we calculated does not match the signature you provided. Check your AWS Secret "
            "Access Key and signing method. Consult the service documentation for details.")


def error_of(excinfo):
    return excinfo.value.response["Error"]["Code"], excinfo.value.response["Error"]["Message"]


def test_right_key_is_accepted(auth_server):
    client = make_client(auth_server.url, AUTH_KEY, AUTH_SECRET)
    name = create_table(client, unique_name())
    client.put_item(TableName=name, Item={"p": {"S": "é ü"}, "c": {"S": "1"}, "v": {"S": "x" * 2000}})
    assert client.get_item(TableName=name, Key={"p": {"S": "é ü"}, "c": {"S": "1"}})["Item"]["v"]["S"] == "x" * 2000
    assert name in client.list_tables()["TableNames"]
    client.delete_table(TableName=name)


def test_any_region_is_accepted(auth_server):
    """The credential scope names the client's region: a local endpoint
    accepts whichever region the client was configured with."""
    client = make_client(auth_server.url, AUTH_KEY, AUTH_SECRET, region="ap-southeast-2")
    assert "TableNames" in client.list_tables()


def test_wrong_secret_is_an_invalid_signature(auth_server):
    client = make_client(auth_server.url, AUTH_KEY, "not the secret")
    with pytest.raises(ClientError) as excinfo:
        client.list_tables()
    assert error_of(excinfo) == ("InvalidSignatureException", MISMATCH)
    assert excinfo.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400


def test_unknown_key_is_unrecognized(auth_server):
    client = make_client(auth_server.url, "AKIDSOMEONEELSE", AUTH_SECRET)
    with pytest.raises(ClientError) as excinfo:
        client.list_tables()
    assert error_of(excinfo) == ("UnrecognizedClientException",
                                 "The security token included in the request is invalid.")


def test_unsigned_request_is_missing_the_token(auth_server):
    status, headers, body = post(auth_server, "DynamoDB_20120810.ListTables", "{}")
    assert status == 400
    assert body == (b'{"__type":"com.amazon.coral.service#MissingAuthenticationTokenException",'
                    b'"message":"Request is missing Authentication Token"}')
    assert headers["x-amz-crc32"] == "2088342776"


def test_expired_signature(auth_server):
    status, _, body = post(auth_server, "DynamoDB_20120810.ListTables", "{}", headers={
        "X-Amz-Date": "20170101T010101Z",
        "Authorization": "AWS4-HMAC-SHA256 Credential=k/2/3/4/aws4_request SignedHeaders=x-amz-date;host "
                         "Signature=123"})
    assert status == 400
    error = json.loads(body)
    assert error["__type"] == "com.amazon.coral.service#InvalidSignatureException"
    assert error["message"].startswith("Signature expired: 20170101T010101Z is now earlier than ")
    assert error["message"].endswith(" - 15 min.)")


def test_incomplete_signature(auth_server):
    status, _, body = post(auth_server, "DynamoDB_20120810.ListTables", "{}", headers={"Authorization": "AWS4-"})
    assert status == 400
    error = json.loads(body)
    assert error["__type"] == "com.amazon.coral.service#IncompleteSignatureException"
    assert error["message"] == (
        "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' "
        "parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires "
        "existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-")


def test_unknown_operation_is_reported_before_authentication(auth_server):
    status, _, body = post(auth_server, "DynamoDB_20120810.Nope", "{}")
    assert (status, body) == (400, b'{"__type":"com.amazon.coral.service#UnknownOperationException"}')
