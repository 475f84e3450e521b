#!/bin/sh
# measures_dot.sh BINARY SRC_DIR: `latecomer measures -f dot` must render with
# Graphviz (dot -Tsvg), with one SVG node per measure and one edge per
# prerequisite. Graphviz comes from scripts/setup.sh --test.
set -u
bin=$1 src=$2
if ! command -v dot >/dev/null 2>&1; then
  echo "graphviz is missing (expected the 'dot' command: run scripts/setup.sh --test)"
  exit 1
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$src" || exit 1
"$bin" measures --format dot >"$tmp/m.dot" || { echo "latecomer measures -f dot failed"; exit 1; }
"$bin" measures --format json >"$tmp/m.json" || exit 1
dot -Tsvg "$tmp/m.dot" >"$tmp/m.svg" 2>"$tmp/err" || { echo "dot -Tsvg failed:"; cat "$tmp/err"; exit 1; }
if [ -s "$tmp/err" ]; then echo "dot warned:"; cat "$tmp/err"; exit 1; fi
want_nodes=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["measures"]))' "$tmp/m.json")
want_edges=$(python3 -c 'import json,sys; print(sum(len(m["prerequisites"]) for m in json.load(open(sys.argv[1]))["measures"]))' "$tmp/m.json")
nodes=$(grep -c 'class="node"' "$tmp/m.svg")
edges=$(grep -c 'class="edge"' "$tmp/m.svg")
fail=0
[ "$nodes" = "$want_nodes" ] || { echo "svg has $nodes nodes (expected $want_nodes)"; fail=1; }
[ "$edges" = "$want_edges" ] || { echo "svg has $edges edges (expected $want_edges)"; fail=1; }
exit $fail
