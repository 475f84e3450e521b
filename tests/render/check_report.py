#!/usr/bin/env python3
"""check_report.py FORMAT REPORT RESULT_JSON

Parses a Markdown or HTML report and checks it against the JSON result it
was rendered from (one result document, or an array of them for a report on
several profiles):

- every finding (id, title, message, evidence fields, citation quote), every
  measure of the sequence (in its phase), every subsidy programme, data gap,
  waiver and rule error of the JSON appears, in its own section;
- the report is well formed: Markdown tables keep their columns (no value
  broke a row), no raw HTML or link syntax leaks from a value; HTML tags
  balance, only the elements the renderer writes appear (an injected <script>
  or <i> is an error), ids are unique, internal links resolve, tables have
  scoped headers, headings do not skip levels, every chart is an accessible
  image (role="img", <title>, <desc>), nothing refers outside the file.
- the charts the result calls for are there (HTML): the sequence timeline
  with one box per measure, the size-class chart with a bar per value the
  result cites, the institutions chart when the result says anything about
  an institution.

Exit 0 when all holds; otherwise every problem is printed, exit 1.
"""
import html.parser
import json
import re
import sys

SIZE_FIELD = re.compile(r"^sme\.(productivity|wage)_ratio_pct\.(size_5_19|size_20_99|size_100_299|all_sme)$")


def norm(s):
    """Whitespace-collapsed text, as a renderer may re-flow it."""
    return " ".join(str(s).split())


def fmt_number(v):
    """A number as the charts print it (no thousands separators below 10,000)."""
    if isinstance(v, bool):
        return None
    if float(v).is_integer():
        return str(int(v))
    return ("%.2f" % v).rstrip("0").rstrip(".")


class Problems:
    def __init__(self):
        self.items = []

    def __call__(self, msg):
        self.items.append(msg)


# --------------------------------------------------------------------------
# Content: the same questions of both formats

SECTION_IDS = {"subsidies": "subsidies", "data_gaps": "gaps", "waivers": "waivers", "errors": "errors"}
TABLE_SECTIONS = (
    ("Subsidy programmes", "subsidies", lambda s: [s["id"], s.get("name")] + s.get("articles", [])),
    ("Data gaps", "data_gaps", lambda g: [g["field"]] + g.get("needed_by", [])),
    ("Waived measures", "waivers", lambda w: [w["measure"], w.get("reason")] + w.get("needed_by", [])),
    ("Rule errors", "errors", lambda e: [e["rule"], e.get("message")]),
)


def check_content(scope, doc, problems, where):
    """Every item of DOC in its place in SCOPE (an HtmlScope or MdScope)."""
    text = scope.text()
    prof = doc.get("profile") or {}
    for key in ("name", "iso3", "as_of"):
        if prof.get(key) and norm(prof[key]) not in text:
            problems("%s: profile %s %r missing" % (where, key, prof[key]))
    stage = doc.get("stage") or {}
    if stage.get("capability") and norm(stage["capability"]) not in text:
        problems("%s: stage capability missing" % where)
    for f in doc.get("findings", []):
        hit = scope.finding(f)
        if hit is None:
            problems("%s: finding %s (%r) is not shown" % (where, f["id"], f["title"]))
            continue
        body, rows = hit
        for what, s in (("message", f["message"]), ("rule", f["rule"]),
                        ("quote", (f.get("source") or {}).get("quote"))):
            if s and norm(s) not in body:
                problems("%s: finding %s lacks its %s" % (where, f["id"], what))
        for ev in f.get("evidence", []):
            if not any(ev["field"] in r for r in rows):
                problems("%s: finding %s lacks evidence %s" % (where, f["id"], ev["field"]))
            if ev.get("at") and ev["at"] not in body:
                problems("%s: finding %s lacks the position %s" % (where, f["id"], ev["at"]))
    for ph in doc.get("sequence", []):
        rows = scope.phase_rows(ph["phase"])
        if rows is None:
            problems("%s: no part for phase %s" % (where, ph["phase"]))
            rows = []
        for m in ph["measures"]:
            if not any(m["id"] in r and norm(m["title"]) in r for r in rows):
                problems("%s: measure %s missing from phase %s" % (where, m["id"], ph["phase"]))
            w = m.get("wto")
            if w and w.get("design_note") and not any(m["id"] in r and norm(w["design_note"]) in r for r in rows):
                problems("%s: measure %s lacks its WTO design note" % (where, m["id"]))
            row = next((r for r in rows if m["id"] in r), "")
            if m.get("deferred_for_stage") and "held back" not in row:
                problems("%s: measure %s does not say it is held back for the stage" % (where, m["id"]))
            for waived in m.get("blocked_by_waiver", []):
                if waived not in row:
                    problems("%s: measure %s does not name the waived %s it needs" % (where, m["id"], waived))
    for title, key, parts in TABLE_SECTIONS:
        items = doc.get(key, [])
        rows = scope.table_rows(title, key)
        if items and rows is None:
            problems("%s: no %s table" % (where, title))
            continue
        for it in items:
            want = [norm(p) for p in parts(it) if p]
            if not any(all(w in r for w in want) for r in rows):
                problems("%s: %s entry %r missing or incomplete" % (where, key, want[0]))


# --------------------------------------------------------------------------
# HTML


class Node:
    def __init__(self, tag, attrs, parent, line):
        self.tag, self.attrs, self.parent, self.line = tag, dict(attrs), parent, line
        self.children = []

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def text(self):
        out = []
        for c in self.children:
            out.append(c.text() if isinstance(c, Node) else c)
        return "".join(out)

    def find_all(self, tag=None, cls=None):
        for n in self.iter():
            if (tag is None or n.tag == tag) and (cls is None or cls in n.attrs.get("class", "").split()):
                yield n

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent


VOID = {"meta", "br", "wbr", "img", "input", "link", "hr", "source", "col", "base", "area", "embed", "param",
        "track"}
ALLOWED = {"html", "head", "meta", "title", "style", "body", "a", "header", "p", "h1", "h2", "h3", "h4", "h5",
           "h6", "nav", "ol", "ul", "li", "main", "section", "article", "dl", "div", "dt", "dd", "small",
           "strong", "span", "code", "wbr", "br", "table", "caption", "thead", "tbody", "tr", "th", "td",
           "blockquote", "figure", "figcaption", "footer", "cite", "svg", "defs", "marker", "path", "rect",
           "line", "circle", "text", "desc", "g"}
SVG_ONLY = {"defs", "marker", "path", "rect", "line", "circle", "text", "desc", "g"}


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self, problems):
        super().__init__(convert_charrefs=True)
        self.problems = problems
        self.root = Node("#document", [], None, 0)
        self.cur = self.root
        self.doctype = False

    def handle_decl(self, decl):
        self.doctype = self.doctype or decl.lower() == "doctype html"

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur, self.getpos()[0])
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur, self.getpos()[0]))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.problems("line %d: </%s> closes <%s>" % (self.getpos()[0], tag, self.cur.tag))
            for a in [self.cur] + list(self.cur.ancestors()):
                if a.tag == tag:
                    self.cur = a.parent
                    return
            return
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse_html(text, problems):
    tb = TreeBuilder(problems)
    tb.feed(text)
    tb.close()
    if tb.cur is not tb.root:
        problems("<%s> (line %d) is never closed" % (tb.cur.tag, tb.cur.line))
    return tb


def check_html_structure(tb, problems, single):
    root = tb.root
    if not tb.doctype:
        problems("no <!DOCTYPE html>")
    html_el = next(root.find_all("html"), None)
    if html_el is None or not html_el.attrs.get("lang"):
        problems("<html> needs a lang attribute")
    if not any(n.attrs.get("charset", "").lower() == "utf-8" for n in root.find_all("meta")):
        problems("no <meta charset=utf-8>")
    ids = {}
    for n in root.iter():
        if n.tag == "#document":
            continue
        if n.tag not in ALLOWED:
            problems("line %d: unexpected element <%s> (escaping failed, or the renderer writes an element "
                     "this check does not know)" % (n.line, n.tag))
        if n.tag in SVG_ONLY and not any(a.tag == "svg" for a in n.ancestors()):
            problems("line %d: <%s> outside an <svg>" % (n.line, n.tag))
        if n.tag not in SVG_ONLY and n.tag not in ("svg", "title", "a") and any(a.tag == "svg" for a in n.ancestors()):
            problems("line %d: HTML element <%s> inside an <svg> (malformed chart)" % (n.line, n.tag))
        for k, v in n.attrs.items():
            if k.startswith("on"):
                problems("line %d: event handler attribute %s" % (n.line, k))
            if k in ("src", "srcset", "xlink:href", "action", "formaction", "poster", "data"):
                problems("line %d: %s= refers to something outside the report" % (n.line, k))
            if k == "href" and not (v or "").startswith("#"):
                problems("line %d: href=%r leaves the report (it must work offline)" % (n.line, v))
            if k == "style" and "url(" in (v or ""):
                problems("line %d: style with url()" % n.line)
        if "id" in n.attrs:
            if n.attrs["id"] in ids:
                problems("line %d: id %r also at line %d" % (n.line, n.attrs["id"], ids[n.attrs["id"]]))
            ids[n.attrs["id"]] = n.line
    for n in root.find_all("a"):
        href = n.attrs.get("href", "")
        if href.startswith("#") and href[1:] not in ids:
            problems("line %d: link to #%s, which no element has" % (n.line, href[1:]))
    for n in root.find_all("style"):
        css = n.text()
        if "url(" in css or "@import" in css or "@font-face" in css:
            problems("the stylesheet loads something (url(), @import or @font-face)")
        if "@media print" not in css:
            problems("no print stylesheet (@media print)")
    # tables: scoped column headers, a row header per body row
    for t in root.find_all("table"):
        head = next(t.find_all("thead"), None)
        if head is None:
            problems("line %d: table without <thead>" % t.line)
            continue
        for th in head.find_all("th"):
            if th.attrs.get("scope") != "col":
                problems("line %d: column header without scope=col" % th.line)
        ncols = len(list(head.find_all("th")))
        for tr in next(t.find_all("tbody")).find_all("tr"):
            cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("th", "td")]
            if len(cells) != ncols:
                problems("line %d: row of %d cells under %d headers" % (tr.line, len(cells), ncols))
            if not cells or cells[0].tag != "th" or cells[0].attrs.get("scope") != "row":
                problems("line %d: row without a scope=row header" % tr.line)
    # headings: one h1, no skipped level
    levels = [int(n.tag[1]) for n in root.iter() if re.fullmatch(r"h[1-6]", n.tag)]
    if levels.count(1) != 1:
        problems("%d <h1> elements (expected one)" % levels.count(1))
    for a, b in zip(levels, levels[1:]):
        if b > a + 1:
            problems("heading level jumps from h%d to h%d" % (a, b))
    # charts: accessible images
    for svg in root.find_all("svg"):
        if svg.attrs.get("role") != "img":
            problems("line %d: <svg> without role=img" % svg.line)
        labels = svg.attrs.get("aria-labelledby", "").split()
        kids = {c.tag: c for c in svg.children if isinstance(c, Node)}
        for part in ("title", "desc"):
            el = kids.get(part)
            if el is None or not norm(el.text()):
                problems("line %d: chart without a %s" % (svg.line, part))
            elif el.attrs.get("id") not in labels:
                problems("line %d: aria-labelledby does not name the chart's %s" % (svg.line, part))
    if single and len(list(root.find_all("article", "profile"))) != 0:
        problems("a single profile's report has profile articles")


def row_texts(scope):
    return [norm(tr.text()) for tr in scope.find_all("tr")]


def section_titled(scope, prefix):
    for n in scope.iter():
        if n.tag in ("section", "article"):
            h = next((c for c in n.children if isinstance(c, Node) and re.fullmatch(r"h[1-6]", c.tag)), None)
            if h is not None and norm(h.text()).startswith(prefix):
                yield n


class HtmlScope:
    """The part of an HTML report about one result, as check_content reads it."""

    def __init__(self, node):
        self.node = node

    def text(self):
        return norm(self.node.text())

    def finding(self, f):
        for a in self.node.find_all("article", "finding"):
            body = norm(a.text())
            if f["id"] in body.split() and norm(f["title"]) in body:
                return body, row_texts(a)
        return None

    def phase_rows(self, phase):
        seq = list(section_titled(self.node, "Recommended sequence"))
        for s in section_titled(self.node, "Phase %s" % phase):
            if not seq or seq[0] in s.ancestors():
                return row_texts(s)
        return None

    def table_rows(self, title, key):
        for s in section_titled(self.node, title):
            if s.tag == "section" and s.attrs.get("id", "").endswith(SECTION_IDS[key]):
                return row_texts(s)
        return None


def check_charts(scope, doc, problems, where):
    charts = {svg.attrs.get("data-chart"): svg for svg in scope.find_all("svg")}
    n_measures = sum(len(ph["measures"]) for ph in doc.get("sequence", []))
    if n_measures:
        tl = charts.get("timeline")
        if tl is None:
            problems("%s: the sequence timeline chart is missing" % where)
        else:
            boxes = [a for a in tl.find_all("a") if "measure" in a.attrs.get("class", "")]
            titles = {norm(next(a.find_all("title")).text()) for a in boxes}
            if len(boxes) != n_measures:
                problems("%s: timeline has %d boxes for %d measures" % (where, len(boxes), n_measures))
            for ph in doc["sequence"]:
                for m in ph["measures"]:
                    if norm(m["title"]) not in titles:
                        problems("%s: timeline lacks %s" % (where, m["id"]))
    cited = {}
    inst = False
    for f in doc.get("findings", []) + [doc.get("stage") or {}]:
        for ev in f.get("evidence", []):
            if SIZE_FIELD.match(ev.get("field", "")) and isinstance(ev.get("value"), (int, float)) \
                    and not isinstance(ev.get("value"), bool):
                cited.setdefault(ev["field"], ev["value"])
            if re.match(r"^institutions\.[a-z_]+\.present$", ev.get("field", "")) and isinstance(ev.get("value"), bool):
                inst = True
    if any(g["field"].startswith("institutions.") for g in doc.get("data_gaps", [])):
        inst = True
    if cited:
        sc = charts.get("size-classes")
        if sc is None:
            problems("%s: the size-class chart is missing (the result cites %s)" % (where, ", ".join(sorted(cited))))
        else:
            bars = [norm(t.text()) for r in sc.find_all("rect", "bar") for t in r.find_all("title")]
            for field, v in sorted(cited.items()):
                if not any(b.endswith(": %s%%" % fmt_number(v)) for b in bars):
                    problems("%s: no bar for %s = %s" % (where, field, v))
    if inst and charts.get("institutions") is None:
        problems("%s: the institutions chart is missing" % where)


def check_html(text, docs, problems):
    tb = parse_html(text, problems)
    check_html_structure(tb, problems, single=len(docs) == 1)
    if len(docs) == 1:
        main = next(tb.root.find_all("main"), tb.root)
        check_content(HtmlScope(main), docs[0], problems, "report")
        check_charts(main, docs[0], problems, "report")
        return
    arts = list(tb.root.find_all("article", "profile"))
    if len(arts) != len(docs):
        problems("%d profile articles for %d results" % (len(arts), len(docs)))
    for i, (art, doc) in enumerate(zip(arts, docs)):
        check_content(HtmlScope(art), doc, problems, "profile %d" % (i + 1))
        check_charts(art, doc, problems, "profile %d" % (i + 1))


# --------------------------------------------------------------------------
# Markdown

PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def md_tokens(s, escaped_as=None):
    """Inline Markdown as (kind, text) pieces: "text" with escapes undone (or
    each escaped character replaced by ESCAPED_AS), or "code"."""
    out, i, buf = [], 0, ""
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s) and s[i + 1] in PUNCT:
            buf += s[i + 1] if escaped_as is None else escaped_as
            i += 2
            continue
        if c == "`":
            run = len(s[i:]) - len(s[i:].lstrip("`"))
            fence = "`" * run
            j = s.find(fence, i + run)
            while j != -1 and (s[j + run:j + run + 1] == "`"):
                j = s.find(fence, j + run + 1)
            if j != -1:
                out.append(("text", buf))
                buf = ""
                inner = s[i + run:j]
                if inner.startswith(" ") and inner.endswith(" ") and inner.strip():
                    inner = inner[1:-1]
                out.append(("code", inner.replace("\\|", "|")))
                i = j + run
                continue
            buf += fence
            i += run
            continue
        buf += c
        i += 1
    out.append(("text", buf))
    return out


def md_plain(s):
    """Inline Markdown to the text a reader sees (escapes and code spans undone)."""
    return "".join(t if k == "code" else t.replace("**", "") for k, t in md_tokens(s))


def split_cells(line):
    cells, cur, i = [], "", 0
    body = line.strip()[1:-1] if line.strip().endswith("|") else line.strip()[1:]
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            cur += body[i:i + 2]
            i += 2
            continue
        if body[i] == "|":
            cells.append(cur.strip())
            cur = ""
        else:
            cur += body[i]
        i += 1
    cells.append(cur.strip())
    return cells


def parse_md(text, problems):
    """Headings with the lines under them: [(level, title, [lines], [tables])]."""
    sections = [(0, "", [], [])]
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^(#{1,6}) (.*)$", line)
        if m:
            sections.append((len(m.group(1)), md_plain(m.group(2)), [], []))
        elif line.startswith("|"):
            header = split_cells(line)
            if i + 1 >= len(lines) or not re.match(r"^\|(:?-+:?\|)+$", lines[i + 1]):
                problems("line %d: table row without a header rule" % (i + 1))
            rows = []
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                cells = split_cells(lines[i])
                if len(cells) != len(header):
                    problems("line %d: %d cells under %d headers (a value broke the row)" % (i + 1, len(cells),
                                                                                             len(header)))
                rows.append([md_plain(c) for c in cells])
                i += 1
            sections[-1][3].append(([md_plain(h) for h in header], rows))
            continue
        else:
            sections[-1][2].append(line)
        i += 1
    return sections


def scan_md_escaping(text, problems):
    """Markup that did not come from the renderer: raw HTML or link syntax
    outside code spans and backslash escapes."""
    for n, line in enumerate(text.split("\n"), 1):
        bare = ""
        for kind, t in md_tokens(line, escaped_as=" "):
            bare += t if kind == "text" else " "
        if re.search(r"<[A-Za-z/!?]", bare):
            problems("line %d: raw HTML in Markdown: %s" % (n, line[:120]))
        if re.search(r"\[[^\]]*\]\([^)]*\)", bare):
            problems("line %d: link syntax from a value: %s" % (n, line[:120]))


def md_scope_text(sections):
    return norm(" ".join(md_plain(" ".join(s[2])) + " " + " ".join(" ".join(" ".join(r) for r in t[1]) for t in s[3])
                         + " " + s[1] for s in sections))


def subtree(sections, start):
    """The section at START and those nested under it."""
    level = sections[start][0]
    out = [sections[start]]
    for s in sections[start + 1:]:
        if s[0] <= level:
            break
        out.append(s)
    return out


def rows_of(sections):
    return [norm(" ".join(r)) for s in sections for t in s[3] for r in t[1]]


class MdScope:
    """The part of a Markdown report about one result (its heading and those
    under it), as check_content reads it."""

    def __init__(self, sections):
        self.sections = sections

    def text(self):
        return md_scope_text(self.sections)

    def finding(self, f):
        for i, s in enumerate(self.sections):
            if norm(f["title"]) in norm(s[1]):
                sub = subtree(self.sections, i)
                body = md_scope_text(sub)
                if f["id"] in body.split():
                    return body, rows_of(sub)
        return None

    def phase_rows(self, phase):
        for i, s in enumerate(self.sections):
            if s[1] == "Phase %s" % phase:
                return rows_of(subtree(self.sections, i))
        return None

    def table_rows(self, title, key):
        for i, s in enumerate(self.sections):
            if s[1] == title and s[3]:
                return rows_of(subtree(self.sections, i))
        return None


def check_md(text, docs, problems):
    scan_md_escaping(text, problems)
    sections = parse_md(text, problems)
    tops = [i for i, s in enumerate(sections) if s[1].startswith("SME policy diagnostic: ")]
    if len(tops) != len(docs):
        problems("%d profile reports for %d results" % (len(tops), len(docs)))
        return
    for n, (i, doc) in enumerate(zip(tops, docs)):
        check_content(MdScope(subtree(sections, i)), doc, problems, "profile %d" % (n + 1) if len(docs) > 1 else "report")


def main(argv):
    if len(argv) != 4 or argv[1] not in ("markdown", "html"):
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[2], encoding="utf-8") as f:
        text = f.read()
    with open(argv[3], encoding="utf-8") as f:
        result = json.load(f)
    docs = result if isinstance(result, list) else [result]
    problems = Problems()
    (check_md if argv[1] == "markdown" else check_html)(text, docs, problems)
    for p in problems.items:
        print("%s: %s" % (argv[2], p))
    n = sum(len(d.get(k, [])) for d in docs for k in ("findings", "subsidies", "data_gaps", "waivers", "errors")) + \
        sum(len(ph["measures"]) for d in docs for ph in d.get("sequence", []))
    print("%s: %s, %d items of %d result(s) checked, %d problem(s)" % (argv[2], argv[1], n, len(docs),
                                                                    len(problems.items)))
    return 1 if problems.items else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
