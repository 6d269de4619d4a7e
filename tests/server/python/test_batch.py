"""Batch operations through boto3, including the resource's batch_writer.
Skipped while the engine does not implement them yet."""


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
