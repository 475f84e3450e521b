#!/usr/bin/env python3
"""Validates real outputs of `latecomer evaluate` against docs/result.schema.json.

Every bundled profile (profiles/*.yaml) is evaluated as json, as ndjson and
with --explain=full (the trace); generated profiles of every completeness
(bench/gen_profiles.py) and an invalid profile (its latecomer.error/1 line)
go through too. The schema must also reject documents that break the
contract, so this test can fail.

    test_result_schema.py LATECOMER SRC_DIR
"""
import copy
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema

BIN, SRC = sys.argv[1], sys.argv[2]
with open(os.path.join(SRC, "docs", "result.schema.json"), encoding="utf-8") as f:
    SCHEMA = json.load(f)
jsonschema.Draft202012Validator.check_schema(SCHEMA)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
sys.path.insert(0, os.path.join(SRC, "tests", "pylib"))
from lctest import Checks  # noqa: E402

T = Checks(BIN, SRC, quiet=True)
check = T.check


BRANCH = {
    fmt: jsonschema.Draft202012Validator({"$ref": "#/$defs/" + name, "$defs": SCHEMA["$defs"]})
    for fmt, name in (("latecomer.result/1", "result"), ("latecomer.error/1", "error_document"))
}


def errors_of(doc):
    """Why DOC fails the schema; the reasons come from the branch its format names, so they are
    specific (the schema's oneOf alone would only say 'no branch matched')."""
    if VALIDATOR.is_valid(doc):
        return []
    branch = BRANCH.get(doc.get("format") if isinstance(doc, dict) else None)
    if not branch:
        return ["format: %r is neither latecomer.result/1 nor latecomer.error/1"
                % (doc.get("format") if isinstance(doc, dict) else doc)]
    return ["%s: %s" % ("/".join(map(str, e.absolute_path)), e.message[:300])
            for e in branch.iter_errors(doc)]


def evaluate(args):
    p = subprocess.run([BIN, "evaluate"] + args, cwd=SRC, capture_output=True)
    if p.returncode not in (0, 1, 2, 3):
        raise SystemExit("latecomer evaluate %s: exit %d\n%s" % (args, p.returncode,
                                                               p.stderr.decode()))
    return p.stdout.decode()


def validate_all(label, docs):
    for i, d in enumerate(docs):
        errs = errors_of(d)
        check("%s #%d valid" % (label, i), not errs, "\n  ".join(errs[:5]))
    return docs


bundled = sorted(glob.glob(os.path.join(SRC, "profiles", "*.yaml")))
bundled = [p for p in bundled if os.path.basename(p) != "schema.yaml"]
check("there are bundled profiles", len(bundled) > 0)
rel = [os.path.relpath(p, SRC) for p in bundled]
results = []
for p in rel:
    results += validate_all("json " + p, [json.loads(evaluate(["-f", "json", p]))])
    results += validate_all("explain " + p,
                            [json.loads(evaluate(["-f", "json", "--explain=full", p]))])
results += validate_all("ndjson bundled",
                        [json.loads(l) for l in evaluate(["-f", "ndjson"] + rel).splitlines()])
many = json.loads(evaluate(["-f", "json"] + rel + rel))
check("several profiles print an array", isinstance(many, list) and len(many) == 2 * len(rel))
validate_all("json array", many)

tmp = tempfile.mkdtemp(prefix="lc-schema-")
try:
    subprocess.run([sys.executable, os.path.join(SRC, "bench", "gen_profiles.py"), "40", tmp,
                    "--seed", "3"], check=True)
    generated = sorted(glob.glob(os.path.join(tmp, "*.yaml")))
    validate_all("generated", [json.loads(l) for l in
                               evaluate(["-f", "ndjson"] + generated).splitlines()])
    validate_all("generated, traced", [json.loads(l) for l in evaluate(
        ["-f", "ndjson", "--explain=full"] + generated[::8]).splitlines()])
finally:
    shutil.rmtree(tmp, ignore_errors=True)

invalid = os.path.join("tests", "cli", "data", "invalid.yaml")
err_lines = [json.loads(l) for l in evaluate(["-f", "ndjson", invalid, "no/such.yaml"]).splitlines()]
validate_all("error lines", err_lines)
check("error lines are latecomer.error/1",
      [d["format"] for d in err_lines] == ["latecomer.error/1"] * 2)
failing = [json.loads(l) for l in evaluate(
    ["-f", "ndjson", "-r", "rules", "-r", "tests/cli/data/raising-pack", rel[0]]).splitlines()]
validate_all("result with a rule error", failing)
check("a rule error appears in errors", failing[0]["errors"][0]["kind"] == "runtime")

# The schema must reject what breaks the contract.
base = results[0]
with_finding = next((r for r in results if r["findings"]), None)
check("some bundled profile has a finding", with_finding is not None)


def mutated(doc, change):
    d = copy.deepcopy(doc)
    change(d)
    return d


breakers = {
    "wrong format": lambda d: d.update(format="latecomer.result/2"),
    "renamed top-level key": lambda d: d.update(data_gap=d.pop("data_gaps")),
    "missing errors": lambda d: d.pop("errors"),
    "year as text": lambda d: d["profile"].update(year="2024"),
    "bad as_of": lambda d: d["profile"].update(as_of="30/06/2025"),
    "unknown error kind": lambda d: d["errors"].append(
        {"rule": "r", "kind": "exploded", "message": "m", "file": None, "line": None}),
    "gap without needed_by": lambda d: d["data_gaps"].append({"field": "x", "why": None}),
    "bad subsidy class": lambda d: d["subsidies"].append(
        {"id": "P1", "name": None, "classification": "green", "articles": [], "sdt": None,
         "binding": True, "flags": [], "confidence": None, "notes": None}),
}
if with_finding:
    breakers.update({
        "bad severity": lambda d: d["findings"][0].update(severity="severe"),
    "bad rule status in the trace": lambda d: d.update(trace=[
        {"rule": "r", "stage": "evaluate", "status": "exploded"}]),
        "finding without evidence": lambda d: d["findings"][0].update(evidence=[]),
        "finding without source quote": lambda d: d["findings"][0]["source"].pop("quote"),
        "evidence position": lambda d: d["findings"][0]["evidence"][0].update(at="nowhere"),
    })
    base = with_finding
for name, change in breakers.items():
    check("schema rejects: " + name, bool(errors_of(mutated(base, change))))
err_doc = err_lines[0]
check("schema rejects an error line without errors",
      bool(errors_of(mutated(err_doc, lambda d: d.update(errors=[])))))
check("schema rejects an error line without column",
      bool(errors_of(mutated(err_doc, lambda d: d["errors"][0].pop("column")))))

T.finish()
