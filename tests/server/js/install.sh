#!/usr/bin/env bash
# Installs the packages pinned by SOURCE/package-lock.json into DEST/node_modules,
# only when DEST does not hold that exact lock already, so test runs after the
# first need no network. Used by the server tests and the server benchmark.
# Usage: install.sh SOURCE DEST
set -euo pipefail
source_dir=$1
dest=$2
stamp="$dest/installed-package-lock.json"
if [ -d "$dest/node_modules" ] && cmp -s "$source_dir/package-lock.json" "$stamp"; then
    echo "npm packages of $source_dir already installed in $dest"
    exit 0
fi
mkdir -p "$dest"
rm -f "$stamp"
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$source_dir/.npmrc" "$dest/"
npm ci --prefix "$dest" --no-audit --no-fund --loglevel=error
cp "$source_dir/package-lock.json" "$stamp"
