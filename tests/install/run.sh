#!/bin/sh
# run.sh BUILD_DIR SRC_DIR: `cmake --install` into a scratch prefix, then the
# installed binary must find its own rule pack and plugins from anywhere,
# even with the source tree's rules/ out of reach.
set -eu
build=$1 src=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/latecomer"
test -f "$prefix/share/latecomer/rules/measures.yaml"
test -d "$prefix/share/latecomer/plugins/indicators"
cp "$src/profiles/xaa-2024.yaml" "$prefix/p.yaml"
cd "$prefix"
out=$(env -u LATECOMER_HOME "$prefix/bin/latecomer" evaluate p.yaml)
echo "$out" | grep -q '"rule": "sme_credit_guarantee_first"'
echo "$out" | grep -q '"id": "catch_up"'
echo "installed binary works"
