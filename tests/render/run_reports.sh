#!/bin/sh
# run_reports.sh LATECOMER RENDER_JSON SRC_DIR: renders Markdown and HTML
# reports and checks each against the JSON result it came from
# (check_report.py: every finding, measure, subsidy, data gap, waiver and
# rule error appears; the document is well formed and escaped):
#   - every bundled profile (profiles/*.yaml) with the bundled rules;
#   - the test pack's profile that fills every section (tests/render/pack);
#   - all of them at once (one report of several profiles);
#   - hand-written results with every contract field (tests/render/data),
#     alone and together, through render_json.
# Each report is rendered twice and must be byte-identical.
set -u
bin=$1 render_json=$2 src=$3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$src" || exit 1
fail=0

# evaluate NAME OUT_FILE ARGS...: latecomer evaluate; 0, 1 (--fail-on) and 3
# (a rule failed: the result says which) still produce a full document.
evaluate() {
  name=$1 out=$2
  shift 2
  "$bin" evaluate "$@" >"$out" 2>"$tmp/stderr"
  rc=$?
  case $rc in
    0|1|3) ;;
    *) echo "$name: latecomer evaluate $* exited $rc"; cat "$tmp/stderr"; fail=1 ;;
  esac
}

# report NAME ARGS...: JSON, Markdown and HTML of the same evaluation, checked.
report() {
  name=$1
  shift
  evaluate "$name" "$tmp/$name.json" "$@"
  for fmt in markdown html; do
    evaluate "$name" "$tmp/$name.$fmt" -f "$fmt" "$@"
    evaluate "$name" "$tmp/$name.again.$fmt" -f "$fmt" "$@"
    if ! cmp -s "$tmp/$name.$fmt" "$tmp/$name.again.$fmt"; then
      echo "$name: two $fmt renderings differ"; fail=1
    fi
    python3 tests/render/check_report.py "$fmt" "$tmp/$name.$fmt" "$tmp/$name.json" || fail=1
  done
}

bundled=""
for p in profiles/*.yaml; do
  [ "$p" = profiles/schema.yaml ] && continue
  bundled="$bundled $p"
  report "$(basename "$p" .yaml)" "$p"
done
report test-pack -r tests/render/pack tests/render/profiles/full.yaml
# shellcheck disable=SC2086
report several $bundled tests/render/profiles/full.yaml

# the whole contract, through the renderer alone
python3 - tests/render/data/contract-full.json tests/render/data/contract-empty.json "$tmp/contract-both.json" <<'PY'
import json, sys
docs = [json.load(open(p)) for p in sys.argv[1:3]]
json.dump(docs, open(sys.argv[3], "w"))
PY
for doc in tests/render/data/contract-full.json tests/render/data/contract-empty.json "$tmp/contract-both.json"; do
  name=$(basename "$doc" .json)
  for fmt in markdown html; do
    if ! "$render_json" plugins "$fmt" "$doc" >"$tmp/$name.$fmt"; then
      echo "$name: render_json $fmt failed"; fail=1; continue
    fi
    python3 tests/render/check_report.py "$fmt" "$tmp/$name.$fmt" "$doc" || fail=1
  done
done

# a renderer error is reported with its file and line, and nothing is written
mkdir -p "$tmp/bad/renderers"
printf 'return {id = "bad", kind = "renderer", format = "bad", render = function(doc) return doc.nope.x end}\n' \
  >"$tmp/bad/renderers/bad.lua"
"$bin" evaluate -p "$tmp/bad" -f bad -o "$tmp/bad.out" profiles/xaa-2024.yaml 2>"$tmp/bad.err"
rc=$?
if [ $rc != 3 ] || [ -e "$tmp/bad.out" ] || ! grep -q 'renderers/bad.lua:1:' "$tmp/bad.err"; then
  echo "a failing renderer: expected exit 3, no output and file:line, got $rc:"; cat "$tmp/bad.err"; fail=1
fi
exit $fail
