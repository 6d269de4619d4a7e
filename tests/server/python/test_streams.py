"""DynamoDB Streams and Time to Live through boto3: a table with a stream,
writes, and their records read with GetRecords through every iterator type
(the `dynamodbstreams` client); TTL through update_time_to_live and
describe_time_to_live, and the server's background sweep deleting an expired
item with a REMOVE record by the DynamoDB service."""
import time

import boto3
import pytest
from botocore.exceptions import ClientError

from conftest import NO_RETRIES, REGION, create_table, unique_name


@pytest.fixture(scope="session")
def streams(server):
    return boto3.client("dynamodbstreams", endpoint_url=server.url, region_name=REGION,
                        aws_access_key_id="anything", aws_secret_access_key="anything", config=NO_RETRIES)


@pytest.fixture
def stream_table(client):
    name = create_table(client, unique_name(), StreamSpecification={
        "StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"})
    yield name
    try:
        client.delete_table(TableName=name)
    except client.exceptions.ResourceNotFoundException:
        pass


def error_of(excinfo):
    return excinfo.value.response["Error"]["Code"], excinfo.value.response["Error"]["Message"]


def only_shard(streams, arn):
    shards = streams.describe_stream(StreamArn=arn)["StreamDescription"]["Shards"]
    assert len(shards) == 1
    return shards[0]["ShardId"]


def test_stream_records_through_every_iterator_type(client, streams, stream_table):
    table = client.describe_table(TableName=stream_table)["Table"]
    assert table["StreamSpecification"] == {"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"}
    arn = table["LatestStreamArn"]
    assert arn == f"{table['TableArn']}/stream/{table['LatestStreamLabel']}"

    listed = streams.list_streams(TableName=stream_table)["Streams"]
    assert listed == [{"StreamArn": arn, "StreamLabel": table["LatestStreamLabel"], "TableName": stream_table}]
    description = streams.describe_stream(StreamArn=arn)["StreamDescription"]
    assert description["StreamStatus"] == "ENABLED"
    assert description["StreamViewType"] == "NEW_AND_OLD_IMAGES"
    assert description["KeySchema"] == table["KeySchema"]
    shard = only_shard(streams, arn)

    client.put_item(TableName=stream_table, Item={"p": {"S": "a"}, "c": {"S": "1"}, "v": {"N": "1"}})
    latest = streams.get_shard_iterator(StreamArn=arn, ShardId=shard, ShardIteratorType="LATEST")["ShardIterator"]
    client.update_item(TableName=stream_table, Key={"p": {"S": "a"}, "c": {"S": "1"}},
                       UpdateExpression="SET v = :v", ExpressionAttributeValues={":v": {"N": "2"}})
    client.delete_item(TableName=stream_table, Key={"p": {"S": "a"}, "c": {"S": "1"}})

    horizon = streams.get_shard_iterator(StreamArn=arn, ShardId=shard, ShardIteratorType="TRIM_HORIZON")
    page = streams.get_records(ShardIterator=horizon["ShardIterator"])
    records = page["Records"]
    assert [r["eventName"] for r in records] == ["INSERT", "MODIFY", "REMOVE"]
    insert, modify, remove = records
    assert insert["eventSource"] == "aws:dynamodb"
    assert insert["eventVersion"] == "1.1"
    assert insert["awsRegion"] == REGION
    assert insert["dynamodb"]["Keys"] == {"p": {"S": "a"}, "c": {"S": "1"}}
    assert insert["dynamodb"]["NewImage"] == {"p": {"S": "a"}, "c": {"S": "1"}, "v": {"N": "1"}}
    assert "OldImage" not in insert["dynamodb"]
    assert modify["dynamodb"]["OldImage"]["v"] == {"N": "1"}
    assert modify["dynamodb"]["NewImage"]["v"] == {"N": "2"}
    assert remove["dynamodb"]["OldImage"]["v"] == {"N": "2"}
    assert "NewImage" not in remove["dynamodb"]
    sequences = [r["dynamodb"]["SequenceNumber"] for r in records]
    assert sequences == sorted(sequences) and all(len(s) >= 21 for s in sequences)
    assert "NextShardIterator" in page

    assert [r["eventName"] for r in streams.get_records(ShardIterator=latest)["Records"]] == ["MODIFY", "REMOVE"]
    at = streams.get_shard_iterator(StreamArn=arn, ShardId=shard, ShardIteratorType="AT_SEQUENCE_NUMBER",
                                    SequenceNumber=sequences[1])["ShardIterator"]
    assert [r["eventName"] for r in streams.get_records(ShardIterator=at)["Records"]] == ["MODIFY", "REMOVE"]
    after = streams.get_shard_iterator(StreamArn=arn, ShardId=shard, ShardIteratorType="AFTER_SEQUENCE_NUMBER",
                                       SequenceNumber=sequences[1])["ShardIterator"]
    assert [r["eventName"] for r in streams.get_records(ShardIterator=after)["Records"]] == ["REMOVE"]
    limited = streams.get_records(ShardIterator=horizon["ShardIterator"], Limit=2)
    assert len(limited["Records"]) == 2
    assert len(streams.get_records(ShardIterator=limited["NextShardIterator"])["Records"]) == 1


def test_disabling_keeps_the_stream_readable(client, streams, stream_table):
    arn = client.describe_table(TableName=stream_table)["Table"]["LatestStreamArn"]
    client.put_item(TableName=stream_table, Item={"p": {"S": "a"}, "c": {"S": "1"}})
    updated = client.update_table(TableName=stream_table, StreamSpecification={"StreamEnabled": False})
    assert "StreamSpecification" not in updated["TableDescription"]
    description = streams.describe_stream(StreamArn=arn)["StreamDescription"]
    assert description["StreamStatus"] == "DISABLED"
    shard = description["Shards"][0]
    assert "EndingSequenceNumber" in shard["SequenceNumberRange"]
    iterator = streams.get_shard_iterator(StreamArn=arn, ShardId=shard["ShardId"],
                                          ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
    page = streams.get_records(ShardIterator=iterator)
    assert len(page["Records"]) == 1
    assert "NextShardIterator" not in page
    with pytest.raises(ClientError) as excinfo:
        client.update_table(TableName=stream_table, StreamSpecification={"StreamEnabled": False})
    assert error_of(excinfo) == ("ValidationException", f"Table has no stream to disable: TableName: {stream_table}")


def test_stream_errors(client, streams, stream_table):
    arn = client.describe_table(TableName=stream_table)["Table"]["LatestStreamArn"]
    with pytest.raises(ClientError) as excinfo:
        client.update_table(TableName=stream_table,
                            StreamSpecification={"StreamEnabled": True, "StreamViewType": "KEYS_ONLY"})
    assert error_of(excinfo) == ("ValidationException",
                                 f"Table already has an enabled stream: TableName: {stream_table}")
    missing = arn[:arn.index("/stream/")] + "/stream/2000-01-01T00:00:00.000"
    with pytest.raises(streams.exceptions.ResourceNotFoundException) as excinfo:
        streams.describe_stream(StreamArn=missing)
    assert error_of(excinfo)[1] == f"Requested resource not found: Stream: {missing} not found"
    with pytest.raises(streams.exceptions.ResourceNotFoundException) as excinfo:
        streams.get_shard_iterator(StreamArn=arn, ShardId="shardId-00000000000000000000-00000000",
                                   ShardIteratorType="LATEST")
    assert error_of(excinfo)[1] == "Requested resource not found: Shard does not exist"
    with pytest.raises(ClientError) as excinfo:
        streams.get_records(ShardIterator="not-an-iterator")
    assert error_of(excinfo) == ("ValidationException", "Invalid ShardIterator")


def test_time_to_live(client, streams, stream_table):
    assert client.describe_time_to_live(TableName=stream_table)["TimeToLiveDescription"] == {
        "TimeToLiveStatus": "DISABLED"}
    response = client.update_time_to_live(
        TableName=stream_table, TimeToLiveSpecification={"Enabled": True, "AttributeName": "expires"})
    assert response["TimeToLiveSpecification"] == {"AttributeName": "expires", "Enabled": True}
    assert client.describe_time_to_live(TableName=stream_table)["TimeToLiveDescription"] == {
        "AttributeName": "expires", "TimeToLiveStatus": "ENABLED"}
    with pytest.raises(ClientError) as excinfo:
        client.update_time_to_live(TableName=stream_table,
                                   TimeToLiveSpecification={"Enabled": True, "AttributeName": "expires"})
    assert error_of(excinfo) == ("ValidationException", "TimeToLive is already enabled")

    past = str(int(time.time()) - 60)
    client.put_item(TableName=stream_table, Item={"p": {"S": "old"}, "c": {"S": "1"}, "expires": {"N": past}})
    client.put_item(TableName=stream_table, Item={"p": {"S": "new"}, "c": {"S": "1"},
                                                  "expires": {"N": str(int(time.time()) + 3600)}})
    key = {"p": {"S": "old"}, "c": {"S": "1"}}
    deadline = time.time() + 20  # the server sweeps every 5 seconds
    while "Item" in client.get_item(TableName=stream_table, Key=key) and time.time() < deadline:
        time.sleep(0.2)
    assert "Item" not in client.get_item(TableName=stream_table, Key=key)
    assert "Item" in client.get_item(TableName=stream_table, Key={"p": {"S": "new"}, "c": {"S": "1"}})

    arn = client.describe_table(TableName=stream_table)["Table"]["LatestStreamArn"]
    shard = only_shard(streams, arn)
    iterator = streams.get_shard_iterator(StreamArn=arn, ShardId=shard,
                                          ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
    removed = [r for r in streams.get_records(ShardIterator=iterator)["Records"] if r["eventName"] == "REMOVE"]
    assert len(removed) == 1
    assert removed[0]["userIdentity"] == {"PrincipalId": "dynamodb.amazonaws.com", "Type": "Service"}
    assert removed[0]["dynamodb"]["OldImage"]["expires"] == {"N": past}

    client.update_time_to_live(TableName=stream_table,
                               TimeToLiveSpecification={"Enabled": False, "AttributeName": "expires"})
    assert client.describe_time_to_live(TableName=stream_table)["TimeToLiveDescription"] == {
        "TimeToLiveStatus": "DISABLED"}
