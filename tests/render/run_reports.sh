#!/bin/sh
# run_reports.sh LATECOMER RENDER_JSON SRC_DIR: renders Markdown and HTML
# reports and checks each against the JSON result it came from
# (check_report.py: every finding, measure, subsidy, data gap, waiver and
# rule error appears; the document is well formed and escaped):
#   - every bundled profile (profiles/*.yaml) with the bundled rules;
#   - the test pack's profile that fills every section (tests/render/pack);
#   - all of them at once (one report of several profiles);
#   - hand-written results with every contract field (tests/render/data),
#     alone and together, and a large one, through render_json.
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
# a large result: 300 findings in every area, 136 measures in five phases,
# 60 programmes, 150 data gaps (sizes the full rule pack can reach)
python3 - tests/render/data/contract-full.json "$tmp/large.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
sev = ["critical", "warning", "advice", "info"]
areas = ["stage", "macro", "trade", "hci", "ind", "fin", "comp", "fdi", "tech", "gvc", "st", "sme", "venture",
         "subcon", "diffusion", "ric", "cluster", "gov", "wto", "custom"]
ids = ["measure_%03d" % i for i in range(136)]
doc["findings"] = sorted(({"id": "finding_%03d" % i, "rule": "%s_rule_%02d" % (areas[i % len(areas)], i % 40),
                           "severity": sev[i % 4], "title": "Finding %d" % i, "message": "Message %d." % i,
                           "evidence": [{"field": "sme.field_%d" % k, "value": k + 0.5, "op": ">", "threshold": 3,
                                         "at": "p.yaml:%d:3" % (k + 1)} for k in range(3)],
                           "source": {"chapter": 2, "section": "S", "table": None, "footnote": None, "quote": "q %d" % i,
                                      "lines": "L1"}, "measures": [ids[i % 136]]} for i in range(300)),
                         key=lambda f: (sev.index(f["severity"]), f["rule"], f["id"]))
doc["sequence"] = [{"phase": p + 1, "measures": [
    {"id": ids[p * 28 + j], "title": "Measure %d with a long enough title to wrap" % (p * 28 + j),
     "horizon": ["short", "medium", "long"][j % 3], "because": ["finding_%03d" % (p * 28 + j)],
     "requires": [ids[(p - 1) * 28 + j]] if p else [], "prerequisite_for": [], "added_as_prerequisite": j % 5 == 0,
     "deferred_for_stage": False, "blocked_by_waiver": []} for j in range(28) if p * 28 + j < 136]} for p in range(5)]
doc["subsidies"] = [dict(doc["subsidies"][i % len(doc["subsidies"])], id="P%d" % i) for i in range(60)]
doc["data_gaps"] = [{"field": "sme.gap_%03d" % i, "needed_by": ["sme_rule_%02d" % k for k in range(i % 6 + 1)],
                     "why": None} for i in range(150)]
json.dump(doc, open(sys.argv[2], "w"))
PY
for doc in tests/render/data/contract-full.json tests/render/data/contract-empty.json "$tmp/contract-both.json" \
    "$tmp/large.json"; do
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
