#!/bin/sh
# golden.sh check|update LATECOMER SRC_DIR: the Markdown and HTML reports of
# the bundled profile profiles/xaa-2024.yaml against tests/render/golden/.
# `update` rewrites the golden files (after a deliberate change to the
# renderers, the rules or the bundled profile: review the diff before
# committing it). tests/render/update-golden.sh is the short way.
set -u
mode=$1 bin=$2 src=$3
cd "$src" || exit 1
fail=0
for fmt in markdown html; do
  ext=$fmt
  [ "$fmt" = markdown ] && ext=md
  golden=tests/render/golden/xaa-2024.$ext
  out=$(mktemp) || exit 1
  "$bin" evaluate -f "$fmt" profiles/xaa-2024.yaml >"$out"
  rc=$?
  if [ $rc != 0 ]; then
    echo "latecomer evaluate -f $fmt exited $rc"; fail=1
  elif [ "$mode" = update ]; then
    cp "$out" "$golden" && echo "updated $golden"
  elif ! diff -u "$golden" "$out"; then
    echo "$golden differs (expected vs actual); if the change is intended: sh tests/render/update-golden.sh"
    fail=1
  fi
  rm -f "$out"
done
exit $fail
