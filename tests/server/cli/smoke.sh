#!/usr/bin/env bash
# Smoke test of dynoscope-server through the AWS CLI: a table's whole life and
# an error, each step checked. The server runs on a free port, in memory, with
# dummy credentials and no AWS configuration read from the user's home.
# Usage: DYNOSCOPE_SERVER=path/to/dynoscope-server [AWS_CLI=/usr/bin/aws] smoke.sh
set -uo pipefail

server=${DYNOSCOPE_SERVER:?DYNOSCOPE_SERVER must name the dynoscope-server binary}
aws=${AWS_CLI:-/usr/bin/aws}
work=$(mktemp -d)
export AWS_ACCESS_KEY_ID=smoke AWS_SECRET_ACCESS_KEY=smoke AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_PAGER=""
export AWS_MAX_ATTEMPTS=1 AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_SESSION_TOKEN

"$server" --port 0 --in-memory >"$work/out" 2>"$work/err" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 200); do
    grep -q "listening on" "$work/out" && break
    kill -0 $pid 2>/dev/null || { echo "dynoscope-server exited:"; cat "$work/err"; exit 1; }
    sleep 0.05
done
url=$(grep -o 'http://[^ ]*' "$work/out") || { echo "dynoscope-server did not start"; exit 1; }

passed=0
failed=0
skipped=0
ddb() { "$aws" dynamodb --endpoint-url "$url" "$@"; }
# expect NAME EXPECTED COMMAND...: the command's trimmed output must equal
# EXPECTED. While the engine refuses expressions ("... is not supported by this
# Dynoscope build yet"), a step that needs one is skipped.
expect() {
    local name=$1 expected=$2 actual
    shift 2
    actual=$("$@" 2>"$work/stderr")
    if grep -q "not supported by this Dynoscope build yet" "$work/stderr"; then
        echo "ok - $name # SKIP needs expressions"
        skipped=$((skipped + 1))
    elif [ "$actual" = "$expected" ]; then
        echo "ok - $name"
        passed=$((passed + 1))
    else
        echo "not ok - $name: expected '$expected', got '$actual' $(cat "$work/stderr")"
        failed=$((failed + 1))
    fi
}

key='{"p":{"S":"a"},"c":{"S":"1"}}'
expect "create-table" "smoke" ddb create-table --table-name smoke --billing-mode PAY_PER_REQUEST \
    --attribute-definitions AttributeName=p,AttributeType=S AttributeName=c,AttributeType=S \
    --key-schema AttributeName=p,KeyType=HASH AttributeName=c,KeyType=RANGE \
    --query TableDescription.TableName --output text
expect "wait table-exists" "" ddb wait table-exists --table-name smoke
expect "describe-table" "ACTIVE" ddb describe-table --table-name smoke --query Table.TableStatus --output text
expect "list-tables" "smoke" ddb list-tables --query 'TableNames[?@==`smoke`] | [0]' --output text
expect "put-item" "" ddb put-item --table-name smoke --item '{"p":{"S":"a"},"c":{"S":"1"},"v":{"N":"42"}}'
expect "put-item 2" "" ddb put-item --table-name smoke --item '{"p":{"S":"a"},"c":{"S":"2"},"v":{"N":"7"}}'
expect "get-item" "42" ddb get-item --table-name smoke --key "$key" --query Item.v.N --output text
expect "query" "2" ddb query --table-name smoke --key-condition-expression 'p = :p' \
    --expression-attribute-values '{":p":{"S":"a"}}' --query Count --output text
expect "scan paginated by the CLI" "2" ddb scan --table-name smoke --page-size 1 --query 'length(Items)' --output json
expect "delete-item" "" ddb delete-item --table-name smoke --key "$key"
expect "get-item after delete" "None" ddb get-item --table-name smoke --key "$key" --query Item --output text
expect "describe missing table fails" "254" bash -c \
    "'$aws' dynamodb --endpoint-url '$url' describe-table --table-name nope >/dev/null 2>'$work/missing'; echo \$?"
expect "error names ResourceNotFoundException" "1" grep -c "ResourceNotFoundException" "$work/missing"
expect "delete-table" "smoke" ddb delete-table --table-name smoke --query TableDescription.TableName --output text

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
