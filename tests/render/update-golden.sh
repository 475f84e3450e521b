#!/bin/sh
# update-golden.sh [BUILD_DIR]: rewrites tests/render/golden/ from the
# current renderers, rules and bundled profile with BUILD_DIR/latecomer
# (default: build). Review `git diff tests/render/golden` before committing.
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build}
cmake --build "$build" --target latecomer >/dev/null
exec sh tests/render/golden.sh update "$build/latecomer" .
