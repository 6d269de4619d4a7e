#!/usr/bin/env bash
# Builds the engine/expr libFuzzer target with clang (ASan + UBSan) straight
# from the sources it needs, then fuzzes it for a bounded time, starting from
# the checked-in seed corpus. New inputs go to the build directory, never into
# the checked-in corpus; crashes are written to the current directory.
#
# Usage: tests/fuzz/run-expression-fuzzer.sh [seconds=60] [libFuzzer options...]
# Environment: CXX (default clang++), FUZZ_BUILD_DIR (default build/fuzz).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
[ $# -gt 0 ] && shift
out="${FUZZ_BUILD_DIR:-$root/build/fuzz}"
mkdir -p "$out/corpus-expression"

"${CXX:-clang++}" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I "$root/engine" -I "$root/engine/include" \
    "$root/tests/fuzz/ExpressionFuzzer.cpp" "$root"/engine/expr/*.cpp \
    "$root/engine/model/AttributeValue.cpp" "$root/engine/model/Base64.cpp" "$root/engine/model/ItemSize.cpp" \
    "$root/engine/model/Number.cpp" "$root/engine/model/WireDecoder.cpp" "$root/engine/model/WireJson.cpp" \
    "$root/engine/api/Error.cpp" \
    -lboost_json -o "$out/expression-fuzzer"

# -max_len: a little over DynamoDB's 4 KB expression limit, so the limit itself is fuzzed.
exec "$out/expression-fuzzer" -max_total_time="$seconds" -max_len=4200 -timeout=10 "$@" \
    "$out/corpus-expression" "$root/tests/fuzz/corpus/expression"
