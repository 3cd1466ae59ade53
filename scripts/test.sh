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
(cd build && ctest --output-on-failure -j "$(nproc)")

echo "== fuzzing first, so that ctest's summary closes the run"
CC=clang CXX=clang++ bash scripts/build.sh build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSWITCHBOARD_FUZZ=ON -DSWITCHBOARD_SANITIZE=ON
work=$(mktemp -d)
cp tests/fuzz/corpus/* "$work"/
build-fuzz/tests/fuzz/fuzz_link -max_total_time=60 -print_final_stats=1 "$work" 2>&1 | tail -n 6
rm -rf "$work"
echo "fuzzing: no crash in 60 s (frame decoder, link session, call processor, simulated controller)"

echo "== sanitized build (ASan + UBSan)"
bash scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DSWITCHBOARD_SANITIZE=ON \
    -DSWITCHBOARD_BENCHMARKS=OFF
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j "$(nproc)")

