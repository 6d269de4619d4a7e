#!/usr/bin/env bash
# Runs every benchmark of a Release build tree and prints their figures.
set -euo pipefail
build=${1:?usage: run-all.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
echo "== Engine (in-process)"
"$build/tests/bench/engine/EngineBench"
echo
echo "== Item grid"
"$build/tests/bench/ui/ItemGridBench"
if [ -x "$here/server/run-bench.sh" ]; then
    echo
    echo "== Endpoint (HTTP) vs dynalite"
    "$here/server/run-bench.sh" "$build"
fi
