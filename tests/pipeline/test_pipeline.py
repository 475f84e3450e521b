#!/usr/bin/env python3
"""End-to-end tests of latecomer as a batch tool (issue 10):

- -j1 and -jN give identical bytes (stdout and stderr), for YAML and NDJSON
  inputs, json and ndjson outputs;
- --format ndjson prints exactly one line per input, in input order, an
  error line in place of each input that fails, and exits 2 at the end;
- a YAML profile and its NDJSON twin give the same findings;
- results stream: with NDJSON on a pipe, a line's result arrives before the
  next line is written (no wait for end of input);
- -o is atomic: a failed run leaves an existing file untouched and no
  temporary behind; an ndjson run replaces it whole;
- GNU parallel as a map step gives the same lines as one process (skipped
  when parallel is not installed).

    test_pipeline.py LATECOMER SRC_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

BIN, SRC = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(SRC, "tests", "pylib"))
from lctest import Checks  # noqa: E402

T = Checks(BIN, SRC)
check, run = T.check, T.run


def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "first difference at byte %d: %r vs %r" % (i, a[i:i + 60], b[i:i + 60])
    return "lengths %d vs %d" % (len(a), len(b))


tmp = tempfile.mkdtemp(prefix="lc-pipeline-")
try:
    gen = os.path.join(SRC, "bench", "gen_profiles.py")
    ndjson = os.path.join(tmp, "all.ndjson")
    subprocess.run([sys.executable, gen, "24", tmp, "--seed", "7", "--ndjson", ndjson],
                   check=True)
    yamls = sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".yaml"))
    invalid = os.path.join(SRC, "tests", "cli", "data", "invalid.yaml")
    # an invalid profile in the middle, a missing one near the end
    inputs = yamls[:10] + [invalid] + yamls[10:20] + [os.path.join(tmp, "missing.yaml")] + yamls[20:]

    # 1. -j1 and -jN: identical bytes, every output format
    for fmt in ("ndjson", "json"):
        base = run(["evaluate", "-f", fmt, "-j", "1"] + inputs)
        for j in ("2", "3", "8"):
            got = run(["evaluate", "-f", fmt, "-j", j] + inputs)
            check("-j1 and -j%s give identical stdout (%s)" % (j, fmt), got[1] == base[1],
                  first_diff(got[1], base[1]))
            check("-j1 and -j%s give identical stderr (%s)" % (j, fmt), got[2] == base[2],
                  first_diff(got[2], base[2]))
            check("-j1 and -j%s give the same exit code (%s)" % (j, fmt), got[0] == base[0] == 2,
                  "%d vs %d" % (got[0], base[0]))
    nd1 = run(["evaluate", "--input-format", "ndjson", "-f", "ndjson", "-j", "1", ndjson])
    nd3 = run(["evaluate", "--input-format", "ndjson", "-f", "ndjson", "-j", "3", ndjson])
    check("NDJSON input: -j1 and -j3 identical", nd1 == nd3, first_diff(nd1[1], nd3[1]))
    # valid profiles: no error line, and no rule may fail on them (exit 0)
    failing = sorted({"%s: %s" % (e["rule"], e["message"]) for l in nd1[1].splitlines()
                      for e in json.loads(l)["errors"]})
    check("NDJSON input of valid profiles: no error line, no rule error, exit 0",
          nd1[0] == 0 and b"latecomer.error/1" not in nd1[1] and not failing,
          "; ".join(failing)[:600] or nd1[2].decode()[:400])

    # 2. one line per input, in order, error lines in place
    rc, out, err = run(["evaluate", "-f", "ndjson", "-j", "2"] + inputs)
    lines = out.decode().split("\n")
    check("ndjson ends with a newline", lines[-1] == "")
    lines = lines[:-1]
    check("exactly one line per input", len(lines) == len(inputs),
          "%d lines for %d inputs" % (len(lines), len(inputs)))
    docs = [json.loads(l) for l in lines]
    formats = [d["format"] for d in docs]
    want = ["latecomer.error/1" if p in (invalid, inputs[21]) else "latecomer.result/1"
            for p in inputs]
    check("error lines stand in place of the failing inputs", formats == want, str(formats))
    check("results keep input order", [d["profile"]["path"] for d in docs] == inputs)
    bad = docs[10]
    check("error line names file, line and column of every error",
          all(e["file"] == invalid and e["line"] and e["column"] for e in bad["errors"])
          and len(bad["errors"]) == 3, json.dumps(bad)[:300])
    check("a missing file is an error line too",
          docs[21]["errors"][0]["message"].startswith("no such file"), json.dumps(docs[21]))
    check("an invalid input makes the run exit 2", rc == 2, str(rc))

    # 3. YAML and its NDJSON twin: the same findings
    ylines = [json.loads(l) for l in run(["evaluate", "-f", "ndjson"] + yamls)[1].splitlines()]
    nlines = [json.loads(l) for l in nd1[1].splitlines()]

    def essence(d):
        """A result without what names the input file: positions differ
        between a YAML file and its NDJSON twin, nothing else may."""
        keep = dict(d)
        keep.pop("profile")
        return re.sub(r'"at": "[^"]*"', '"at": "AT"', json.dumps(keep, sort_keys=True))

    check("NDJSON input gives the same results as YAML",
          [essence(d) for d in ylines] == [essence(d) for d in nlines])
    check("NDJSON evidence points at line:column in the NDJSON file",
          any('"at":"%s:' % ndjson in l.decode() for l in nd1[1].splitlines()))

    # 4. streaming: the first result arrives while stdin is still open
    first, second = open(ndjson).readlines()[:2]
    proc = subprocess.Popen([BIN, "evaluate", "--input-format", "ndjson", "-f", "ndjson"],
                            cwd=SRC, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdin.write(first.encode())
    proc.stdin.flush()
    got = {}
    reader = threading.Thread(target=lambda: got.setdefault("line", proc.stdout.readline()))
    reader.start()
    reader.join(timeout=20)
    streamed = not reader.is_alive() and got.get("line", b"").startswith(b'{"format"')
    proc.stdin.write(second.encode())
    proc.stdin.close()
    rest = proc.stdout.read()
    proc.wait(timeout=30)
    check("a result streams out before the input ends", streamed)
    check("the streamed run completes", proc.returncode == 0 and rest.count(b"\n") == 1,
          "rc %s" % proc.returncode)

    # 5. -o: atomic
    target = os.path.join(tmp, "out", "result.json")
    os.makedirs(os.path.dirname(target))
    with open(target, "w") as f:
        f.write("previous\n")
    rc, out, err = run(["evaluate", "-o", target, yamls[0], invalid])
    left = os.listdir(os.path.dirname(target))
    check("json -o: a failed run exits 2", rc == 2, str(rc))
    check("json -o: a failed run leaves the existing file untouched",
          open(target).read() == "previous\n")
    check("json -o: no temporary file behind", left == ["result.json"], str(left))
    rc, out, err = run(["evaluate", "-j", "2", "-o", target] + yamls[:3])
    check("json -o: a run that succeeds replaces the file with what stdout would hold",
          rc == 0 and out == b"" and os.listdir(os.path.dirname(target)) == ["result.json"] and
          open(target, "rb").read() == run(["evaluate", "-j", "1"] + yamls[:3])[1],
          "rc %d" % rc)
    rc, out, err = run(["evaluate", "-f", "ndjson", "-j", "2", "-o", target] + yamls[:5])
    left = os.listdir(os.path.dirname(target))
    written = open(target).read().splitlines()
    check("ndjson -o: replaces the file whole", rc == 0 and len(written) == 5 and out == b"",
          "rc %d, %d lines" % (rc, len(written)))
    check("ndjson -o: no temporary file behind", left == ["result.json"], str(left))
    check("ndjson -o: the file holds what stdout would",
          open(target, "rb").read() == run(["evaluate", "-f", "ndjson"] + yamls[:5])[1])
    rc, out, err = run(["evaluate", "-f", "ndjson", "-o", target, yamls[0], invalid])
    check("ndjson -o: an invalid input still gets its line in the file, exit 2",
          rc == 2 and len(open(target).read().splitlines()) == 2, str(rc))
    # the rename fails at the very end (PATH is a directory): exit 4, the
    # directory as it was, the temporary removed
    blocked = os.path.join(tmp, "out", "blocked")
    os.makedirs(os.path.join(blocked, "inside"))
    for fmt in ("ndjson", "json"):
        rc, out, err = run(["evaluate", "-f", fmt, "-o", blocked, yamls[0]])
        left = sorted(os.listdir(os.path.dirname(target)))
        check("%s -o: a failed write exits 4, leaves no temporary" % fmt,
              rc == 4 and left == ["blocked", "result.json"] and
              os.listdir(blocked) == ["inside"] and b"cannot write" in err,
              "rc %d, %s, %s" % (rc, left, err.decode()))
    # a full disk behind stdout: exit 4, and say so once
    for args in (["evaluate", "-f", "ndjson", yamls[0]], ["evaluate", "-f", "json", yamls[0]],
                 ["check", yamls[0]], ["--help"]):
        with open("/dev/full", "wb") as full:
            p = subprocess.run([BIN] + args, cwd=SRC, stdout=full, stderr=subprocess.PIPE)
        check("%s to a full stdout exits 4 and says why once" % " ".join(args[:-1] or args),
              p.returncode == 4 and
              p.stderr.count(b"cannot write the output: No space left on device") == 1,
              "rc %d, %s" % (p.returncode, p.stderr.decode()))
    # 6. GNU parallel as the map step
    parallel = shutil.which("parallel")
    if not parallel:
        print("skip GNU parallel map step (parallel is not installed)")
    else:
        cmd = ("%s --will-cite --pipe -N 5 --keep-order %s evaluate -j 1 --input-format ndjson "
               "-f ndjson < %s" % (parallel, BIN, ndjson))
        p = subprocess.run(cmd, shell=True, cwd=SRC, capture_output=True)
        single = run(["evaluate", "--input-format", "ndjson", "-f", "ndjson", "-j", "1", "-"],
                     stdin=open(ndjson, "rb").read())
        # parallel's exit code counts the chunks that exited non-zero
        check("GNU parallel map step: one line per input, same results",
              (p.returncode == 0) == (single[0] == 0) and [essence(json.loads(l)) for l in p.stdout.splitlines()] ==
              [essence(json.loads(l)) for l in single[1].splitlines()],
              p.stderr.decode()[:300])
        # docs/scaling.md: exits 0-3 mean a complete output
        wrapped = ("%s --will-cite --pipe -N 5 --keep-order \"sh -c '%s evaluate -j 1 "
                   "--input-format ndjson -f ndjson; [ \\$? -le 3 ]'\" < %s" % (parallel, BIN, ndjson))
        w = subprocess.run(wrapped, shell=True, cwd=SRC, capture_output=True)
        check("GNU parallel with the documented exit wrapper exits 0, same lines",
              w.returncode == 0 and w.stdout == p.stdout, w.stderr.decode()[:300])
finally:
    shutil.rmtree(tmp, ignore_errors=True)

T.finish()
