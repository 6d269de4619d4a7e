"""Query and Scan through boto3: key conditions, filters, paging through
LastEvaluatedKey (by hand and with boto3's paginators) and parallel scan."""
import pytest
from boto3.dynamodb.conditions import Attr, Key
from botocore.exceptions import ClientError

ITEMS_PER_PARTITION = 12


@pytest.fixture
def filled(dynamodb, table):
    t = dynamodb.Table(table)
    for p in ("a", "b", "c"):
        for i in range(ITEMS_PER_PARTITION):
            t.put_item(Item={"p": p, "c": f"{i:03d}", "n": i, "even": i % 2 == 0})
    return t


def test_query_returns_one_partition_in_sort_order(filled):
    items = filled.query(KeyConditionExpression=Key("p").eq("b"))["Items"]
    assert [i["c"] for i in items] == [f"{i:03d}" for i in range(ITEMS_PER_PARTITION)]
    assert {i["p"] for i in items} == {"b"}


def test_query_range_condition_and_reverse_order(filled):
    answer = filled.query(KeyConditionExpression=Key("p").eq("a") & Key("c").between("003", "006"),
                          ScanIndexForward=False)
    assert [i["c"] for i in answer["Items"]] == ["006", "005", "004", "003"]
    assert answer["Count"] == 4


def test_query_filter_counts_scanned_items(filled):
    answer = filled.query(KeyConditionExpression=Key("p").eq("a"), FilterExpression=Attr("even").eq(True))
    assert answer["Count"] == ITEMS_PER_PARTITION // 2
    assert answer["ScannedCount"] == ITEMS_PER_PARTITION


def test_query_pages_through_last_evaluated_key(filled):
    seen, start = [], None
    while True:
        args = {"KeyConditionExpression": Key("p").eq("c"), "Limit": 5}
        if start:
            args["ExclusiveStartKey"] = start
        page = filled.query(**args)
        assert len(page["Items"]) <= 5
        seen += [i["c"] for i in page["Items"]]
        start = page.get("LastEvaluatedKey")
        if not start:
            break
        assert set(start) == {"p", "c"}
    assert seen == [f"{i:03d}" for i in range(ITEMS_PER_PARTITION)]


def test_query_paginator(client, filled):
    pages = client.get_paginator("query").paginate(
        TableName=filled.name, KeyConditionExpression="p = :p", ExpressionAttributeValues={":p": {"S": "a"}},
        PaginationConfig={"PageSize": 4})
    assert sum(len(page["Items"]) for page in pages) == ITEMS_PER_PARTITION


def test_query_select_count(client, filled):
    answer = client.query(TableName=filled.name, KeyConditionExpression="p = :p",
                          ExpressionAttributeValues={":p": {"S": "a"}}, Select="COUNT")
    assert answer["Count"] == ITEMS_PER_PARTITION
    assert "Items" not in answer


def test_query_without_key_condition_is_invalid(client, filled):
    with pytest.raises(ClientError) as excinfo:
        client.query(TableName=filled.name, KeyConditionExpression="c = :c",
                     ExpressionAttributeValues={":c": {"S": "001"}})
    assert excinfo.value.response["Error"]["Code"] == "ValidationException"


def test_scan_pages_over_every_item(client, filled):
    keys = []
    for page in client.get_paginator("scan").paginate(TableName=filled.name, PaginationConfig={"PageSize": 7}):
        keys += [(i["p"]["S"], i["c"]["S"]) for i in page["Items"]]
    assert len(keys) == 3 * ITEMS_PER_PARTITION
    assert len(set(keys)) == len(keys)


def test_scan_filter(filled):
    answer = filled.scan(FilterExpression=Attr("n").gte(10))
    assert sorted((i["p"], int(i["n"])) for i in answer["Items"]) == [
        (p, n) for p in ("a", "b", "c") for n in range(10, ITEMS_PER_PARTITION)]


def test_parallel_scan_segments_partition_the_table(filled):
    total_segments = 4
    segments = []
    for segment in range(total_segments):
        keys, start = [], None
        while True:
            args = {"Segment": segment, "TotalSegments": total_segments, "Limit": 5}
            if start:
                args["ExclusiveStartKey"] = start
            page = filled.scan(**args)
            keys += [(i["p"], i["c"]) for i in page["Items"]]
            start = page.get("LastEvaluatedKey")
            if not start:
                break
        segments.append(set(keys))
    union = set().union(*segments)
    assert len(union) == 3 * ITEMS_PER_PARTITION
    assert sum(len(s) for s in segments) == len(union)


def test_scan_segment_out_of_range_is_invalid(client, table):
    with pytest.raises(ClientError) as excinfo:
        client.scan(TableName=table, Segment=4, TotalSegments=4)
    assert excinfo.value.response["Error"]["Code"] == "ValidationException"
