#!/usr/bin/env bash
# The endpoint benchmark: dynoscope-server (in memory and on a file) against
# dynalite on the same GetItem, PutItem and Query workloads, plus the server's
# startup-to-first-answer time. Called by tests/bench/run-all.sh.
# Usage: run-bench.sh BUILD_DIR   (a Release build, with ServerLoadClient built)
set -euo pipefail
build=$(cd "${1:?usage: run-bench.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
modules="$build/npm-cache/bench"
"$here/../../server/js/install.sh" "$here/js" "$modules" >/dev/null
exec /usr/bin/python3 "$here/run_bench.py" \
    --server "$build/app/dynoscope-server" \
    --load-client "$build/tests/bench/server/ServerLoadClient" \
    --dynalite "$modules/node_modules/dynalite/cli.js"
