#!/usr/bin/env bash
# Installs, quietly, the Debian packages of the given groups of
# packaging/debian-packages.txt that are missing (build, run, test, bench).
# Uses apt-get, with sudo when not root. Does nothing when all are present.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
list="$here/debian-packages.txt"
groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(build run)

missing=()
section=""
while IFS= read -r line; do
    line=${line%%#*}
    line=$(echo "$line" | tr -d '[:space:]')
    [ -n "$line" ] || continue
    if [[ $line == \[*\] ]]; then
        section=${line:1:-1}
        continue
    fi
    wanted=0
    for g in "${groups[@]}"; do [ "$g" = "$section" ] && wanted=1; done
    [ $wanted = 1 ] || continue
    pkg=${line%%=*}
    if [[ $line == *=* ]]; then
        command -v "${line#*=}" >/dev/null 2>&1 && continue
    fi
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
done < "$list"

[ ${#missing[@]} -gt 0 ] || exit 0

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
echo "Installing missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# An old or absent package index makes installs fail: refresh it once.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
fi
