#!/bin/sh
# check_doc.sh BINARY DOC: DOC must be exactly `BINARY schema --format
# markdown` (docs/profile-format.md is generated, never edited by hand).
set -u
bin=$1 doc=$2
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp"' EXIT
"$bin" schema --format markdown >"$tmp" || { echo "latecomer schema failed"; exit 1; }
if ! diff -u "$doc" "$tmp"; then
  echo "$doc is out of date (expected vs actual above); regenerate it:"
  echo "  latecomer schema --format markdown > docs/profile-format.md"
  exit 1
fi
echo "ok: $doc matches latecomer schema --format markdown"
