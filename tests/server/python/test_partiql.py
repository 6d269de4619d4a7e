"""PartiQL through boto3: ExecuteStatement (each statement kind, parameters,
paging with Limit and NextToken, the errors boto3 sees),
BatchExecuteStatement and ExecuteTransaction."""
import pytest
from botocore.exceptions import ClientError


def key(p, c="1"):
    return {"p": {"S": p}, "c": {"S": c}}


def error_of(caught):
    return caught.value.response["Error"]["Code"], caught.value.response["Error"]["Message"]


def test_insert_select_update_delete(client, table, require):
    require("ExecuteStatement")
    client.execute_statement(Statement=f"INSERT INTO \"{table}\" VALUE {{'p': 'a', 'c': '1', 'n': 1, "
                                       f"'tags': <<'x'>>}}")
    items = client.execute_statement(Statement=f"SELECT * FROM \"{table}\" WHERE p = 'a' AND c = '1'")["Items"]
    assert items == [{"p": {"S": "a"}, "c": {"S": "1"}, "n": {"N": "1"}, "tags": {"SS": ["x"]}}]

    updated = client.execute_statement(
        Statement=f"UPDATE \"{table}\" SET n = n + ? REMOVE tags WHERE p = ? AND c = ? RETURNING ALL NEW *",
        Parameters=[{"N": "41"}, {"S": "a"}, {"S": "1"}])
    assert updated["Items"] == [{"p": {"S": "a"}, "c": {"S": "1"}, "n": {"N": "42"}}]
    assert client.get_item(TableName=table, Key=key("a"))["Item"]["n"] == {"N": "42"}

    assert client.execute_statement(Statement=f"DELETE FROM \"{table}\" WHERE p = 'a' AND c = '1'")["Items"] == []
    assert "Item" not in client.get_item(TableName=table, Key=key("a"))


def test_errors_boto3_sees(client, table, require):
    require("ExecuteStatement")
    client.put_item(TableName=table, Item={**key("a"), "n": {"N": "1"}})
    with pytest.raises(ClientError) as caught:
        client.execute_statement(Statement=f"INSERT INTO \"{table}\" VALUE {{'p': 'a', 'c': '1'}}")
    assert error_of(caught) == ("DuplicateItemException", "Duplicate primary key exists in table")

    with pytest.raises(client.exceptions.ConditionalCheckFailedException):
        client.execute_statement(Statement=f"UPDATE \"{table}\" SET n = 2 WHERE p = 'missing' AND c = '1'")

    with pytest.raises(ClientError) as caught:
        client.execute_statement(Statement=f"UPDATE \"{table}\" SET n = 2 WHERE p = 'a'")
    assert error_of(caught) == ("ValidationException",
                                "Where clause does not contain a mandatory equality on all key attributes")

    with pytest.raises(ClientError) as caught:
        client.execute_statement(Statement=f"SELECT * FROM \"{table}\" WHERE p = ?")
    assert error_of(caught) == ("ValidationException", "Number of parameters in request and statement don't match.")

    with pytest.raises(ClientError) as caught:
        client.execute_statement(Statement=f"SELEKT * FROM \"{table}\"")
    code, message = error_of(caught)
    assert code == "ValidationException"
    assert message.startswith("Statement wasn't well formed, can't be processed: ")

    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.execute_statement(Statement="SELECT * FROM \"no_such_table\"")


def test_paging_with_limit_and_next_token(client, table, require):
    require("ExecuteStatement")
    for i in range(7):
        client.put_item(TableName=table, Item={**key("a", f"{i:02d}"), "n": {"N": str(i)}})
    client.put_item(TableName=table, Item=key("b"))
    seen, pages, token = [], 0, None
    while True:
        extra = {"NextToken": token} if token else {}
        page = client.execute_statement(Statement=f"SELECT c FROM \"{table}\" WHERE p = ?",
                                        Parameters=[{"S": "a"}], Limit=3, **extra)
        seen += [item["c"]["S"] for item in page["Items"]]
        pages += 1
        token = page.get("NextToken")
        if not token:
            break
    assert seen == [f"{i:02d}" for i in range(7)]
    assert pages == 3

    first = client.execute_statement(Statement=f"SELECT * FROM \"{table}\" WHERE p = 'a'", Limit=2)
    with pytest.raises(ClientError) as caught:
        client.execute_statement(Statement=f"SELECT * FROM \"{table}\" WHERE p = 'b'", NextToken=first["NextToken"])
    assert error_of(caught) == ("ValidationException", "NextToken does not match request")


def test_order_by_and_scan(client, table, require):
    require("ExecuteStatement")
    for c in ("1", "2", "3"):
        client.put_item(TableName=table, Item={**key("a", c), "odd": {"BOOL": c != "2"}})
    descending = client.execute_statement(Statement=f"SELECT c FROM \"{table}\" WHERE p = 'a' ORDER BY c DESC")
    assert [item["c"]["S"] for item in descending["Items"]] == ["3", "2", "1"]
    scanned = client.execute_statement(Statement=f"SELECT c FROM \"{table}\" WHERE odd = true")
    assert sorted(item["c"]["S"] for item in scanned["Items"]) == ["1", "3"]
    client.put_item(TableName=table, Item=key("b", "9"))
    several = client.execute_statement(Statement=f"SELECT p, c FROM \"{table}\" WHERE p IN ['b', 'a'] AND c > '1'")
    assert [(item["p"]["S"], item["c"]["S"]) for item in several["Items"]] == [("b", "9"), ("a", "2"), ("a", "3")]


def test_batch_execute_statement(client, table, require):
    require("BatchExecuteStatement")
    client.put_item(TableName=table, Item={**key("a"), "n": {"N": "1"}})
    writes = client.batch_execute_statement(Statements=[
        {"Statement": f"INSERT INTO \"{table}\" VALUE {{'p': 'b', 'c': '1'}}"},
        {"Statement": f"INSERT INTO \"{table}\" VALUE {{'p': 'a', 'c': '1'}}"},
        {"Statement": f"UPDATE \"{table}\" SET n = n + 1 WHERE p = ? AND c = ?",
         "Parameters": [{"S": "a"}, {"S": "1"}]},
    ])["Responses"]
    assert "Error" not in writes[0]
    assert writes[1]["Error"]["Code"] == "DuplicateItem"
    assert "Error" not in writes[2]
    assert client.get_item(TableName=table, Key=key("a"))["Item"]["n"] == {"N": "2"}

    reads = client.batch_execute_statement(Statements=[
        {"Statement": f"SELECT n FROM \"{table}\" WHERE p = 'a' AND c = '1'"},
        {"Statement": f"SELECT * FROM \"{table}\" WHERE p = 'zz' AND c = '1'"},
        {"Statement": f"SELECT * FROM \"{table}\" WHERE p = 'a'"},
    ])["Responses"]
    assert reads[0]["Item"] == {"n": {"N": "2"}}
    assert "Item" not in reads[1] and "Error" not in reads[1]
    assert reads[2]["Error"] == {
        "Code": "ValidationError",
        "Message": "Select statements within BatchExecuteStatement must specify the primary key in the where clause."}


def test_execute_transaction(client, table, require):
    require("ExecuteTransaction")
    client.put_item(TableName=table, Item={**key("a"), "n": {"N": "10"}})
    client.execute_transaction(TransactStatements=[
        {"Statement": f"UPDATE \"{table}\" SET n = n - 5 WHERE p = 'a' AND c = '1' AND n >= 5"},
        {"Statement": f"INSERT INTO \"{table}\" VALUE {{'p': 'b', 'c': '1', 'n': 5}}"},
    ], ClientRequestToken="partiql-token-1")
    assert client.get_item(TableName=table, Key=key("a"))["Item"]["n"] == {"N": "5"}

    client.put_item(TableName=table, Item={**key("z"), "n": {"N": "1"}})
    with pytest.raises(client.exceptions.TransactionCanceledException) as caught:
        client.execute_transaction(TransactStatements=[
            {"Statement": f"UPDATE \"{table}\" SET n = 0 WHERE p = 'a' AND c = '1'"},
            {"Statement": f"INSERT INTO \"{table}\" VALUE {{'p': 'b', 'c': '1'}}"},
            {"Statement": f"EXISTS(SELECT * FROM \"{table}\" WHERE p = 'z' AND c = '1' AND n > 100)"},
        ])
    reasons = [reason["Code"] for reason in caught.value.response["CancellationReasons"]]
    assert reasons == ["None", "DuplicateItem", "ConditionalCheckFailed"]
    assert client.get_item(TableName=table, Key=key("a"))["Item"]["n"] == {"N": "5"}

    read = client.execute_transaction(TransactStatements=[
        {"Statement": f"SELECT n FROM \"{table}\" WHERE p = 'a' AND c = '1'"},
        {"Statement": f"SELECT n FROM \"{table}\" WHERE p = 'b' AND c = '1'"},
    ])
    assert [response["Item"]["n"]["N"] for response in read["Responses"]] == ["5", "5"]

    with pytest.raises(ClientError) as caught:
        client.execute_transaction(TransactStatements=[
            {"Statement": f"SELECT n FROM \"{table}\" WHERE p = 'a' AND c = '1'"},
            {"Statement": f"DELETE FROM \"{table}\" WHERE p = 'b' AND c = '1'"},
        ])
    assert error_of(caught) == ("ValidationException", "ExecuteTransaction API does not support both read and "
                                                       "write operations in the same request.")
