#!/usr/bin/env python3
"""gen_wdi.py: a synthetic World Bank WDI bulk CSV of any size.

Same layout as the real file (WDICSV.csv / WDIData.csv): a header
`Country Name,Country Code,Indicator Name,Indicator Code,1960,...,2023,`,
then one row per country and indicator, quoted names with commas, empty
cells, CRLF line ends and a byte-order mark (--plain drops both). The
indicators include every WDI code profiles/schema.yaml maps to a field,
then filler codes up to --indicators. Values are deterministic: the value
of (country c, indicator i, year y) is value(c, i, y) below, so a test can
check what `latecomer import wdi` wrote. None of it is real data.

    gen_wdi.py OUT.csv [--countries N] [--indicators M] [--first 1960] [--last 2023]

The real file is about 400,000 rows (266 economies x ~1,500 indicators);
--countries 266 --indicators 1500 gives a file of the same size (~300 MB).
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "profiles", "schema.yaml")


def schema_codes():
    """WDI codes of the schema, without needing a YAML parser."""
    with open(SCHEMA, encoding="utf-8") as f:
        text = f.read()
    codes = []
    for code in re.findall(r"\bwdi:\s*\"?([A-Z][A-Z0-9_.]+)", text):
        if code not in codes:
            codes.append(code)
    return codes


def country_code(c):
    if c == 0:
        return "KOR"  # always present, so tests have a known country
    # ISO 3166-1 user-assigned QMA-QZZ (364 codes), so the skeletons pass the
    # profile validator; XAA-XZZ are left to the synthetic profiles
    c -= 1
    return "Q" + chr(ord("M") + (c // 26) % 14) + chr(ord("A") + c % 26)


def value(c, i, y, code):
    """Deterministic, in a range that suits the indicator; None = empty cell."""
    h = (c * 7919 + i * 104729 + y * 1299709) % 1000003
    if h % 10 == 0 or (y % 7 == 0 and c % 3 == 1):
        return None  # gaps, as the real file has
    if code == "SP.POP.TOTL":
        return 1000000 + h * 97
    if code.endswith(".CD"):
        return 100 + h % 60000
    if code == "PX.REX.REER":
        return round(60 + (h % 800) / 10, 1)
    return round((h % 9000) / 100, 2)  # 0..90: inside any pct range


def quote(s):
    return '"' + s.replace('"', '""') + '"'


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--countries", type=int, default=20)
    ap.add_argument("--indicators", type=int, default=60)
    ap.add_argument("--first", type=int, default=1960)
    ap.add_argument("--last", type=int, default=2023)
    ap.add_argument("--plain", action="store_true", help="LF line ends, no byte-order mark")
    args = ap.parse_args()
    codes = schema_codes()
    k = 0
    while len(codes) < args.indicators:
        k += 1
        codes.append("ZZ.FILL.%04d" % k)
    years = list(range(args.first, args.last + 1))
    eol = "\n" if args.plain else "\r\n"
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        if not args.plain:
            f.write("\ufeff")
        f.write(",".join(["Country Name", "Country Code", "Indicator Name", "Indicator Code"] +
                         [str(y) for y in years]) + "," + eol)
        for c in range(args.countries):
            cname = quote("Synthetic economy %d, (not real)" % c)
            ccode = country_code(c)
            for i, code in enumerate(codes):
                iname = quote('Indicator %s, "synthetic" (%% of something)' % code)
                cells = []
                for y in years:
                    v = value(c, i, y, code)
                    cells.append("" if v is None else repr(v))
                f.write(",".join([cname, ccode, iname, code] + cells) + "," + eol)
    return 0


if __name__ == "__main__":
    sys.exit(main())
