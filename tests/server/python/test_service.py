"""Tags, limits and endpoints through boto3: TagResource, UntagResource,
ListTagsOfResource, DescribeLimits, DescribeEndpoints."""
import pytest


def table_arn(client, table):
    return client.describe_table(TableName=table)["Table"]["TableArn"]


def test_tag_untag_list(client, table):
    arn = table_arn(client, table)
    client.tag_resource(ResourceArn=arn, Tags=[{"Key": "team", "Value": "data"}, {"Key": "env", "Value": "dev"}])
    tags = client.list_tags_of_resource(ResourceArn=arn)["Tags"]
    assert sorted((t["Key"], t["Value"]) for t in tags) == [("env", "dev"), ("team", "data")]
    client.untag_resource(ResourceArn=arn, TagKeys=["env"])
    assert client.list_tags_of_resource(ResourceArn=arn)["Tags"] == [{"Key": "team", "Value": "data"}]


def test_tags_of_missing_table(client):
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.list_tags_of_resource(ResourceArn="arn:aws:dynamodb:us-east-1:000000000000:table/no_such_table")


def test_describe_limits(client):
    limits = client.describe_limits()
    for name in ("AccountMaxReadCapacityUnits", "AccountMaxWriteCapacityUnits", "TableMaxReadCapacityUnits",
                 "TableMaxWriteCapacityUnits"):
        assert limits[name] > 0


def test_describe_endpoints(client, server):
    endpoints = client.describe_endpoints()["Endpoints"]
    assert len(endpoints) == 1
    assert endpoints[0]["CachePeriodInMinutes"] > 0
    assert endpoints[0]["Address"]
