#!/usr/bin/env python3
"""gen_profiles.py: N synthetic country profiles of varied completeness.

Reads profiles/schema.yaml (the single source of truth for the format), so
the generated profiles follow the schema as it grows: every field the
schema has can appear, with a value of its type inside its bounds. Profile
k fills a share of the optional fields that runs from about 10% to 100%
across the batch, so rules see every mix of present and missing data.
Deterministic: the same --seed gives the same files.

    gen_profiles.py N OUTDIR [--seed S] [--ndjson FILE]

writes OUTDIR/p0001.yaml ... and, with --ndjson, the same profiles as one
JSON line each (the NDJSON input of `latecomer evaluate --input-format
ndjson`). Every value is synthetic; the ISO3 codes are in the ISO 3166
user-assigned range XAA-XZZ.
"""
import argparse
import json
import os
import random
import string
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "profiles", "schema.yaml")
CATALOGUE = os.path.join(HERE, "..", "rules", "measures.yaml")
# Fields whose text must be a measure id of the catalogue (the engine checks).
MEASURE_FIELDS = ("measure", "policies_in_place")
MEASURES = []

WORDS = ["textiles", "machinery", "electronics", "agro-processing", "chemicals", "autos",
         "footwear", "steel", "software", "logistics"]


def resolve(defn, shapes):
    """A field definition with its shape folded in."""
    if "shape" in defn:
        merged = dict(shapes[defn["shape"]])
        merged.update({k: v for k, v in defn.items() if k != "shape"})
        return merged
    return defn


def bounds(defn, lo, hi):
    mn = defn.get("min", lo)
    mx = defn.get("max", hi) if "max" in defn else hi
    if mx is None:  # `max: null` lifts the bound
        mx = max(hi, mn + 1) * 3
    if mn is None:
        mn = lo
    return mn, mx


def value(defn, shapes, rng, fill, depth, root):
    defn = resolve(defn, shapes)
    t = defn.get("type")
    if t in ("num", "pct"):
        mn, mx = bounds(defn, 0 if t == "pct" else -50, 100)
        return round(rng.uniform(mn, mx), 1)
    if t == "int":
        mn, mx = bounds(defn, 0, 100)
        return rng.randint(int(mn), int(mx))
    if t == "bool":
        return rng.random() < 0.5
    if t == "enum":
        return rng.choice(defn["values"])
    if t == "date":
        return "%04d-%02d-%02d" % (rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
    if t == "str":
        if "const" in defn:
            return defn["const"]
        if defn.get("_measure") and MEASURES:
            return rng.choice(MEASURES)
        return rng.choice(WORDS) + "-" + "".join(rng.choice(string.ascii_lowercase) for _ in range(4))
    if t == "list":
        item = dict(defn.get("item", {"type": "str"}))
        if defn.get("_measure"):
            item["_measure"] = True
        lo = defn.get("min_items", 0)
        hi = defn.get("max_items") or max(lo, 3)
        n = rng.randint(lo, hi)
        items = [value(item, shapes, rng, fill, depth + 1, root) for _ in range(n)]
        unique = defn.get("unique")
        if unique:
            if unique in MEASURE_FIELDS and MEASURES:
                distinct = rng.sample(MEASURES, min(len(items), len(MEASURES)))
            else:
                distinct = ["%s%d" % (unique[:1].upper(), i + 1) for i in range(len(items))]
            items = items[:len(distinct)]
            for it, key in zip(items, distinct):
                if isinstance(it, dict):
                    it[unique] = key
        return items
    if t == "map":
        return fields(defn.get("fields", {}), shapes, rng, fill, depth + 1, root)
    if t == "map_of":
        if depth > 0:
            return {}
        item = defn.get("item", {"type": "num"})
        out = {}
        for _ in range(rng.randint(0, 2)):
            key = rng.randint(1970, 2015) if defn.get("key") == "year" else rng.choice(WORDS)
            out[key] = value(item, shapes, rng, fill * 0.3, depth + 1, root)
        return out
    if t == "partial":  # an earlier observation: some of the root's fields again
        partial = {k: v for k, v in root.items()
                   if k not in ("format", "history", "country") and v.get("in_history", True)}
        return fields(partial, shapes, rng, fill, depth + 1, root, required=False)
    raise SystemExit("gen_profiles.py: unknown type %r in the schema" % t)


def fields(defs, shapes, rng, fill, depth, root, required=True):
    out = {}
    for name, defn in defs.items():
        d = resolve(defn, shapes)
        if name in MEASURE_FIELDS:
            d = dict(d, _measure=True)
        if (required and d.get("required")) or rng.random() < fill:
            v = value(d, shapes, rng, fill, depth, root)
            if v == {} and not d.get("required"):
                continue
            out[name] = v
    return out


def yaml_scalar(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return json.dumps(v, ensure_ascii=False)  # a double-quoted YAML string


def emit_yaml(obj, indent=0):
    """Block-style YAML, as an advisor would write it."""
    pad = "  " * indent
    lines = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                lines.append("%s%s:" % (pad, k))
                lines.extend(emit_yaml(v, indent + 1))
            elif isinstance(v, dict):
                lines.append("%s%s: {}" % (pad, k))
            elif isinstance(v, list):
                lines.append("%s%s: []" % (pad, k))
            else:
                lines.append("%s%s: %s" % (pad, k, yaml_scalar(v)))
    else:
        for v in obj:
            if isinstance(v, (dict, list)) and v:
                sub = emit_yaml(v, indent + 1)
                lines.append("%s- %s" % (pad, sub[0].lstrip()))
                lines.extend(sub[1:])
            else:
                lines.append("%s- %s" % (pad, yaml_scalar(v) if not isinstance(v, (dict, list))
                                         else ("{}" if isinstance(v, dict) else "[]")))
    return lines


def profile(k, n, schema, rng):
    shapes = schema.get("shapes", {})
    root = schema["fields"]
    fill = 0.1 + 0.9 * (k / max(n - 1, 1))
    p = fields(root, shapes, rng, fill, 0, root)
    p["format"] = "latecomer.profile/1"
    c = p["country"]
    c["iso3"] = "X" + string.ascii_uppercase[(k // 26) % 26] + string.ascii_uppercase[k % 26]
    c["name"] = "Synthetic %d (not a real country)" % (k + 1)
    c["year"] = rng.randint(1995, 2024)
    if "as_of" in c:
        c["as_of"] = "%04d-06-30" % c["year"]
    # sme_programs[].subsidy_id must name a subsidy_programs[].id (the validator checks)
    ids = [s["id"] for s in p.get("subsidy_programs", [])]
    for prog in p.get("sme_programs", []):
        if "subsidy_id" in prog:
            if ids:
                prog["subsidy_id"] = rng.choice(ids)
            else:
                del prog["subsidy_id"]
    ordered = {"format": p.pop("format"), "country": p.pop("country")}
    ordered.update(p)
    return ordered


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ndjson", help="also write every profile as one JSON line to this file")
    args = ap.parse_args()
    with open(SCHEMA, encoding="utf-8") as f:
        schema = yaml.safe_load(f)
    if os.path.exists(CATALOGUE):
        with open(CATALOGUE, encoding="utf-8") as f:
            MEASURES.extend(m["id"] for m in yaml.safe_load(f).get("measures", []))
    rng = random.Random(args.seed)
    os.makedirs(args.outdir, exist_ok=True)
    nd = open(args.ndjson, "w", encoding="utf-8") if args.ndjson else None
    for k in range(args.n):
        p = profile(k, args.n, schema, rng)
        path = os.path.join(args.outdir, "p%04d.yaml" % (k + 1))
        with open(path, "w", encoding="utf-8") as f:
            f.write("# synthetic profile %d of %d (bench/gen_profiles.py, seed %d)\n"
                    % (k + 1, args.n, args.seed))
            f.write("\n".join(emit_yaml(p)) + "\n")
        if nd:
            nd.write(json.dumps(p, ensure_ascii=False) + "\n")
    if nd:
        nd.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
