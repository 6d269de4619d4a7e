"""Transactions through boto3: TransactWriteItems (all or nothing, the
CancellationReasons of a failed condition, ClientRequestToken idempotency)
and TransactGetItems."""
import pytest
from botocore.exceptions import ClientError


def key(p, c="1"):
    return {"p": {"S": p}, "c": {"S": c}}


def test_transact_write_applies_every_action(client, table, require):
    require("TransactWriteItems")
    client.put_item(TableName=table, Item={**key("a"), "n": {"N": "1"}})
    client.put_item(TableName=table, Item=key("gone"))
    client.transact_write_items(TransactItems=[
        {"Put": {"TableName": table, "Item": {**key("new"), "v": {"S": "x"}},
                 "ConditionExpression": "attribute_not_exists(p)"}},
        {"Update": {"TableName": table, "Key": key("a"), "UpdateExpression": "SET n = n + :one",
                    "ConditionExpression": "n = :one", "ExpressionAttributeValues": {":one": {"N": "1"}}}},
        {"Delete": {"TableName": table, "Key": key("gone")}},
        {"ConditionCheck": {"TableName": table, "Key": key("other"), "ConditionExpression": "attribute_not_exists(p)"}},
    ])
    assert client.get_item(TableName=table, Key=key("a"))["Item"]["n"] == {"N": "2"}
    assert client.get_item(TableName=table, Key=key("new"))["Item"]["v"] == {"S": "x"}
    assert "Item" not in client.get_item(TableName=table, Key=key("gone"))


def test_failed_condition_cancels_with_reasons(client, table, require):
    require("TransactWriteItems")
    client.put_item(TableName=table, Item={**key("a"), "n": {"N": "5"}})
    with pytest.raises(client.exceptions.TransactionCanceledException) as caught:
        client.transact_write_items(TransactItems=[
            {"Put": {"TableName": table, "Item": key("b")}},
            {"Update": {"TableName": table, "Key": key("a"), "UpdateExpression": "SET n = :v",
                        "ConditionExpression": "n < :v", "ExpressionAttributeValues": {":v": {"N": "2"}},
                        "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}},
        ])
    error = caught.value.response
    assert error["Error"]["Code"] == "TransactionCanceledException"
    assert error["Error"]["Message"] == ("Transaction cancelled, please refer cancellation reasons for specific "
                                         "reasons [None, ConditionalCheckFailed]")
    assert error["CancellationReasons"] == [
        {"Code": "None"},
        {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed",
         "Item": {**key("a"), "n": {"N": "5"}}},
    ]
    # Nothing was written.
    assert "Item" not in client.get_item(TableName=table, Key=key("b"))
    assert client.get_item(TableName=table, Key=key("a"))["Item"]["n"] == {"N": "5"}


def test_two_actions_on_one_item_are_refused(client, table, require):
    require("TransactWriteItems")
    with pytest.raises(ClientError) as caught:
        client.transact_write_items(TransactItems=[
            {"Put": {"TableName": table, "Item": key("a")}},
            {"Delete": {"TableName": table, "Key": key("a")}},
        ])
    assert caught.value.response["Error"]["Code"] == "ValidationException"
    assert caught.value.response["Error"]["Message"] == (
        "Transaction request cannot include multiple operations on one item")


def test_client_request_token_makes_a_repeat_harmless(client, table, require):
    require("TransactWriteItems")
    items = [{"Update": {"TableName": table, "Key": key("counter"), "UpdateExpression": "ADD n :one",
                         "ExpressionAttributeValues": {":one": {"N": "1"}}}}]
    first = client.transact_write_items(TransactItems=items, ClientRequestToken="boto3-token-1",
                                        ReturnConsumedCapacity="TOTAL")
    assert first["ConsumedCapacity"] == [{"TableName": table, "CapacityUnits": 2.0, "WriteCapacityUnits": 2.0}]
    client.transact_write_items(TransactItems=items, ClientRequestToken="boto3-token-1")
    assert client.get_item(TableName=table, Key=key("counter"))["Item"]["n"] == {"N": "1"}
    items[0]["Update"]["ExpressionAttributeValues"][":one"] = {"N": "2"}
    with pytest.raises(client.exceptions.IdempotentParameterMismatchException):
        client.transact_write_items(TransactItems=items, ClientRequestToken="boto3-token-1")


def test_transact_get_items_in_request_order(client, table, require):
    require("TransactGetItems")
    client.put_item(TableName=table, Item={**key("a"), "x": {"N": "1"}, "y": {"N": "2"}})
    answer = client.transact_get_items(
        TransactItems=[
            {"Get": {"TableName": table, "Key": key("missing")}},
            {"Get": {"TableName": table, "Key": key("a"), "ProjectionExpression": "#x",
                     "ExpressionAttributeNames": {"#x": "x"}}},
        ],
        ReturnConsumedCapacity="TOTAL")
    assert answer["Responses"] == [{}, {"Item": {"x": {"N": "1"}}}]
    assert answer["ConsumedCapacity"] == [{"TableName": table, "CapacityUnits": 4.0, "ReadCapacityUnits": 4.0}]


def test_resource_transact_round_trip(dynamodb, table, require):
    require("TransactWriteItems")
    client = dynamodb.meta.client
    client.transact_write_items(TransactItems=[
        {"Put": {"TableName": table, "Item": {"p": "r", "c": str(i), "v": i}}} for i in range(3)
    ])
    answer = client.transact_get_items(TransactItems=[
        {"Get": {"TableName": table, "Key": {"p": "r", "c": str(i)}}} for i in range(3)
    ])
    assert [int(r["Item"]["v"]) for r in answer["Responses"]] == [0, 1, 2]
