#!/bin/sh
# fuzz.sh [SECONDS]: builds the libFuzzer target for the load and validate
# stages with clang (ASan+UBSan) and fuzzes it for SECONDS (default 30) on
# one core, starting from the seed corpus, every input that ever crashed,
# and the profile tests. A crash, leak, timeout or out-of-memory fails the
# run; libFuzzer names the input it saved under build-fuzz/.
# Needs clang (scripts/setup.sh --test installs it). Build tree: build-fuzz/;
# the growing corpus: tests/fuzz/corpus-work/ (ignored by git).
set -eu
cd "$(dirname "$0")/.."
secs=${1:-30}
jobs=$(nproc 2>/dev/null || echo 2)
if ! command -v clang >/dev/null 2>&1; then
  echo "fuzz.sh: clang not found (run scripts/setup.sh --test)" >&2
  exit 1
fi
CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLATECOMER_FUZZ=ON \
  -DLATECOMER_TESTS=OFF >/dev/null
cmake --build build-fuzz -j "$jobs" --target fuzz_profile
mkdir -p tests/fuzz/corpus-work
log=build-fuzz/fuzz.log
status=0
build-fuzz/tests/fuzz/fuzz_profile -dict=tests/fuzz/profile.dict -max_total_time="$secs" \
  -timeout=10 -rss_limit_mb=1024 -print_final_stats=1 -artifact_prefix=build-fuzz/ \
  tests/fuzz/corpus-work tests/fuzz/corpus tests/fuzz/regressions \
  tests/profiles/valid tests/profiles/invalid >"$log" 2>&1 || status=$?
# the progress lines are many; show the rest (findings, final statistics)
grep -v '^#[0-9]' "$log" | grep -v '^INFO: ' || true
if [ "$status" != 0 ]; then
  echo "fuzz.sh: the fuzzer found a problem (exit $status); full log: $log" >&2
  exit 1
fi
echo "fuzz.sh: no finding in $secs s"
