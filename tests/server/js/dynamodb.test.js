// dynoscope-server through the AWS SDK for JavaScript v3 (client-dynamodb and
// lib-dynamodb's document client), on node's built-in test runner. The server
// binary comes from $DYNOSCOPE_SERVER; the SDK from $NODE_PATH (install.sh).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const {
  DynamoDBClient, CreateTableCommand, DescribeTableCommand, DeleteTableCommand, ListTablesCommand,
  PutItemCommand, GetItemCommand, waitUntilTableExists,
} = require('@aws-sdk/client-dynamodb');
const NOT_YET_SUPPORTED = 'not supported by this Dynoscope build yet';
const {
  DynamoDBDocumentClient, PutCommand, GetCommand, UpdateCommand, DeleteCommand, paginateQuery,
} = require('@aws-sdk/lib-dynamodb');

const AUTH_KEY = 'AKIDJSTEST';
const AUTH_SECRET = 'js/test+secret';

// Starts a server on a free port and resolves once its startup line names the URL.
function startServer(...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.DYNOSCOPE_SERVER, ['--port', '0', '--in-memory', ...args],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`no startup line: ${output}`)); }, 10000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
  });
}

function stopServer(server) {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve(server.child.exitCode);
    server.child.on('exit', (code) => resolve(code));
    server.child.kill('SIGTERM');
  });
}

function makeClient(url, accessKeyId = 'anything', secretAccessKey = 'anything') {
  return new DynamoDBClient({ endpoint: url, region: 'us-east-1', maxAttempts: 1,
    credentials: { accessKeyId, secretAccessKey } });
}

let server;
let client;
let documents;
let tableCount = 0;

async function createTable() {
  const name = `js_${process.pid}_${tableCount++}`;
  await client.send(new CreateTableCommand({
    TableName: name, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'p', AttributeType: 'S' }, { AttributeName: 'c', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'p', KeyType: 'HASH' }, { AttributeName: 'c', KeyType: 'RANGE' }],
  }));
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: name });
  return name;
}

// While the engine refuses expressions ("... is not supported by this
// Dynoscope build yet"), tests that need them are skipped, and they run for
// real once expressions are wired in.
function expressionTest(name, body) {
  test(name, async (t) => {
    try {
      await body();
    } catch (error) {
      if (!error.message.includes(NOT_YET_SUPPORTED))
        throw error;
      t.skip(`needs expressions: ${error.message}`);
    }
  });
}

before(async () => {
  server = await startServer();
  client = makeClient(server.url);
  documents = DynamoDBDocumentClient.from(client);
});

after(async () => {
  client.destroy();
  assert.equal(await stopServer(server), 0);
});

test('creates, lists, describes and deletes a table', async () => {
  const name = await createTable();
  const { TableNames } = await client.send(new ListTablesCommand({}));
  assert.ok(TableNames.includes(name));
  const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
  assert.equal(Table.TableStatus, 'ACTIVE');
  assert.equal(Table.TableArn, `arn:aws:dynamodb:us-east-1:000000000000:table/${name}`);
  await client.send(new DeleteTableCommand({ TableName: name }));
});

test('missing tables are ResourceNotFoundException', async () => {
  await assert.rejects(client.send(new DescribeTableCommand({ TableName: 'no_such_table' })), (error) => {
    assert.equal(error.name, 'ResourceNotFoundException');
    assert.equal(error.message, 'Requested resource not found: Table: no_such_table not found');
    assert.equal(error.$metadata.httpStatusCode, 400);
    assert.match(error.$metadata.requestId, /^[0-9A-Z]{52}$/);
    return true;
  });
});

test('document client round-trips native values', async () => {
  const TableName = await createTable();
  const item = { p: 'a', c: 1, text: 'héllo', count: 42, ratio: 0.25, yes: true, nothing: null,
    list: ['x', 2, { deep: 'y' }], map: { nested: { value: 'z' } }, strings: new Set(['s1', 's2']) };
  await documents.send(new PutCommand({ TableName, Item: item }));
  const { Item } = await documents.send(new GetCommand({ TableName, Key: { p: 'a', c: 1 }, ConsistentRead: true }));
  assert.deepEqual(Item, item);
  await documents.send(new DeleteCommand({ TableName, Key: { p: 'a', c: 1 } }));
  assert.equal((await documents.send(new GetCommand({ TableName, Key: { p: 'a', c: 1 } }))).Item, undefined);
});

expressionTest('update expressions', async () => {
  const TableName = await createTable();
  await documents.send(new PutCommand({ TableName, Item: { p: 'u', c: 1, n: 1 } }));
  const { Attributes } = await documents.send(new UpdateCommand({
    TableName, Key: { p: 'u', c: 1 }, UpdateExpression: 'SET n = n + :one, label = :label',
    ExpressionAttributeValues: { ':one': 1, ':label': 'hi' }, ReturnValues: 'ALL_NEW' }));
  assert.deepEqual(Attributes, { p: 'u', c: 1, n: 2, label: 'hi' });
});

expressionTest('query pages through LastEvaluatedKey', async () => {
  const TableName = await createTable();
  for (let c = 0; c < 25; c++)
    await documents.send(new PutCommand({ TableName, Item: { p: 'q', c, v: `value ${c}` } }));
  const seen = [];
  const pages = paginateQuery({ client: documents, pageSize: 10 }, {
    TableName, KeyConditionExpression: 'p = :p', ExpressionAttributeValues: { ':p': 'q' } });
  let pageCount = 0;
  for await (const page of pages) {
    pageCount++;
    seen.push(...page.Items.map((item) => item.c));
  }
  assert.deepEqual(seen, [...Array(25).keys()]);
  assert.ok(pageCount >= 3);
});

expressionTest('a failed condition returns the item when asked', async () => {
  const TableName = await createTable();
  const Item = { p: { S: 'k' }, c: { N: '1' }, v: { S: 'old' } };
  await client.send(new PutItemCommand({ TableName, Item }));
  const error = await client.send(new PutItemCommand({
    TableName, Item: { p: { S: 'k' }, c: { N: '1' } }, ConditionExpression: 'attribute_not_exists(p)',
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' })).then(() => null, (failure) => failure);
  assert.ok(error, 'the put must fail');
  if (error.name !== 'ConditionalCheckFailedException')
    throw error;
  assert.equal(error.message, 'The conditional request failed');
  assert.deepEqual(error.Item, Item);
  const { Item: stored } = await client.send(new GetItemCommand({ TableName, Key: { p: { S: 'k' }, c: { N: '1' } } }));
  assert.deepEqual(stored, Item);
});

test('--auth accepts the right key and refuses others', async () => {
  const secured = await startServer('--auth', `${AUTH_KEY}:${AUTH_SECRET}`);
  const good = makeClient(secured.url, AUTH_KEY, AUTH_SECRET);
  const badSecret = makeClient(secured.url, AUTH_KEY, 'wrong');
  const badKey = makeClient(secured.url, 'AKIDUNKNOWN', AUTH_SECRET);
  try {
    assert.deepEqual((await good.send(new ListTablesCommand({}))).TableNames, []);
    await assert.rejects(badSecret.send(new ListTablesCommand({})), { name: 'InvalidSignatureException' });
    await assert.rejects(badKey.send(new ListTablesCommand({})), {
      name: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' });
  } finally {
    for (const c of [good, badSecret, badKey]) c.destroy();
    assert.equal(await stopServer(secured), 0);
  }
});
