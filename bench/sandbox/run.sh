#!/bin/sh
# bench/sandbox/run.sh: what the Lua sandbox costs per rule call.
#
#   sh bench/sandbox/run.sh [--rules N] [--min-time S] [--json] [--build DIR]
#
# Builds bench_sandbox (Release, in build-bench/ unless --build names one)
# and runs it: a trivial rule called in a bare Lua state versus the same rule
# evaluated by the engine (fresh instance, environment, ctx and limits per
# call), and a computing rule with and without the count hook. Prints ns per
# rule call and the ratios, all from one run; --json for scripts.
set -eu
cd "$(dirname "$0")/../.."
build=build-bench
args=""
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --rules|--min-time) args="$args $1 $2"; shift 2 ;;
    --json) args="$args --json"; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "bench/sandbox/run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target bench_sandbox -j 2 >/dev/null
# shellcheck disable=SC2086
exec "$build/bench_sandbox" $args
