#!/usr/bin/env bash
# Packaging test: builds the Debian package from an already built tree with cpack, unpacks it into a
# scratch root (no installation, no root), runs both executables from it and validates its metadata.
# Usage: check-package.sh BUILD_DIR VERSION
set -euo pipefail

build=$1
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB"; }
debs=("$scratch"/out/dynoscope_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "no dynoscope_${version}_*.deb in cpack's output"
deb=${debs[0]}

# Control fields: shlibdeps found the linked libraries, and the plugin dependencies were added.
info=$(dpkg-deb -I "$deb")
depends=$(grep '^ Depends:' <<<"$info") || fail "no Depends line"
for pkg in libqt6core6 libqt6widgets6 libqt6network6 libqscintilla2-qt6-15 libsqlite3-0 libxxhash0 \
           libboost-json1.81.0 libstdc++6 qt6-qpa-plugins libqt6svg6 libssl3; do
    grep -q "\b$pkg\b" <<<"$depends" || fail "Depends lacks $pkg: $depends"
done
grep -q "^ Version: $version\$" <<<"$info" || fail "wrong Version in: $info"

root=$scratch/root
dpkg -x "$deb" "$root"

# The unpacked executables use the system's libraries, so they run from the scratch root.
[ "$("$root/usr/bin/dynoscope" --version)" = "Dynoscope $version" ] || fail "dynoscope --version"
[ "$("$root/usr/bin/dynoscope-server" --version)" = "dynoscope-server $version" ] \
    || fail "dynoscope-server --version"

id=io.github.dynoscope.Dynoscope
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
metainfo=$root/usr/share/metainfo/$id.metainfo.xml
appstreamcli validate --no-net "$metainfo" >"$scratch/appstream.log" 2>&1 \
    || { cat "$scratch/appstream.log" >&2; fail "appstreamcli validate"; }
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"

icons=$root/usr/share/icons/hicolor
[ -f "$icons/scalable/apps/$id.svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256; do
    png=$icons/${size}x${size}/apps/$id.png
    [ -f "$png" ] || fail "no ${size}x${size} icon"
    # Bytes 16..23 of a PNG are its width and height, big-endian.
    [ "$(od --endian=big -An -tu4 -j16 -N8 "$png" | xargs)" = "$size $size" ] || fail "$png is not ${size}x${size}"
done

for page in dynoscope dynoscope-server; do
    man=$root/usr/share/man/man1/$page.1.gz
    [ -f "$man" ] || fail "no man page $page.1.gz"
    warnings=$(zcat "$man" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1)
    [ -z "$warnings" ] || fail "groff warnings in $page.1: $warnings"
done

[ -f "$root/usr/share/doc/dynoscope/user-guide/README.md" ] || fail "no user guide"
echo "PASS: $(basename "$deb")"
