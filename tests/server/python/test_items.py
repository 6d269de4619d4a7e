"""Item operations through boto3's client and resource: PutItem, GetItem,
UpdateItem, DeleteItem, conditions and their errors."""
import decimal
import json

import pytest
from boto3.dynamodb.conditions import Attr
from botocore.exceptions import ClientError

from conftest import post


def test_put_get_round_trip_keeps_every_type(dynamodb, table):
    item = {"p": "a", "c": "1", "s": "text", "n": decimal.Decimal("12345678901234567890.123456789"),
            "b": b"\x00\x01bytes", "t": True, "z": None, "l": ["x", decimal.Decimal(2), {"m": "y"}],
            "m": {"nested": {"deep": "value"}}, "ss": {"a", "b"}, "ns": {decimal.Decimal(1), decimal.Decimal(2)},
            "bs": {b"1", b"2"}}
    t = dynamodb.Table(table)
    t.put_item(Item=item)
    got = t.get_item(Key={"p": "a", "c": "1"}, ConsistentRead=True)["Item"]
    got["b"] = got["b"].value
    got["bs"] = {v.value for v in got["bs"]}
    assert got == item


def test_get_missing_item_has_no_item(client, table):
    assert "Item" not in client.get_item(TableName=table, Key={"p": {"S": "none"}, "c": {"S": "none"}})


def test_projection(client, table):
    client.put_item(TableName=table, Item={"p": {"S": "a"}, "c": {"S": "1"}, "x": {"N": "1"}, "y": {"N": "2"}})
    got = client.get_item(TableName=table, Key={"p": {"S": "a"}, "c": {"S": "1"}}, ProjectionExpression="#x",
                          ExpressionAttributeNames={"#x": "x"})["Item"]
    assert got == {"x": {"N": "1"}}


def test_put_returns_old_values(client, table):
    key = {"p": {"S": "a"}, "c": {"S": "1"}}
    client.put_item(TableName=table, Item={**key, "v": {"S": "old"}})
    answer = client.put_item(TableName=table, Item={**key, "v": {"S": "new"}}, ReturnValues="ALL_OLD")
    assert answer["Attributes"]["v"] == {"S": "old"}


def test_update_item(dynamodb, table):
    t = dynamodb.Table(table)
    t.put_item(Item={"p": "a", "c": "1", "count": 1, "tags": {"x"}})
    answer = t.update_item(Key={"p": "a", "c": "1"},
                           UpdateExpression="SET #n = #n + :one, label = :label ADD tags :tag REMOVE gone",
                           ExpressionAttributeNames={"#n": "count"},
                           ExpressionAttributeValues={":one": 1, ":label": "hi", ":tag": {"y"}},
                           ReturnValues="ALL_NEW")
    assert answer["Attributes"] == {"p": "a", "c": "1", "count": 2, "label": "hi", "tags": {"x", "y"}}


def test_update_creates_missing_item(dynamodb, table):
    t = dynamodb.Table(table)
    t.update_item(Key={"p": "new", "c": "1"}, UpdateExpression="SET v = :v", ExpressionAttributeValues={":v": 5})
    assert t.get_item(Key={"p": "new", "c": "1"})["Item"] == {"p": "new", "c": "1", "v": 5}


def test_delete_item(dynamodb, table):
    t = dynamodb.Table(table)
    t.put_item(Item={"p": "a", "c": "1", "v": "x"})
    answer = t.delete_item(Key={"p": "a", "c": "1"}, ReturnValues="ALL_OLD")
    assert answer["Attributes"]["v"] == "x"
    assert "Item" not in t.get_item(Key={"p": "a", "c": "1"})


def test_conditional_check_failed(dynamodb, table):
    t = dynamodb.Table(table)
    t.put_item(Item={"p": "a", "c": "1"})
    with pytest.raises(ClientError) as excinfo:
        t.put_item(Item={"p": "a", "c": "1"}, ConditionExpression=Attr("p").not_exists())
    error = excinfo.value.response["Error"]
    assert (error["Code"], error["Message"]) == ("ConditionalCheckFailedException", "The conditional request failed")


def test_conditional_check_failed_returns_the_item(server, table, client):
    """ReturnValuesOnConditionCheckFailure is newer than Debian's botocore, so
    the request is sent raw and the error body read as JSON."""
    client.put_item(TableName=table, Item={"p": {"S": "a"}, "c": {"S": "1"}, "v": {"N": "7"}})
    status, _, body = post(server, "DynamoDB_20120810.PutItem", json.dumps({
        "TableName": table, "Item": {"p": {"S": "a"}, "c": {"S": "1"}},
        "ConditionExpression": "attribute_not_exists(p)", "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}))
    assert status == 400
    error = json.loads(body)
    assert error["__type"] == "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException"
    assert error["message"] == "The conditional request failed"
    assert error["Item"] == {"p": {"S": "a"}, "c": {"S": "1"}, "v": {"N": "7"}}


def test_key_not_matching_schema(client, table):
    with pytest.raises(ClientError) as excinfo:
        client.get_item(TableName=table, Key={"p": {"S": "a"}})
    error = excinfo.value.response["Error"]
    assert (error["Code"], error["Message"]) == ("ValidationException",
                                                 "The provided key element does not match the schema")


def test_item_in_missing_table(client):
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.put_item(TableName="no_such_table", Item={"p": {"S": "a"}})
