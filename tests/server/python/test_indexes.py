"""Secondary indexes through boto3: ConsumedCapacity with INDEXES, LSI item
collection metrics, and Dynoscope's own simulations (Dynoscope_20241101
target): GSI lag and items held by an in-flight transaction."""
import json
import uuid

import pytest

from conftest import post


def create_orders(client):
    name = f"orders_{uuid.uuid4().hex[:12]}"
    client.create_table(
        TableName=name, BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "p", "KeyType": "HASH"}, {"AttributeName": "c", "KeyType": "RANGE"}],
        AttributeDefinitions=[{"AttributeName": n, "AttributeType": "S"} for n in ("p", "c", "status", "amount")],
        GlobalSecondaryIndexes=[{"IndexName": "byStatus", "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}],
                                 "Projection": {"ProjectionType": "ALL"}}],
        LocalSecondaryIndexes=[{"IndexName": "byAmount",
                                "KeySchema": [{"AttributeName": "p", "KeyType": "HASH"},
                                              {"AttributeName": "amount", "KeyType": "RANGE"}],
                                "Projection": {"ProjectionType": "KEYS_ONLY"}}])
    client.get_waiter("table_exists").wait(TableName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 30})
    return name


@pytest.fixture
def orders(client):
    name = create_orders(client)
    yield name
    client.delete_table(TableName=name)


def dynoscope(server, operation, body):
    status, _, answer = post(server, f"Dynoscope_20241101.{operation}", json.dumps(body))
    return status, json.loads(answer)


def order(p, c, **attributes):
    return {"p": {"S": p}, "c": {"S": c}, **{k: {"S": v} for k, v in attributes.items()}}


def test_writes_report_index_capacity(client, orders):
    answer = client.put_item(TableName=orders, Item=order("a", "1", status="OPEN", amount="10"),
                             ReturnConsumedCapacity="INDEXES")
    units = answer["ConsumedCapacity"]
    assert units["CapacityUnits"] == 3.0
    assert units["Table"]["CapacityUnits"] == 1.0
    assert units["GlobalSecondaryIndexes"] == {"byStatus": {"CapacityUnits": 1.0, "WriteCapacityUnits": 1.0}}
    assert units["LocalSecondaryIndexes"] == {"byAmount": {"CapacityUnits": 1.0, "WriteCapacityUnits": 1.0}}

    moved = client.update_item(TableName=orders, Key=order("a", "1"), UpdateExpression="SET #s = :s",
                               ExpressionAttributeNames={"#s": "status"},
                               ExpressionAttributeValues={":s": {"S": "CLOSED"}}, ReturnConsumedCapacity="INDEXES")
    assert moved["ConsumedCapacity"]["GlobalSecondaryIndexes"]["byStatus"]["CapacityUnits"] == 2.0
    assert "LocalSecondaryIndexes" not in moved["ConsumedCapacity"]

    query = client.query(TableName=orders, IndexName="byStatus", KeyConditionExpression="#s = :s",
                         ExpressionAttributeNames={"#s": "status"}, ExpressionAttributeValues={":s": {"S": "CLOSED"}},
                         ReturnConsumedCapacity="INDEXES")
    assert query["ConsumedCapacity"]["Table"]["CapacityUnits"] == 0.0
    assert query["ConsumedCapacity"]["GlobalSecondaryIndexes"]["byStatus"]["CapacityUnits"] == 0.5

    tx = client.transact_write_items(TransactItems=[{"Put": {"TableName": orders,
                                                             "Item": order("b", "1", status="OPEN")}}],
                                     ReturnConsumedCapacity="INDEXES")
    assert tx["ConsumedCapacity"][0]["CapacityUnits"] == 4.0


def test_item_collection_metrics(client, orders):
    answer = client.put_item(TableName=orders, Item=order("a", "1", amount="5"), ReturnItemCollectionMetrics="SIZE")
    assert answer["ItemCollectionMetrics"] == {"ItemCollectionKey": {"p": {"S": "a"}}, "SizeEstimateRangeGB": [0.0, 1.0]}
    batch = client.batch_write_item(RequestItems={orders: [{"PutRequest": {"Item": order("b", "1")}}]},
                                    ReturnItemCollectionMetrics="SIZE")
    assert batch["ItemCollectionMetrics"][orders][0]["ItemCollectionKey"] == {"p": {"S": "b"}}


def test_gsi_lag_hides_recent_entries(client, server, orders):
    status, answer = dynoscope(server, "SetConsistencySimulation", {"TableName": orders, "GsiLagMillis": 600000})
    assert (status, answer) == (200, {})
    client.put_item(TableName=orders, Item=order("a", "1", status="OPEN"))
    query = client.query(TableName=orders, IndexName="byStatus", KeyConditionExpression="#s = :s",
                         ExpressionAttributeNames={"#s": "status"}, ExpressionAttributeValues={":s": {"S": "OPEN"}})
    assert query["Count"] == 0
    assert "Item" in client.get_item(TableName=orders, Key=order("a", "1"), ConsistentRead=True)


def test_held_items_conflict(client, server, table):
    key = {"p": {"S": "a"}, "c": {"S": "1"}}
    status, _ = dynoscope(server, "HoldItems", {"TableName": table, "Keys": [key], "DurationMillis": 600000})
    assert status == 200
    with pytest.raises(client.exceptions.TransactionConflictException) as caught:
        client.put_item(TableName=table, Item=key)
    assert caught.value.response["Error"]["Message"] == "Transaction is ongoing for the item"
    with pytest.raises(client.exceptions.TransactionCanceledException) as cancelled:
        client.transact_write_items(TransactItems=[{"Put": {"TableName": table, "Item": key}}])
    assert cancelled.value.response["CancellationReasons"] == [
        {"Code": "TransactionConflict", "Message": "Transaction is ongoing for the item"}]
    dynoscope(server, "HoldItems", {"TableName": table, "Keys": [key], "DurationMillis": 0})
    client.put_item(TableName=table, Item=key)


def test_unknown_dynoscope_operation(server):
    status, answer = dynoscope(server, "PutItem", {})
    assert status == 400
    assert answer["__type"].endswith("#UnknownOperationException")
