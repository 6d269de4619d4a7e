#!/usr/bin/env bash
# Builds the engine's libFuzzer targets with clang (ASan + UBSan) and fuzzes
# each for a bounded time from its checked-in seed corpus
# (tests/fuzz/corpus/<target>/), then prints the executions per target.
# Engine objects are compiled once into the build directory and shared by the
# targets. New inputs go to the build directory, never into the checked-in
# corpus; crashes are written to the current directory.
#
# Usage: tests/fuzz/run-fuzzers.sh [seconds-per-target=60] [target...]
#   targets: request item-codec expression (default: all)
# Environment: CXX (default clang++), FUZZ_BUILD_DIR (default build/fuzz), FUZZ_JOBS (default 2).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(request item-codec expression)
out="${FUZZ_BUILD_DIR:-$root/build/fuzz}"
cxx="${CXX:-clang++}"
flags=(-std=c++20 -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined
       -I "$root/engine" -I "$root/engine/include" -DDYNOSCOPE_VERSION=\"fuzz\")
mkdir -p "$out/objects"

engine_objects() {
    local newest_header sources source object stale
    # Engine objects (coverage-instrumented, not linked with libFuzzer's main),
    # rebuilt when their source or any engine header is newer.
    newest_header=$(find "$root/engine" -name '*.h' -newer "$out/objects/.stamp" 2>/dev/null | head -n 1 || true)
    [ -f "$out/objects/.stamp" ] || newest_header=all
    sources=$(cd "$root/engine" && find api model expr storage ops partiql streams ttl capacity -name '*.cpp' | sort)
    stale=()
    for source in $sources; do
        object="$out/objects/${source//\//_}.o"
        if [ -n "$newest_header" ] || [ ! -f "$object" ] || [ "$root/engine/$source" -nt "$object" ]; then
            stale+=("$source")
        fi
    done
    # Headers edited while compiling must still count as newer next time.
    touch "$out/objects/.stamp-next"
    if [ ${#stale[@]} -gt 0 ]; then
        echo "compiling ${#stale[@]} engine sources with $cxx"
        printf '%s\n' "${stale[@]}" | xargs -P "${FUZZ_JOBS:-2}" -I{} sh -c \
            'src="$1"; shift; obj=$(echo "$src" | tr / _); exec "$@" -c "'"$root"'/engine/$src" -o "'"$out"'/objects/$obj.o"' \
            _ {} "$cxx" "${flags[@]}" -fsanitize=fuzzer-no-link
    fi
    mv "$out/objects/.stamp-next" "$out/objects/.stamp"
}

build() { # name source engine-sources... (none: every engine object)
    local name="$1" source="$2"
    shift 2
    local inputs=("$@")
    if [ ${#inputs[@]} -eq 0 ]; then
        engine_objects
        inputs=("$out"/objects/*.o)
    fi
    "$cxx" "${flags[@]}" -fsanitize=fuzzer "$root/tests/fuzz/$source" "${inputs[@]}" \
        -lboost_json -lsqlite3 -lxxhash -lpthread -o "$out/$name-fuzzer"
}

model=("$root/engine/model/AttributeValue.cpp" "$root/engine/model/Base64.cpp" "$root/engine/model/ItemCodec.cpp"
       "$root/engine/model/ItemSize.cpp" "$root/engine/model/Number.cpp" "$root/engine/model/WireDecoder.cpp"
       "$root/engine/model/WireJson.cpp" "$root/engine/api/Error.cpp")

summary=()
for target in "${targets[@]}"; do
    case "$target" in
        request) build request RequestFuzzer.cpp; max_len=8192 ;;
        item-codec) build item-codec ItemCodecFuzzer.cpp "${model[@]}"; max_len=4096 ;;
        # -max_len: a little over DynamoDB's 4 KB expression limit, so the limit itself is fuzzed.
        expression) build expression ExpressionFuzzer.cpp "$root"/engine/expr/*.cpp "${model[@]}"; max_len=4200 ;;
        *) echo "unknown target: $target" >&2; exit 2 ;;
    esac
    mkdir -p "$out/corpus-$target"
    log="$out/$target.log"
    echo "== $target: fuzzing for ${seconds}s (log: $log)"
    status=0
    "$out/$target-fuzzer" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
        "$out/corpus-$target" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo "?")
    summary+=("$target: $runs executions in ${seconds}s, exit $status")
    if [ $status -ne 0 ]; then
        tail -n 40 "$log"
    fi
done
printf '%s\n' "${summary[@]}"
! printf '%s\n' "${summary[@]}" | grep -qv 'exit 0$'
