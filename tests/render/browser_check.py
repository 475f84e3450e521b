#!/usr/bin/env python3
"""browser_check.py LATECOMER RENDER_JSON SRC_DIR OUT_DIR

End-to-end check of the HTML report in a real browser (Debian's chromium,
headless, driven by its own command line: no driver, no npm). For each
report it makes (a bundled profile, the renderer test pack's profile that
fills every section, a hand-written result with every contract field, and a
page of several profiles):

1. --dump-dom with --enable-logging=stderr --v=1: the page must log no
   console message (it has no scripts, so any is an error report), make no
   network request (none to a URL or host written in it) and load no file
   but itself; the DOM Chromium
   built must pass check_report.py's HTML checks (so a malformed chart that
   the browser parsed differently fails here) and hold every chart the
   result calls for;
2. --screenshot: saved as OUT_DIR/NAME.png, which must be a PNG of the
   window's size that is not blank;
3. --print-to-pdf: the print stylesheet must give a PDF of at least one page.

A canary (a good report with a logging script, a network image and a chart
cut out) must fail each of these checks, so the check itself is tested.

Chromium runs with --headless --no-sandbox --disable-gpu --no-first-run
--disable-background-networking --disable-component-update --disable-sync,
a fresh --user-data-dir, and no way out to the network (every host name
unresolvable, a dead loopback proxy). CHROMIUM in the environment names another
binary. Exit 0 when every report passes; otherwise the problems, exit 1.
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_report  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
         # Chromium's own services (clock, updates, accounts) still try the
         # network: resolve no name and send everything to a closed loopback
         # port, so nothing leaves the machine.
         "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9"]
WINDOW = (1280, 3000)


def chromium_binary():
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def run_chromium(binary, args, url, timeout=120):
    with tempfile.TemporaryDirectory(prefix="latecomer-chromium-") as profile:
        cmd = [binary] + FLAGS + ["--user-data-dir=" + profile] + args + [url]
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def png_problems(path, size):
    """A PNG of SIZE whose pixels are not all the same (rows decoded from
    the zlib stream; a blank page filters to nearly all zero bytes)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return ["%s is not a PNG" % path]
    w, h = struct.unpack(">II", data[16:24])
    out = []
    if (w, h) != size:
        out.append("%s is %dx%d, expected %dx%d" % (path, w, h, size[0], size[1]))
    idat, pos = b"", 8
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + n]
        pos += 12 + n
    raw = zlib.decompress(idat)
    busy = sum(1 for b in raw[::97] if b) / max(1, len(raw[::97]))
    if busy < 0.01:
        out.append("%s looks blank (%.2f%% of sampled bytes vary)" % (path, busy * 100))
    return out


def check_report_in_browser(binary, html_path, docs, out_dir, name):
    problems = []
    url = "file://" + os.path.abspath(html_path)
    with open(html_path, encoding="utf-8") as f:
        page = f.read()
    rc, dom, log = run_chromium(binary, ["--enable-logging=stderr", "--v=1", "--dump-dom"], url)
    if rc != 0:
        problems.append("chromium --dump-dom exited %d" % rc)
    for line in log.splitlines():
        if ":CONSOLE" in line:
            problems.append("console: " + line.split("] ", 1)[-1][:300])
        if "NotifyBeforeURLRequest:" in line:
            # the page has no script: whatever it requests is written in it
            # (the browser's own service requests are not)
            requested = line.split("NotifyBeforeURLRequest: ", 1)[1].strip()
            if requested.split("?")[0] in page or requested.split("/")[2:3] and requested.split("/")[2] in page:
                problems.append("the page requests " + requested[:200])
        if "FileURLLoader::Start:" in line:
            loaded = line.split("FileURLLoader::Start: ", 1)[1].strip()
            if loaded.split("#")[0] != url:
                problems.append("loads another file: " + loaded)
    if not dom.strip():
        problems.append("--dump-dom printed nothing")
    else:
        with open(os.path.join(out_dir, name + ".dom.html"), "w", encoding="utf-8") as f:
            f.write(dom)
        found = check_report.Problems()
        # Chromium serializes the DOM without the doctype line
        check_report.check_html("<!DOCTYPE html>\n" + dom, docs, found)
        problems += ["in the browser's DOM: " + p for p in found.items]
    shot = os.path.join(out_dir, name + ".png")
    if os.path.exists(shot):
        os.remove(shot)
    rc, _, _ = run_chromium(binary, ["--screenshot=" + shot, "--window-size=%d,%d" % WINDOW], url)
    if rc != 0 or not os.path.exists(shot):
        problems.append("no screenshot (chromium exited %d)" % rc)
    else:
        problems += png_problems(shot, WINDOW)
    pdf = os.path.join(out_dir, name + ".pdf")
    rc, _, _ = run_chromium(binary, ["--print-to-pdf=" + pdf, "--no-pdf-header-footer"], url)
    if rc != 0 or not os.path.exists(pdf):
        problems.append("no PDF from --print-to-pdf (chromium exited %d)" % rc)
    else:
        with open(pdf, "rb") as f:
            body = f.read()
        pages = body.count(b"/Type /Page") - body.count(b"/Type /Pages")
        if not body.startswith(b"%PDF") or pages < 1:
            problems.append("%s is not a PDF with pages" % pdf)
    status = "ok" if not problems else "%d problem(s)" % len(problems)
    print("%s: %s (screenshot %s)" % (name, status, shot))
    return ["%s: %s" % (name, p) for p in problems]


def canary(binary, html_path, out_dir):
    """The checks must be able to fail: a copy of a good report with a
    script that logs, an image from the network and the timeline chart cut
    out must fail on each count."""
    with open(html_path, encoding="utf-8") as f:
        page = f.read()
    start = page.index('<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline"')
    end = page.index("</svg>", start) + len("</svg>")
    broken = (page[:start] + page[end:]).replace(
        "</main>", '<img src="http://192.0.2.1/logo.png" alt=""><script>console.error("canary")</script></main>')
    path = os.path.join(out_dir, "canary.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(broken)
    with open(os.path.join(out_dir, "test-pack-full.json"), encoding="utf-8") as f:
        docs = [json.load(f)]
    found = check_report_in_browser(binary, path, docs, out_dir, "canary")
    expected = {"console": "console: ", "network": "the page requests http://192.0.2.1/logo.png",
                "chart": "the sequence timeline chart is missing"}
    missed = [k for k, needle in expected.items() if not any(needle in p for p in found)]
    return ["canary: the check did not catch the %s problem" % k for k in missed]


def run(cmd, out_path, ok_codes=(0, 1, 3), cwd=None):
    with open(out_path, "wb") as f:
        p = subprocess.run(cmd, stdout=f, stderr=subprocess.PIPE, cwd=cwd)
    if p.returncode not in ok_codes:
        raise SystemExit("%s exited %d: %s" % (" ".join(cmd), p.returncode, p.stderr.decode()[:2000]))


def main(argv):
    if len(argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    latecomer, render_json, src, out_dir = argv[1:]
    binary = chromium_binary()
    if binary is None:
        print("browser_check: no chromium on PATH (scripts/setup.sh --test installs Debian's chromium)",
              file=sys.stderr)
        return 1
    os.makedirs(out_dir, exist_ok=True)
    bundled = sorted(os.path.join("profiles", f) for f in os.listdir(os.path.join(src, "profiles"))
                     if f.endswith(".yaml") and f != "schema.yaml")
    pack = ["-r", "tests/render/pack"]
    cases = [("bundled-" + os.path.basename(bundled[0])[:-5], [], [bundled[0]]),
             ("test-pack-full", pack, ["tests/render/profiles/full.yaml"]),
             ("several-profiles", [], bundled + ["tests/render/profiles/full.yaml"])]
    problems = []
    for name, opts, profiles in cases:
        json_path = os.path.join(out_dir, name + ".json")
        html_path = os.path.join(out_dir, name + ".html")
        run([latecomer, "evaluate"] + opts + profiles, json_path, cwd=src)
        run([latecomer, "evaluate", "-f", "html"] + opts + profiles, html_path, cwd=src)
        with open(json_path, encoding="utf-8") as f:
            result = json.load(f)
        docs = result if isinstance(result, list) else [result]
        problems += check_report_in_browser(binary, html_path, docs, out_dir, name)
    contract = os.path.join(src, "tests", "render", "data", "contract-full.json")
    html_path = os.path.join(out_dir, "contract-full.html")
    run([render_json, os.path.join(src, "plugins"), "html", contract], html_path, ok_codes=(0,))
    with open(contract, encoding="utf-8") as f:
        problems += check_report_in_browser(binary, html_path, [json.load(f)], out_dir, "contract-full")
    problems += canary(binary, os.path.join(out_dir, "test-pack-full.html"), out_dir)
    for p in problems:
        print(p)
    print("browser_check: %d report(s), %d problem(s)" % (len(cases) + 1, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
