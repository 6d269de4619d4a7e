#!/usr/bin/env bash
# Renders the screenshots of docs/screenshots under Xvfb from the demo data.
# Usage: tools/take-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/debug}
cmake --build "$build" --target dynoscope-screenshots >/dev/null
XDG_CONFIG_HOME=$(mktemp -d) QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1400x900x24" "$build/tests/ui/dynoscope-screenshots" docs/screenshots
