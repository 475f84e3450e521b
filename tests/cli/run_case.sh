#!/bin/sh
# run_case.sh BINARY SRC_DIR CASE_DIR: one data-driven CLI test (jq style).
# A case is a folder holding:
#   args              the arguments, one shell line, run from SRC_DIR
#   rc                expected exit code (default 0)
#   stdout, stderr    expected output, exactly (optional)
#   stdout_has, stderr_has   lines each of which must appear (optional)
#   stdout_is_json    present: stdout must parse as JSON (python3)
#   stdin             fed to the command (optional; default /dev/null)
set -u
bin=$1 src=$2 case=$3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
args=$(cat "$case/args")
input=/dev/null
[ -f "$case/stdin" ] && input="$case/stdin"
cd "$src" || exit 1
# shellcheck disable=SC2086
export TMP="$tmp"
eval "set -- $args"
"$bin" "$@" <"$input" >"$tmp/out" 2>"$tmp/err"
rc=$?
want_rc=0
[ -f "$case/rc" ] && want_rc=$(cat "$case/rc")
fail=0
if [ "$rc" != "$want_rc" ]; then
  echo "exit code: expected $want_rc, got $rc"; fail=1
fi
for s in stdout stderr; do
  got=$tmp/out; [ $s = stderr ] && got=$tmp/err
  if [ -f "$case/$s" ] && ! diff -u "$case/$s" "$got" >"$tmp/diff"; then
    echo "$s differs (expected vs actual):"; cat "$tmp/diff"; fail=1
  fi
  if [ -f "$case/${s}_has" ]; then
    while IFS= read -r line; do
      [ -z "$line" ] && continue
      if ! grep -qF -- "$line" "$got"; then
        echo "$s lacks: $line"; fail=1
      fi
    done <"$case/${s}_has"
  fi
done
if [ -f "$case/stdout_is_json" ] && ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/out"; then
  echo "stdout is not valid JSON"; fail=1
fi
if [ $fail = 1 ]; then
  echo "--- stdout ---"; head -c 4000 "$tmp/out"; echo "--- stderr ---"; head -c 4000 "$tmp/err"
fi
exit $fail
