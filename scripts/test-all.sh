#!/bin/sh
# test-all.sh: every test, the way CI runs it (.ci/run).
#  0. the C sources follow .clang-format (checked with the clang-format 14 of
#     Debian 12; another major version formats differently, so it only warns);
#  1. a warnings-as-errors build (-Wall -Wextra -Werror) and the whole suite;
#  2. the same suite again under AddressSanitizer + UndefinedBehaviorSanitizer,
#     where any leak is a failure;
#  3. a short libFuzzer run of the profile loader and validator (scripts/fuzz.sh).
# Build trees: build-ci/, build-asan/ and build-fuzz/ (all ignored by git).
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

echo "== C sources follow .clang-format"
if clang-format --version | grep -q "version 14\."; then
  git ls-files '*.c' '*.h' | xargs clang-format --dry-run --Werror
else
  echo "warning: $(clang-format --version): the style is pinned to clang-format 14; not checked" >&2
fi

echo "== build (-Werror) and test"
cmake -S . -B build-ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLATECOMER_WERROR=ON >/dev/null
cmake --build build-ci -j "$jobs"
ctest --test-dir build-ci --output-on-failure -j "$jobs"

echo "== build with ASan+UBSan and test"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DLATECOMER_WERROR=ON -DLATECOMER_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

echo "== fuzz the profile loader and validator for 30 s (clang, libFuzzer)"
sh scripts/fuzz.sh 30

echo "== all tests passed"
