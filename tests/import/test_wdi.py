#!/usr/bin/env python3
"""End-to-end test of `latecomer import wdi` on a generated WDI bulk file
(bench/gen_wdi.py: BOM, CRLF, quoted names with commas, empty cells; every
WDI code of the schema): the skeleton passes `latecomer check`, every filled
value is the file's value for the year or the latest earlier one, the
provenance says which, and bad requests exit 2 with a clear message.

    test_wdi.py LATECOMER SRC_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

BIN, SRC = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(SRC, "bench"))
import gen_wdi  # noqa: E402  (the generator's value() is the oracle)

sys.path.insert(0, os.path.join(SRC, "tests", "pylib"))
from lctest import Checks  # noqa: E402

T = Checks(BIN, SRC)
check = T.check


def run(args, stdin=None):
    return T.run(args, stdin, text=True)


def leaves(d, prefix=""):
    for k, v in d.items():
        path = "%s.%s" % (prefix, k) if prefix else str(k)
        if isinstance(v, dict) and "value" not in v:
            yield from leaves(v, path)
        else:
            yield path, v


tmp = tempfile.mkdtemp(prefix="lc-wdi-")
try:
    csv = os.path.join(tmp, "WDICSV.csv")
    subprocess.run([sys.executable, os.path.join(SRC, "bench", "gen_wdi.py"), csv,
                    "--countries", "30", "--indicators", "80", "--first", "1990", "--last", "2022"],
                   check=True)
    codes = gen_wdi.schema_codes()
    check("the schema maps fields to WDI codes", len(codes) > 0)
    for c, year in ((0, 2020), (4, 2022), (17, 1999), (29, 2010)):
        iso3 = gen_wdi.country_code(c)
        out = os.path.join(tmp, "%s-%d.yaml" % (iso3, year))
        rc, _, err = run(["import", "wdi", csv, "--country", iso3, "--year", str(year), "-o", out])
        check("%s %d: import exits 0" % (iso3, year), rc == 0, err)
        rc, _, err = run(["check", out])
        check("%s %d: the skeleton passes latecomer check" % (iso3, year), rc == 0, err)
        text = open(out, encoding="utf-8").read()
        doc = yaml.safe_load(text)
        check("%s %d: country block" % (iso3, year),
              doc["country"]["iso3"] == iso3 and doc["country"]["year"] == year and
              doc["country"]["name"] == "Synthetic economy %d, (not real)" % c, str(doc["country"]))
        filled = [(p, v) for p, v in leaves(doc) if isinstance(v, dict) and "code" in v]
        check("%s %d: some fields are filled" % (iso3, year), len(filled) > 0, text[:400])
        for path, v in filled:
            i = codes.index(v["code"])
            name = path.rsplit(".", 1)[-1]
            ok = v["source"] == "World Bank WDI (WDICSV.csv)" and v["year"] <= year
            if "_5y" not in name:
                want = gen_wdi.value(c, i, v["year"], v["code"])
                if name.endswith("_m"):
                    want = want / 1e6
                later = [y for y in range(v["year"] + 1, year + 1)
                         if gen_wdi.value(c, i, y, v["code"]) is not None]
                ok = ok and want is not None and abs(v["value"] - want) < 1e-9 * max(1, abs(want))
                ok = ok and not later  # it is the latest year with a value
                ok = ok and (("note" in v and "latest earlier year" in v["note"])
                             == (v["year"] != year) or name.endswith("_m"))
            check("%s %d: %s = the file's value" % (iso3, year, path), ok, str(v))
        check("%s %d: the advisor's to-do list is there" % (iso3, year),
              "# The commented lines are what an advisor still has to fill" in text and
              "\n# policies_in_place: (list)" in text)

    # stdin, and the same bytes as from the file
    rc, from_stdin, err = run(["import", "wdi", "-", "--country", "KOR", "--year", "2020", "-q"],
                              stdin=open(csv, "rb").read())
    rc2, from_file, _ = run(["import", "wdi", csv, "--country", "KOR", "--year", "2020", "-q"])
    check("stdin works like a file", rc == rc2 == 0 and
          from_stdin.split("\n", 2)[2].replace("(stdin)", "(WDICSV.csv)") ==
          from_file.split("\n", 2)[2], err)

    # failures: exit 2, a message, nothing written
    target = os.path.join(tmp, "keep.yaml")
    with open(target, "w") as f:
        f.write("previous\n")
    cases = [
        (["--country", "QQQ", "--year", "2020"], "country 'QQQ' is not in the file"),
        (["--country", "KRO", "--year", "2020"], "did you mean 'KOR'?"),
        (["--country", "KOR", "--year", "1980"], "year 1980 is before the file's first year"),
        (["--country", "KOREA", "--year", "2020"], "is not an ISO3 code"),
        (["--country", "KOR", "--year", "20x0"], "is not a year"),
        (["--country", "KOR"], "--year YYYY is required"),
    ]
    for extra, says in cases:
        rc, out, err = run(["import", "wdi", csv, "-o", target] + extra)
        check("exit 2 and '%s'" % says, rc == 2 and says in err and out == "" and
              open(target).read() == "previous\n", "rc %d: %s" % (rc, err))
    rc, out, err = run(["import", "wdi", os.path.join(tmp, "none.csv"), "--country", "KOR",
                        "--year", "2020"])
    check("a missing file exits 2", rc == 2 and "cannot read" in err, err)
    broken = os.path.join(tmp, "broken.csv")
    with open(broken, "w") as f:
        f.write('Country Name,Country Code,Indicator Name,Indicator Code,2020\n'
                'Korea,KOR,"never closed,NY.GNP.PCAP.CD,1\n')
    rc, out, err = run(["import", "wdi", broken, "--country", "KOR", "--year", "2020"])
    check("a malformed file names line and column", rc == 2 and
          "broken.csv:2:11: error: quoted field never closed" in err, err)
    left = sorted(os.listdir(tmp))
    check("no temporary file behind", not [f for f in left if ".tmp." in f], str(left))
finally:
    shutil.rmtree(tmp, ignore_errors=True)

T.finish()
