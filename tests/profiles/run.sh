#!/bin/sh
# run.sh BINARY TESTS_PROFILES_DIR CASE: one jq-style profile test.
#
# CASE is a path relative to tests/profiles (the runner works from there,
# so messages name files as invalid/NAME.yaml):
#   invalid/NAME.yaml  `latecomer check` exits 2, prints nothing on stdout,
#                      and prints exactly the lines of invalid/NAME.expected
#                      on stderr (every problem, sorted by position)
#   valid/NAME.yaml    exits 0, prints "valid/NAME.yaml: ok" on stdout, and
#                      on stderr exactly valid/NAME.expected (warnings) or
#                      nothing when there is no such file
#   NAME.args          optional, next to the case: options put before the
#                      file (limit overrides)
#   generated          the limits whose inputs are too big to commit: files
#                      of exactly and just over 4 MiB, strings of exactly
#                      and just over 64 KiB, built in a temporary directory
# On a mismatch it prints the expected and actual output as a diff.
set -u
bin=$1 dir=$2 case=$3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$dir" || exit 1
fail=0

# expect RC STDOUT_FILE STDERR_FILE -- ARGS...: run check, compare.
expect() {
  want_rc=$1 want_out=$2 want_err=$3
  shift 4
  "$bin" check "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ "$rc" != "$want_rc" ]; then
    echo "$*: exit code: expected $want_rc, got $rc"; fail=1
  fi
  if ! diff -u "$want_out" "$tmp/out" >"$tmp/diff"; then
    echo "$*: stdout differs (expected vs actual):"; cat "$tmp/diff"; fail=1
  fi
  if ! diff -u "$want_err" "$tmp/err" >"$tmp/diff"; then
    echo "$*: stderr differs (expected vs actual):"; cat "$tmp/diff"; fail=1
  fi
}

case_args() {
  args_file="${1%.yaml}.args"
  [ -f "$args_file" ] && cat "$args_file"
}

case $case in
invalid/*.yaml)
  expected="${case%.yaml}.expected"
  [ -f "$expected" ] || { echo "$case: no $expected"; exit 1; }
  : >"$tmp/empty"
  # shellcheck disable=SC2046
  expect 2 "$tmp/empty" "$expected" -- $(case_args "$case") "$case"
  ;;
valid/*.yaml)
  echo "$case: ok" >"$tmp/ok"
  expected="${case%.yaml}.expected"
  [ -f "$expected" ] || { : >"$tmp/none"; expected="$tmp/none"; }
  # shellcheck disable=SC2046
  expect 0 "$tmp/ok" "$expected" -- $(case_args "$case") "$case"
  ;;
generated)
  head='format: latecomer.profile/1
country: {iso3: XAA, name: X, year: 2024}
'
  # pad PATH with comment lines to exactly SIZE bytes
  pad_to() {
    printf '%s' "$head" >"$1"
    have=$(wc -c <"$1")
    awk -v n=$(($2 - have)) 'BEGIN { while (n > 0) { m = n > 64 ? 64 : n; s = "#"; for (i = 2; i < m; i++) s = s "x"; if (m > 1) s = s "\n"; printf "%s", s; n -= m } }' >>"$1"
  }
  : >"$tmp/none"
  pad_to "$tmp/max.yaml" 4194304
  echo "$tmp/max.yaml: ok" >"$tmp/ok"
  expect 0 "$tmp/ok" "$tmp/none" -- "$tmp/max.yaml"
  pad_to "$tmp/big.yaml" 4194305
  echo "$tmp/big.yaml: error: file is 4194305 bytes (expected at most 4194304 bytes)" >"$tmp/want"
  : >"$tmp/empty"
  expect 2 "$tmp/empty" "$tmp/want" -- "$tmp/big.yaml"
  # the same file passes once the limit is raised
  echo "$tmp/big.yaml: ok" >"$tmp/ok"
  expect 0 "$tmp/ok" "$tmp/none" -- --max-file-size 4194305 "$tmp/big.yaml"
  # a file near 4 MiB holding 2 million values and no alias is fine: the
  # value limit counts only what aliases add
  printf '%sx: [' "$head" >"$tmp/values.yaml"
  awk 'BEGIN { for (i = 0; i < 2090000; i++) printf "1,"; print "1]" }' >>"$tmp/values.yaml"
  echo "$tmp/values.yaml: ok" >"$tmp/ok"
  echo "$tmp/values.yaml:3:1: warning: unknown field 'x' (it is ignored)" >"$tmp/want"
  expect 0 "$tmp/ok" "$tmp/want" -- "$tmp/values.yaml"
  # strings: 65536 bytes pass, 65537 fail, with the position of the value
  long=$(awk 'BEGIN { s = "x"; while (length(s) < 65536) s = s s; print substr(s, 1, 65536) }')
  printf 'format: latecomer.profile/1\ncountry: {iso3: XAA, year: 2024, name: "%s"}\n' "$long" >"$tmp/str-max.yaml"
  echo "$tmp/str-max.yaml: ok" >"$tmp/ok"
  expect 0 "$tmp/ok" "$tmp/none" -- "$tmp/str-max.yaml"
  printf 'format: latecomer.profile/1\ncountry: {iso3: XAA, year: 2024, name: "%sy"}\n' "$long" >"$tmp/str-big.yaml"
  echo "$tmp/str-big.yaml:2:40: error: string of 65537 bytes is too long (expected at most 65536 bytes)" >"$tmp/want"
  expect 2 "$tmp/empty" "$tmp/want" -- "$tmp/str-big.yaml"
  ;;
*)
  echo "unknown case '$case' (expected invalid/NAME.yaml, valid/NAME.yaml or generated)"; exit 1
  ;;
esac
[ $fail = 0 ] && echo "ok: $case"
exit $fail
