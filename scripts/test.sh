#!/usr/bin/env bash
# Installs what is missing, then builds and runs every test twice: a plain build and one
# with AddressSanitizer and UndefinedBehaviorSanitizer. Any failure stops with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

echo "== formatting (clang-format 14, the committed .clang-format)"
bash scripts/check-format.sh

export QT_QPA_PLATFORM=offscreen

echo "== plain build"
bash scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo

echo "== translations: lupdate finds no text that the .ts files lack"
# tst_translations checks what is in the .ts files; this checks that the sources add nothing.
# lupdate rewrites translations/*.ts; with them up to date that changes no byte. Compared
# before and after rather than with git, so that neither uncommitted work nor the ownership
# of a fresh clone run as root matters.
before=$(sha256sum translations/*.ts)
cmake --build build --target update_translations >/dev/null
if ! after=$(sha256sum translations/*.ts) || [ "$before" != "$after" ]; then
    echo "translations: the sources have texts these .ts files lack (or no longer use):" >&2
    diff <(echo "$before") <(echo "$after") | sed -n 's/^> [0-9a-f]*  /  /p' >&2 || true
    echo "Run 'cmake --build build --target update_translations', translate the new texts" \
        "(Qt Linguist, or the .ts files), and commit translations/." >&2
    exit 1
fi
echo "translations: the .ts files hold every text of the sources"

(cd build && ctest --output-on-failure -j "$(nproc)")

echo "== fuzzing first, so that ctest's summary closes the run"
CC=clang CXX=clang++ bash scripts/build.sh build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSWITCHBOARD_FUZZ=ON -DSWITCHBOARD_SANITIZE=ON
work=$(mktemp -d)
cp tests/fuzz/corpus/* "$work"/
build-fuzz/tests/fuzz/fuzz_link -max_total_time=60 -print_final_stats=1 "$work" 2>&1 | tail -n 6
rm -rf "$work"
echo "fuzzing: no crash in 60 s (frame decoder, link session, call processor, simulated controller)"
work=$(mktemp -d)
cp tests/fuzz/corpus-command/* "$work"/
build-fuzz/tests/fuzz/fuzz_command -max_total_time=30 -print_final_stats=1 "$work" 2>&1 | tail -n 6
rm -rf "$work"
echo "fuzzing: no crash in 30 s (bus command parser and executor)"

echo "== sanitized build (ASan + UBSan)"
bash scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DSWITCHBOARD_SANITIZE=ON \
    -DSWITCHBOARD_BENCHMARKS=OFF
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j "$(nproc)")

