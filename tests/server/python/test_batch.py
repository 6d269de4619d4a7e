"""Batch operations through boto3, including the resource's batch_writer.
Skipped while the engine does not implement them yet."""
from botocore.exceptions import ClientError

from conftest import unique_name


def test_batch_writer_puts_and_deletes(dynamodb, table, require):
    require("BatchWriteItem")
    t = dynamodb.Table(table)
    with t.batch_writer() as writer:
        for i in range(60):
            writer.put_item(Item={"p": "batch", "c": f"{i:03d}", "v": i})
    assert t.query(KeyConditionExpression="p = :p", ExpressionAttributeValues={":p": "batch"},
                   Select="COUNT")["Count"] == 60
    with t.batch_writer() as writer:
        for i in range(0, 60, 2):
            writer.delete_item(Key={"p": "batch", "c": f"{i:03d}"})
    assert t.query(KeyConditionExpression="p = :p", ExpressionAttributeValues={":p": "batch"},
                   Select="COUNT")["Count"] == 30


def test_batch_get_item(dynamodb, table, require):
    require("BatchGetItem")
    t = dynamodb.Table(table)
    for i in range(5):
        t.put_item(Item={"p": "g", "c": str(i), "v": i})
    keys = [{"p": "g", "c": str(i)} for i in range(5)] + [{"p": "g", "c": "missing"}]
    answer = dynamodb.batch_get_item(RequestItems={table: {"Keys": keys}})
    assert sorted(int(i["v"]) for i in answer["Responses"][table]) == [0, 1, 2, 3, 4]
    assert not answer["UnprocessedKeys"]


def test_throttled_batch_write_leaves_items_unprocessed(client):
    """A provisioned table of 1 WCU has 300 units of burst: 400 one-unit
    writes in batches of 25 run out, and the rest come back unprocessed (or
    the whole batch fails when none could be written). What was acknowledged
    is exactly what the table holds."""
    name = unique_name()
    client.create_table(TableName=name, AttributeDefinitions=[{"AttributeName": "p", "AttributeType": "S"}],
                        KeySchema=[{"AttributeName": "p", "KeyType": "HASH"}],
                        ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 1})
    try:
        left_over, failed, written = 0, 0, set()
        for batch in range(16):
            requests = [{"PutRequest": {"Item": {"p": {"S": f"{batch}-{i}"}}}} for i in range(25)]
            try:
                answer = client.batch_write_item(RequestItems={name: requests})
            except ClientError as error:
                assert error.response["Error"]["Code"] == "ProvisionedThroughputExceededException"
                failed += 1
                continue
            left = answer["UnprocessedItems"].get(name, [])
            assert all(set(request) == {"PutRequest"} for request in left)  # given back as sent
            left_over += len(left)
            written |= ({r["PutRequest"]["Item"]["p"]["S"] for r in requests}
                        - {r["PutRequest"]["Item"]["p"]["S"] for r in left})
        assert left_over + 25 * failed > 0
        assert 290 <= len(written) < 400
        stored = set()
        for page in client.get_paginator("scan").paginate(TableName=name, ConsistentRead=True):
            stored |= {item["p"]["S"] for item in page["Items"]}
        assert stored == written
    finally:
        client.delete_table(TableName=name)
