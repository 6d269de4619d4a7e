#!/usr/bin/python3
"""Crash test of dynoscope-server on a database file.

Several client threads write concurrently (conditional PutItem, UpdateItem
ADD on per-thread counters, two-item TransactWriteItems) to a table with a
GSI and a NEW_AND_OLD_IMAGES stream; the server is killed with SIGKILL at a
random moment, the file is checked with PRAGMA integrity_check, the server is
restarted on it and the data is verified:
- every acknowledged write is there, every write refused with an error is not;
- a write whose answer was lost may or may not be there, but the two items of
  one transaction are both there or both absent, and a counter lies between
  its acknowledged and its attempted increments;
- a Scan of the GSI holds exactly the base items that carry its key;
- the stream has one record per committed change: an INSERT per item and,
  per counter, one record per increment, the last one's NewImage being the
  item as stored.

Usage: crash-test.py [--rounds N] [--threads N] [--seed N]
Environment: DYNOSCOPE_SERVER names the dynoscope-server binary.
"""
import argparse
import os
import random
import re
import selectors
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

TABLE = "crash"
INDEX = "byGroup"
GROUPS = 8
CLIENT_CONFIG = Config(retries={"total_max_attempts": 1}, connect_timeout=2, read_timeout=10,
                       max_pool_connections=4)

os.environ["AWS_CONFIG_FILE"] = os.devnull
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Server:
    def __init__(self, binary, database):
        self.proc = subprocess.Popen([binary, "--port", "0", "--db", database],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        selector = selectors.DefaultSelector()
        selector.register(self.proc.stdout, selectors.EVENT_READ)
        line = self.proc.stdout.readline() if selector.select(timeout=20) else ""
        selector.close()
        match = re.search(r"listening on (http://\S+)", line)
        if not match:
            self.proc.kill()
            raise Failure(f"server did not start: {line!r} {self.proc.stderr.read()!r}")
        self.url = match.group(1)

    def client(self, service="dynamodb"):
        return boto3.client(service, endpoint_url=self.url, region_name="us-east-1", aws_access_key_id="k",
                            aws_secret_access_key="s", config=CLIENT_CONFIG)

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.communicate()

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.communicate(timeout=30)
        return self.proc.returncode


class Ledger:
    """What the clients know about their writes. Each thread owns its slot, so
    no lock is needed while the threads run."""

    def __init__(self, threads):
        self.acked_items = set()      # item keys whose creation was acknowledged
        self.refused_items = set()    # item keys whose creation was refused with an error
        self.pairs = []               # (keyA, keyB) of every transaction attempted
        self.counter_low = [0] * threads   # acknowledged increments (at least this)
        self.counter_high = [0] * threads  # attempted increments (at most this)
        self.writes = [0] * threads        # acknowledged writes

    def merge(self, other):
        self.acked_items |= other.acked_items
        self.refused_items |= other.refused_items
        self.pairs += other.pairs


def worker(server, ledger, thread, seq_start, stop, rng):
    client = server.client()
    mine = Ledger(0)
    seq = seq_start
    group = {"S": f"g{thread % GROUPS}"}
    while not stop.is_set():
        seq += 1
        choice = rng.random()
        try:
            if choice < 0.5:
                key = f"put-{thread}-{seq}"
                try:
                    client.put_item(TableName=TABLE, Item={"p": {"S": key}, "g": {"S": f"g{seq % GROUPS}"},
                                                           "v": {"N": str(seq)}},
                                    ConditionExpression="attribute_not_exists(p)")
                    mine.acked_items.add(key)
                except ClientError:
                    mine.refused_items.add(key)
            elif choice < 0.8:
                ledger.counter_high[thread] += 1
                client.update_item(TableName=TABLE, Key={"p": {"S": f"counter-{thread}"}},
                                   UpdateExpression="ADD n :one SET g = :g",
                                   ExpressionAttributeValues={":one": {"N": "1"}, ":g": group})
                ledger.counter_low[thread] += 1
            else:
                a, b = f"txa-{thread}-{seq}", f"txb-{thread}-{seq}"
                mine.pairs.append((a, b))
                item = lambda key: {"Put": {"TableName": TABLE, "Item": {"p": {"S": key}, "g": group},
                                            "ConditionExpression": "attribute_not_exists(p)"}}
                try:
                    client.transact_write_items(TransactItems=[item(a), item(b)])
                    mine.acked_items |= {a, b}
                except ClientError:
                    mine.refused_items |= {a, b}
            ledger.writes[thread] += 1
        except BotoCoreError:
            break  # the server is gone: this write's fate is unknown
    return mine, seq


def scan_all(client, **extra):
    items, start = [], None
    while True:
        page = client.scan(TableName=TABLE, **extra, **({"ExclusiveStartKey": start} if start else {}))
        items += page["Items"]
        start = page.get("LastEvaluatedKey")
        if not start:
            return items


def stream_records(server, arn):
    streams = server.client("dynamodbstreams")
    records = []
    shards, start = [], None
    while True:
        page = streams.describe_stream(StreamArn=arn, **({"ExclusiveStartShardId": start} if start else {}))
        shards += page["StreamDescription"]["Shards"]
        start = page["StreamDescription"].get("LastEvaluatedShardId")
        if not start:
            break
    for shard in shards:
        iterator = streams.get_shard_iterator(StreamArn=arn, ShardId=shard["ShardId"],
                                              ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
        while iterator:
            page = streams.get_records(ShardIterator=iterator, Limit=1000)
            records += page["Records"]
            iterator = page.get("NextShardIterator")
            if not page["Records"]:
                break  # caught up with an open shard
    return records


def integrity_check(database):
    connection = sqlite3.connect(database)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()
    check(result == [("ok",)], f"integrity_check: {result}")


def verify(server, ledger, threads, arn):
    client = server.client()
    items = {item["p"]["S"]: item for item in scan_all(client, ConsistentRead=True)}
    missing = ledger.acked_items - items.keys()
    check(not missing, f"acknowledged writes missing: {sorted(missing)[:10]}")
    present = ledger.refused_items & items.keys()
    check(not present, f"refused writes present: {sorted(present)[:10]}")
    for a, b in ledger.pairs:
        check((a in items) == (b in items), f"half a transaction: {a} {a in items}, {b} {b in items}")
    for thread in range(threads):
        item = items.get(f"counter-{thread}")
        value = int(item["n"]["N"]) if item else 0
        check(ledger.counter_low[thread] <= value <= ledger.counter_high[thread],
              f"counter {thread} = {value}, expected {ledger.counter_low[thread]}..{ledger.counter_high[thread]}")
        # The uncertainty is resolved: the stored value is the truth from now on.
        ledger.counter_low[thread] = ledger.counter_high[thread] = value

    indexed = {item["p"]["S"]: item["g"]["S"] for item in scan_all(client, IndexName=INDEX)}
    expected = {key: item["g"]["S"] for key, item in items.items() if "g" in item}
    check(indexed == expected, f"GSI disagrees with the table: {len(indexed)} entries, {len(expected)} items, "
                               f"e.g. {sorted(set(indexed.items()) ^ set(expected.items()))[:5]}")

    changes = {}
    inserts = 0
    for record in stream_records(server, arn):
        key = record["dynamodb"]["Keys"]["p"]["S"]
        changes.setdefault(key, []).append(record)
        inserts += record["eventName"] == "INSERT"
    check(inserts == len(items), f"{inserts} INSERT records for {len(items)} items")
    for key, item in items.items():
        records = changes.get(key, [])
        check(records and records[0]["eventName"] == "INSERT", f"no INSERT record first for {key}")
        check(records[-1]["dynamodb"]["NewImage"] == item, f"last stream image of {key} differs from the item")
        if key.startswith("counter-"):
            check(len(records) == int(item["n"]["N"]), f"{len(records)} records for {key} = {item['n']['N']}")
        else:
            check(len(records) == 1, f"{len(records)} records for the single write of {key}")
    extra = changes.keys() - items.keys()
    check(not extra, f"stream records for items that do not exist: {sorted(extra)[:10]}")
    return len(items)


def create_table(server):
    client = server.client()
    client.create_table(
        TableName=TABLE, BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": "p", "AttributeType": "S"},
                              {"AttributeName": "g", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "p", "KeyType": "HASH"}],
        GlobalSecondaryIndexes=[{"IndexName": INDEX, "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                                 "Projection": {"ProjectionType": "KEYS_ONLY"}}],
        StreamSpecification={"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"})
    client.get_waiter("table_exists").wait(TableName=TABLE, WaiterConfig={"Delay": 1, "MaxAttempts": 30})
    return client.describe_table(TableName=TABLE)["Table"]["LatestStreamArn"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--max-load-seconds", type=float, default=2.0, help="longest load before a kill")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    binary = os.environ.get("DYNOSCOPE_SERVER")
    if not binary:
        sys.exit("DYNOSCOPE_SERVER must name the dynoscope-server binary")
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    print(f"crash test: {args.rounds} rounds, {args.threads} threads, seed {seed}", flush=True)

    ledger = Ledger(args.threads)
    next_seq = [0] * args.threads
    with tempfile.TemporaryDirectory(prefix="dynoscope-crash-") as directory:
        database = os.path.join(directory, "crash.db")
        server = Server(binary, database)
        try:
            arn = create_table(server)
            for round_number in range(1, args.rounds + 1):
                stop = threading.Event()
                results = [None] * args.threads

                def run(thread, worker_rng):
                    results[thread] = worker(server, ledger, thread, next_seq[thread], stop, worker_rng)

                workers = [threading.Thread(target=run, args=(t, random.Random(rng.random())))
                           for t in range(args.threads)]
                for w in workers:
                    w.start()
                time.sleep(rng.uniform(0.05, args.max_load_seconds))
                server.kill()
                stop.set()
                for w in workers:
                    w.join()
                for thread, (mine, seq) in enumerate(results):
                    ledger.merge(mine)
                    next_seq[thread] = seq
                integrity_check(database)
                server = Server(binary, database)
                items = verify(server, ledger, args.threads, arn)
                print(f"round {round_number}: killed after {sum(ledger.writes)} acknowledged writes in all, "
                      f"{items} items verified", flush=True)
            check(server.stop() == 0, "server did not stop cleanly")
        except BaseException:
            server.proc.kill()
            raise
    print(f"crash test passed: {args.rounds} rounds, {sum(ledger.writes)} acknowledged writes verified "
          f"(seed {seed})")


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        sys.exit(f"crash test FAILED: {failure}")
