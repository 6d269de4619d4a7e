"""Table operations through boto3: CreateTable, DescribeTable, ListTables
(with paging), UpdateTable, DeleteTable, and their errors."""
import pytest
from botocore.exceptions import ClientError

from conftest import create_table, unique_name


def error_of(excinfo):
    return excinfo.value.response["Error"]["Code"], excinfo.value.response["Error"]["Message"]


def test_create_describe_delete(client):
    name = create_table(client, unique_name())
    table = client.describe_table(TableName=name)["Table"]
    assert table["TableName"] == name
    assert table["TableStatus"] == "ACTIVE"
    assert table["KeySchema"] == [{"AttributeName": "p", "KeyType": "HASH"},
                                  {"AttributeName": "c", "KeyType": "RANGE"}]
    assert table["TableArn"] == f"arn:aws:dynamodb:us-east-1:000000000000:table/{name}"
    assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
    assert table["ItemCount"] == 0
    deleted = client.delete_table(TableName=name)["TableDescription"]
    assert deleted["TableName"] == name
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.describe_table(TableName=name)


def test_describe_missing_table(client):
    with pytest.raises(ClientError) as excinfo:
        client.describe_table(TableName="no_such_table")
    assert error_of(excinfo) == ("ResourceNotFoundException",
                                 "Requested resource not found: Table: no_such_table not found")


def test_create_existing_table_is_in_use(client, table):
    with pytest.raises(ClientError) as excinfo:
        create_table(client, table)
    code, message = error_of(excinfo)
    assert code == "ResourceInUseException"
    assert table in message


def test_create_table_validation(client):
    with pytest.raises(ClientError) as excinfo:
        client.create_table(TableName="bad_schema", AttributeDefinitions=[{"AttributeName": "p", "AttributeType": "S"}],
                            KeySchema=[{"AttributeName": "q", "KeyType": "HASH"}], BillingMode="PAY_PER_REQUEST")
    assert error_of(excinfo)[0] == "ValidationException"


def test_list_tables_pages(client):
    prefix = unique_name("page")
    names = sorted(create_table(client, f"{prefix}_{i}", range_key=None) for i in range(5))
    try:
        seen, start = [], None
        while True:
            args = {"Limit": 2}
            if start:
                args["ExclusiveStartTableName"] = start
            page = client.list_tables(**args)
            assert len(page["TableNames"]) <= 2
            seen += page["TableNames"]
            start = page.get("LastEvaluatedTableName")
            if not start:
                break
        assert seen == sorted(seen)
        assert [n for n in seen if n.startswith(prefix)] == names
        paginated = [n for p in client.get_paginator("list_tables").paginate(PaginationConfig={"PageSize": 3})
                     for n in p["TableNames"]]
        assert paginated == seen
    finally:
        for name in names:
            client.delete_table(TableName=name)


def test_update_table_billing_mode(client, table):
    description = client.update_table(
        TableName=table, BillingMode="PROVISIONED",
        ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 7})["TableDescription"]
    assert description["TableName"] == table
    client.get_waiter("table_exists").wait(TableName=table, WaiterConfig={"Delay": 1, "MaxAttempts": 30})
    throughput = client.describe_table(TableName=table)["Table"]["ProvisionedThroughput"]
    assert (throughput["ReadCapacityUnits"], throughput["WriteCapacityUnits"]) == (5, 7)


def test_update_missing_table(client):
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.update_table(TableName="no_such_table", BillingMode="PAY_PER_REQUEST")


def test_delete_missing_table(client):
    with pytest.raises(ClientError) as excinfo:
        client.delete_table(TableName="no_such_table")
    assert error_of(excinfo) == ("ResourceNotFoundException",
                                 "Requested resource not found: Table: no_such_table not found")
