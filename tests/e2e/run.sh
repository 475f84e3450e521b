#!/bin/sh
# run.sh PROFILE EXPECT [LATECOMER]: the end-to-end check of a bundled profile.
# Evaluates PROFILE with LATECOMER (default: $LATECOMER, else `latecomer` on
# PATH) and checks the result document against EXPECT, one expectation a line
# (`#` starts a comment):
#   finding ID SEVERITY      a finding with this id and severity
#   no-finding ID            no finding with this id
#   measure ID phase N       the measure sits in phase N of the sequence
#   measure ID               the measure is somewhere in the sequence
#   no-measure ID            the measure is not in the sequence
#   gap FIELD                FIELD is listed in data_gaps
#   stage ID                 the result's stage id (`stage none`: no stage)
#   subsidy PROGRAM_ID CLASSIFICATION   the programme's WTO classification
# The run itself must succeed (exit 0, or 1 if --fail-on were set) with no rule
# errors. Every failing expectation is reported as EXPECT:LINE.
set -u
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: run.sh PROFILE EXPECT [LATECOMER]" >&2
  exit 2
fi
profile=$1 expect=$2
bin=${3:-${LATECOMER:-latecomer}}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
"$bin" evaluate "$profile" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -ne 0 ]; then
  echo "latecomer evaluate $profile exited $rc (expected 0)"
  cat "$tmp/err"
  exit 1
fi
python3 - "$tmp/out" "$expect" <<'PY'
import json, sys

result_path, expect_path = sys.argv[1], sys.argv[2]
with open(result_path) as f:
    doc = json.load(f)
findings = {f["id"]: f for f in doc.get("findings", [])}
phase_of = {}
for phase in doc.get("sequence", []):
    for m in phase.get("measures", []):
        phase_of[m["id"]] = phase["phase"]
gaps = {g["field"] for g in doc.get("data_gaps", [])}
subsidies = {s["id"]: s for s in doc.get("subsidies", [])}
stage = (doc.get("stage") or {}).get("id") or "none"

failures = []
checked = 0
def fail(lineno, text):
    failures.append("%s:%d: %s" % (expect_path, lineno, text))

with open(expect_path) as f:
    for lineno, raw in enumerate(f, 1):
        words = raw.split("#", 1)[0].split()
        if not words:
            continue
        checked += 1
        kind, args = words[0], words[1:]
        if kind == "finding" and len(args) == 2:
            got = findings.get(args[0])
            if not got:
                fail(lineno, "finding %s: expected, not emitted" % args[0])
            elif got["severity"] != args[1]:
                fail(lineno, "finding %s: severity expected %s, actual %s"
                     % (args[0], args[1], got["severity"]))
        elif kind == "no-finding" and len(args) == 1:
            if args[0] in findings:
                fail(lineno, "finding %s (%s): emitted, expected none"
                     % (args[0], findings[args[0]]["severity"]))
        elif kind == "measure" and len(args) == 3 and args[1] == "phase":
            got = phase_of.get(args[0])
            if got is None:
                fail(lineno, "measure %s: expected in phase %s, not in the sequence" % (args[0], args[2]))
            elif str(got) != args[2]:
                fail(lineno, "measure %s: phase expected %s, actual %d" % (args[0], args[2], got))
        elif kind == "measure" and len(args) == 1:
            if args[0] not in phase_of:
                fail(lineno, "measure %s: expected in the sequence, absent" % args[0])
        elif kind == "no-measure" and len(args) == 1:
            if args[0] in phase_of:
                fail(lineno, "measure %s: expected absent, in phase %d" % (args[0], phase_of[args[0]]))
        elif kind == "gap" and len(args) == 1:
            if args[0] not in gaps:
                fail(lineno, "data gap %s: expected, not reported" % args[0])
        elif kind == "stage" and len(args) == 1:
            if stage != args[0]:
                fail(lineno, "stage: expected %s, actual %s" % (args[0], stage))
        elif kind == "subsidy" and len(args) == 2:
            got = subsidies.get(args[0])
            if not got:
                fail(lineno, "subsidy %s: expected, not in the result" % args[0])
            elif got.get("classification") != args[1]:
                fail(lineno, "subsidy %s: classification expected %s, actual %s"
                     % (args[0], args[1], got.get("classification")))
        else:
            fail(lineno, "cannot read %r (expected finding ID SEVERITY, no-finding ID, "
                 "measure ID [phase N], no-measure ID, gap FIELD, stage ID or "
                 "subsidy PROGRAM_ID CLASSIFICATION)" % raw.strip())

for e in doc.get("errors", []):
    failures.append("%s: rule error: %s: %s: %s"
                    % (result_path, e.get("rule"), e.get("kind"), e.get("message")))
if checked == 0:
    failures.append("%s: no expectations (an empty check cannot fail)" % expect_path)
for line in failures:
    print(line)
if failures:
    print("--- findings: %s" % ", ".join("%s(%s)" % (k, v["severity"]) for k, v in sorted(findings.items())))
    print("--- sequence: %s" % ", ".join("%s@%d" % kv for kv in sorted(phase_of.items(), key=lambda kv: (kv[1], kv[0]))))
    sys.exit(1)
print("%s: %d expectations met" % (expect_path, checked))
PY
