#!/usr/bin/env bash
# Brings the Qt Linguist files translations/dynoscope_*.ts up to date with the
# texts of ui/ and app/ (lupdate). New texts arrive unfinished: translate them in
# Qt Linguist (linguist-qt6) or in the XML, then run
#     ctest --test-dir build/debug -R TranslationFilesTest --output-on-failure
# dynoscope_en.ts holds only the plural forms ("%n item(s)" -> "1 item", "2 items").
# Usage: tools/update-translations.sh [DIR]   (DIR holds the .ts files; default translations/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "${1:-$root/translations}" && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
# Without locations, a text that moves to another line leaves the files unchanged.
options=(-silent -locations none -no-obsolete -source-language en)
cd "$root"
before=$(mktemp)
trap 'rm -f "$before"' EXIT
for ts in "$dir"/dynoscope_*.ts; do
    language=$(basename "$ts" .ts)
    language=${language#dynoscope_}
    extra=()
    [ "$language" != en ] || extra=(-pluralonly)
    cp "$ts" "$before"
    "$lupdate" "${options[@]}" "${extra[@]}" -target-language "$language" ui app -ts "$ts"
    # A text whose context changed keeps its translation; lupdate then
    # rewrites the file in its own layout.
    updated=$(cksum <"$ts")
    python3 "$root/tools/reuse-translations.py" "$before" "$ts"
    [ "$(cksum <"$ts")" = "$updated" ] \
        || "$lupdate" "${options[@]}" "${extra[@]}" -target-language "$language" ui app -ts "$ts"
done
