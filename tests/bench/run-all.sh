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
echo
echo "== Partition heatmap"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/tests/bench/ui/HeatmapBench"
if [ -x "$here/server/run-bench.sh" ]; then
    echo
    echo "== Endpoint (HTTP) vs dynalite"
    "$here/server/run-bench.sh" "$build"
fi
echo
echo "== Crash test (SIGKILL under concurrent writes, 50 rounds)"
DYNOSCOPE_SERVER="$build/app/dynoscope-server" /usr/bin/python3 "$here/../reliability/crash-test.py" --rounds 50 --threads 8
