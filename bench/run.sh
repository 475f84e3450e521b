#!/bin/sh
# bench/run.sh: the benchmark harness (issue 10), rerun whenever the rule
# pack or the engine changes; docs/performance.md reports its figures.
#
#   sh bench/run.sh [--profiles N] [--min-time S] [--wdi-mb M] [--callgrind] [--build DIR]
#
#  1. builds latecomer (Release, in build-bench/ unless --build names one);
#  2. generates N synthetic profiles of varied completeness (bench/gen_profiles.py);
#  3. `latecomer bench`: check floor, evaluate on 1 and on all cores, us per rule
#     per profile, engine cost per rule call, peak memory, and the two targets
#     (evaluate <= 3x check; 2 threads >= 1.7x one);
#  4. `latecomer import wdi` on a generated WDI bulk file of about M MB
#     (bench/gen_wdi.py): seconds and peak RSS (bounded memory);
#  5. with --callgrind: where the instructions go (valgrind --tool=callgrind),
#     top functions inclusive and exclusive.
# Results go to bench/results/ (ignored by git): bench.json, bench.txt,
# wdi.txt, callgrind.txt.
set -eu
cd "$(dirname "$0")/.."
profiles=200 min_time=1 wdi_mb=300 callgrind=0 build=build-bench
while [ $# -gt 0 ]; do
  case $1 in
    --profiles) profiles=$2; shift 2 ;;
    --min-time) min_time=$2; shift 2 ;;
    --wdi-mb) wdi_mb=$2; shift 2 ;;
    --callgrind) callgrind=1; shift ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
out=bench/results
mkdir -p "$out"
if [ "$build" = build-bench ]; then
  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DLATECOMER_TESTS=OFF >/dev/null
  cmake --build build-bench -j 2 >/dev/null
fi
bin=$build/latecomer
echo "== latecomer $($bin version | head -1), rules in $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== $profiles generated profiles"
rm -rf "$out/profiles"
python3 bench/gen_profiles.py "$profiles" "$out/profiles" --seed 11 --ndjson "$out/profiles.ndjson"
"$bin" bench --min-time "$min_time" "$out"/profiles/*.yaml | tee "$out/bench.txt"
"$bin" bench --min-time "$min_time" --json "$out"/profiles/*.yaml >"$out/bench.json"

echo "== import wdi on a ~${wdi_mb} MB WDI file"
# the real file: 266 economies x ~1,500 indicators x 64 years; a generated row
# is about 460 bytes, so M MB takes M * 1e6 / 460 / 266 indicators
indicators=$(( wdi_mb * 1000000 / 460 / 266 ))
python3 bench/gen_wdi.py "$out/WDICSV.csv" --countries 266 --indicators "$indicators"
python3 - "$bin" "$out/WDICSV.csv" <<'EOF' | tee "$out/wdi.txt"
import os, resource, subprocess, sys, time
binary, csv = sys.argv[1], sys.argv[2]
size = os.path.getsize(csv)
t0 = time.monotonic()
p = subprocess.run([binary, "import", "wdi", csv, "--country", "KOR", "--year", "2020", "-q"],
                   capture_output=True)
dt = time.monotonic() - t0
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print("  file %.0f MB, exit %d, %.2f s (%.0f MB/s), peak RSS %.1f MiB"
      % (size / 1e6, p.returncode, dt, size / 1e6 / dt, rss / 1024))
sys.exit(p.returncode)
EOF
rm -f "$out/WDICSV.csv"

if [ "$callgrind" = 1 ]; then
  echo "== callgrind: evaluate -j1 of the generated profiles (NDJSON and YAML input)"
  valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.ndjson.out" \
    "$bin" evaluate -j 1 --input-format ndjson -f ndjson "$out/profiles.ndjson" >/dev/null 2>&1 || true
  valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.yaml.out" \
    "$bin" evaluate -j 1 -f ndjson "$out"/profiles/*.yaml >/dev/null 2>&1 || true
  for kind in ndjson yaml; do
    echo "-- $kind input, inclusive"
    callgrind_annotate --inclusive=yes "$out/callgrind.$kind.out" 2>/dev/null |
      grep -E 'lc_(profile_load|yaml_load|json_load|validate|engine_evaluate|derive|evaluate_rules|plan_stage|classify|result_json)\b|build_view|lua_gc|lc_invoke\b|PROGRAM TOTALS' |
      grep -v '=>' | sort -u -t'(' -k1,1 | sort -rn | head -20
    echo "-- $kind input, exclusive"
    callgrind_annotate "$out/callgrind.$kind.out" 2>/dev/null | sed -n '/file:function/,$p' | sed -n '3,22p'
  done | tee "$out/callgrind.txt"
fi
echo "== results in $out/"
