-- The HTML report (`latecomer evaluate --format html -o report.html`): one
-- self-contained page an advisor can forward as is. It serializes
-- report.content (the tree the Markdown report shows too) with inline CSS
-- and SVG charts drawn by report.charts: no scripts, fonts or images, so it
-- works offline and prints. Semantic sections and headings, tables with
-- scoped headers, a text alternative for every chart, a print stylesheet;
-- every value from the result document is escaped. Several profiles make
-- one page with an article per profile.
local ref = require("report.reference")
local text = require("report.text")
local model = require("report.model")
local content = require("report.content")
local charts = require("report.charts")

local h = text.html

local CSS = [[
:root{--ink:#1d2330;--muted:#596273;--line:#d5d9e0;--soft:#f4f6f9;--accent:#1f5f99;
--critical:#a1001b;--warning:#8a4b00;--advice:#1f5f99;--info:#4f5663}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;
color:var(--ink);background:#fff;line-height:1.5}
body{margin:0 auto;max-width:66rem;padding:1.5rem 1.25rem 3rem}
a{color:var(--accent)}
h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .5rem}
h2{font-size:1.45rem;margin:2.4rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.15rem;margin:1.6rem 0 .6rem}
h4,h5,h6{font-size:1rem;margin:0 0 .4rem}
article.profile>h2{font-size:1.7rem;border-bottom-width:4px}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;color:var(--muted);margin:0}
.meta{color:var(--muted);margin:.2rem 0}
header.masthead{border-bottom:4px solid var(--ink);padding-bottom:1rem}
nav.toc{background:var(--soft);border-radius:6px;padding:.6rem 1rem;margin:1.2rem 0}
nav.toc h2{font-size:1rem;border:0;margin:.2rem 0;padding:0}
nav.toc ol{margin:.2rem 0;padding-left:1.3rem;columns:2}
dl.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.6rem;margin:0 0 1rem}
dl.facts div{background:var(--soft);border-radius:6px;padding:.5rem .8rem}
dl.facts dt{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
dl.facts dd{margin:0;font-weight:600}
dl.facts dd small{display:block;font-weight:400;color:var(--muted)}
ul.tiles{list-style:none;display:flex;flex-wrap:wrap;gap:.6rem;padding:0;margin:.4rem 0 1rem}
ul.tiles li{border:1px solid var(--line);border-top:5px solid var(--info);border-radius:6px;padding:.4rem .9rem;min-width:7.5rem}
ul.tiles li strong{display:block;font-size:1.6rem;line-height:1.1}
ul.tiles li.sev-critical{border-top-color:var(--critical)}
ul.tiles li.sev-warning{border-top-color:var(--warning)}
ul.tiles li.sev-advice{border-top-color:var(--advice)}
.callout{border-left:5px solid var(--critical);background:#fbeff1;padding:.6rem 1rem;border-radius:4px}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1.1rem;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.2rem 0;color:var(--muted)}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#e9edf3}
tbody th{font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,monospace;font-size:.84em;background:var(--soft);
padding:0 .2em;border-radius:3px;overflow-wrap:break-word}
.badge{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;
padding:.1rem .45rem;border-radius:3px;color:#fff;background:var(--info);vertical-align:.15em;margin-right:.3rem}
.badge.sev-critical{background:var(--critical)}
.badge.sev-warning{background:var(--warning)}
.badge.sev-advice{background:var(--advice)}
.badge.added{background:#fff;color:var(--ink);border:1px dashed var(--ink)}
article.finding{border:1px solid var(--line);border-left:6px solid var(--info);border-radius:5px;
padding:.8rem 1rem .3rem;margin:0 0 1rem}
article.finding.sev-critical{border-left-color:var(--critical)}
article.finding.sev-warning{border-left-color:var(--warning)}
article.finding.sev-advice{border-left-color:var(--advice)}
.ids{color:var(--muted);font-size:.85rem;margin:.1rem 0 .5rem}
blockquote{margin:.4rem 0 .8rem;padding:.3rem .9rem;border-left:3px solid var(--line);color:#333;background:var(--soft)}
blockquote p{margin:.2rem 0}
figure{margin:1rem 0 1.4rem}
figcaption{color:var(--muted);font-size:.88rem;margin-top:.3rem}
.chart-scroll{overflow-x:auto}
svg.chart{max-width:100%;height:auto;font-family:inherit;font-size:12px}
svg.chart.wide{max-width:none}
.chart text{fill:var(--ink)}
.chart .lane{fill:#f6f7f9;stroke:#e1e4ea}
.chart .lane-title{font-weight:700;font-size:13px}
.chart .lane-note,.chart .box-note,.chart .tick,.chart .status{fill:var(--muted);font-size:11px}
.chart .edge{fill:none;stroke:#555;stroke-width:1.3;opacity:.75}
.chart .grid{stroke:#e1e4ea}
.chart .parity{stroke:#333;stroke-dasharray:3 3}
.chart .panel-title,.chart .col-title{font-weight:700}
.chart .value{font-size:11px}
.chart .missing{fill:var(--muted);font-style:italic;font-size:11px}
.chart .present{fill:#2e7d4f}
.chart .absent{fill:#fff;stroke:#a1001b;stroke-width:2}
.chart .unknown{fill:var(--muted);font-weight:700}
.chart .builds{fill:#2b5c9e}
.chart .stripe{fill:#f6f7f9}
.chart a:focus rect,.chart a:hover rect:first-of-type{stroke-width:3}
footer{margin-top:3rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem}
@media print{
@page{margin:14mm 12mm}
html{font-size:10pt}
body{max-width:none;padding:0}
nav.toc,.skip{display:none}
a{color:inherit;text-decoration:none}
h2,h3,h4{break-after:avoid}
figure,article.finding,tr,dl.facts div,ul.tiles{break-inside:avoid}
article.profile+article.profile{break-before:page}
.chart-scroll{overflow:visible}
svg.chart,svg.chart.wide{max-width:100%}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
]]

-- Identifiers and positions may break after a dot, slash, colon or underscore.
local function code(s) return "<code>" .. (h(s):gsub("([./:_])", "%1<wbr>")) .. "</code>" end

local function inline(list)
  local out = {}
  for _, x in ipairs(list or {}) do
    if type(x) == "string" then
      out[#out + 1] = h(x)
    elseif x.t == "code" then
      out[#out + 1] = code(x.s)
    elseif x.t == "link" then
      out[#out + 1] = '<a href="#' .. h(x.to) .. '">' .. inline(x.inlines) .. "</a>"
    elseif x.t == "strong" then
      out[#out + 1] = "<strong>" .. inline(x.inlines) .. "</strong>"
    elseif x.t == "badge" then
      local label = ref.severity_label[x.severity]
      out[#out + 1] = label and '<span class="badge sev-' .. h(x.severity) .. '">' .. h(label) .. "</span>"
        or '<span class="badge added">Prerequisite</span>'
    elseif x.t == "br" then
      out[#out + 1] = "<br>"
    elseif x.t == "anchor" then
      out[#out + 1] = '<span id="' .. h(x.id) .. '"></span>'
    end
  end
  return table.concat(out)
end

local CHARTS = { timeline = charts.timeline, size_ratios = charts.size_ratios, institutions = charts.institutions }

-- LEVEL is the heading level of the blocks' own section.
local function blocks(out, m, list, level)
  local function add(...)
    for _, s in ipairs({ ... }) do out[#out + 1] = s end
  end
  for _, b in ipairs(list) do
    if b.k == "section" then
      local tag = "h" .. math.min(level + 1, 6)
      local elem = b.article and "article" or "section"
      local id = b.id and h(b.id)
      add("<", elem, b.class and ' class="' .. h(b.class) .. '"' or "")
      if id then add(' id="', id, '" aria-labelledby="', id, '-h"') end
      add(">\n<", tag, id and ' id="' .. id .. '-h"' or "", ">", inline(b.title), "</", tag, ">\n")
      blocks(out, m, b.blocks, level + 1)
      add("</", elem, ">\n")
    elseif b.k == "para" then
      add("<p", b.class and ' class="' .. h(b.class) .. '"' or "", ">", inline(b.inlines), "</p>\n")
    elseif b.k == "callout" then
      add('<p class="callout" role="note">', inline(b.inlines), "</p>\n")
    elseif b.k == "list" then
      local tag = b.ordered and "ol" or "ul"
      add("<", tag, ">\n")
      for _, item in ipairs(b.items) do add("<li>", inline(item), "</li>\n") end
      add("</", tag, ">\n")
    elseif b.k == "facts" then
      add('<dl class="facts">\n')
      for _, f in ipairs(b.items) do
        add("<div><dt>", h(f.label), "</dt><dd>", inline(f.value), f.note and "<small>" .. h(f.note) .. "</small>" or "",
          "</dd></div>\n")
      end
      add("</dl>\n")
    elseif b.k == "tiles" then
      add('<ul class="tiles">')
      for _, t in ipairs(b.items) do
        add('<li class="', h(t.class), '"><strong>', text.num(t.n), "</strong>", h(t.label), "</li>")
      end
      add("</ul>\n")
    elseif b.k == "quote" then
      add("<blockquote>")
      if b.quote then add("<p>“", h(b.quote), "”</p>") end
      if b.cite then add('<p class="meta">Report: ', h(b.cite), "</p>") end
      add("</blockquote>\n")
    elseif b.k == "figure" then
      local svg = CHARTS[b.chart](m, b.id)
      if svg then
        add('<figure>\n<div class="chart-scroll">', svg, "</div>\n<figcaption>", h(b.caption), "</figcaption>\n</figure>\n")
      end
    elseif b.k == "table" then
      local numeric = b.numeric or {}
      add("<table>")
      if b.caption then add("<caption>", h(b.caption), "</caption>") end
      add("<thead><tr>")
      for i, head in ipairs(b.headers) do
        add('<th scope="col"', numeric[i] and ' class="num"' or "", ">", h(head), "</th>")
      end
      add("</tr></thead>\n<tbody>\n")
      for _, row in ipairs(b.rows) do
        add("<tr>")
        for i = 1, #b.headers do
          local cell = inline(row[i])
          if cell == "" then cell = "—" end
          if i == 1 then
            add('<th scope="row">', cell, "</th>")
          else
            add("<td", numeric[i] and ' class="num"' or "", ">", cell, "</td>")
          end
        end
        add("</tr>\n")
      end
      add("</tbody></table>\n")
    end
  end
end

local function contents(m, sections)
  local items = {}
  for _, s in ipairs(sections) do
    items[#items + 1] = '<li><a href="#' .. h(s.id) .. '">' .. inline(s.title) .. "</a></li>"
  end
  return table.concat(items)
end

local function about(engine, paths)
  return "<footer>\n<p>" .. inline(content.about(engine, paths)) .. "</p>\n</footer>\n"
end

local function page(title, engine, parts)
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    .. '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    .. '<meta name="generator" content="latecomer ' .. h(text.value(engine.version)) .. '">\n'
    .. "<title>" .. h(title) .. "</title>\n<style>\n" .. CSS .. "</style>\n</head>\n<body>\n"
    .. '<a class="skip" href="#main">Skip to the report</a>\n' .. table.concat(parts) .. "</body>\n</html>\n"
end

local function render_one(doc)
  local m = model.build(doc, "")
  local sections = content.sections(m)
  local out = { '<header class="masthead">\n<p class="kicker">SME policy diagnostic</p>\n<h1>', h(m.title_name),
    '</h1>\n<p class="meta">', h(content.subtitle(m)), "</p>\n</header>\n",
    '<nav class="toc" aria-label="Contents">\n<h2>Contents</h2>\n<ol>', contents(m, sections), "</ol>\n</nav>\n",
    '<main id="main">\n' }
  blocks(out, m, sections, 1)
  out[#out + 1] = "</main>\n"
  out[#out + 1] = about(m.engine, { text.str(m.profile.path or "-") })
  local year = m.profile.year
  return page("SME policy diagnostic: " .. text.str(m.title_name) .. (year and ", " .. text.value(year) or ""),
    m.engine, out)
end

local function render_many(results)
  local models, sections, paths = {}, {}, {}
  for i, r in ipairs(results) do
    models[i] = model.build(r, "p" .. i .. "-")
    sections[i] = content.sections(models[i])
    paths[i] = text.str(models[i].profile.path or "-")
  end
  local out = { '<header class="masthead">\n<p class="kicker">SME policy diagnostics</p>\n<h1>',
    h(text.count(#results, "profile")), "</h1>\n</header>\n",
    '<nav class="toc" aria-label="Contents">\n<h2>Contents</h2>\n<ol>' }
  for i, m in ipairs(models) do
    out[#out + 1] = '<li><a href="#' .. h(m.prefix) .. 'profile">' .. h(m.title_name) .. "</a>, "
      .. h(text.value(m.profile.year)) .. "<ol>" .. contents(m, sections[i]) .. "</ol></li>"
  end
  out[#out + 1] = '</ol>\n</nav>\n<main id="main">\n'
  for i, m in ipairs(models) do
    local id = h(m.prefix) .. "profile"
    out[#out + 1] = '<article class="profile" id="' .. id .. '" aria-labelledby="' .. id .. '-h">\n<h2 id="'
      .. id .. '-h">' .. h(m.title_name) .. '</h2>\n<p class="meta">' .. h(content.subtitle(m)) .. "</p>\n"
    blocks(out, m, sections[i], 2)
    out[#out + 1] = "</article>\n"
  end
  out[#out + 1] = "</main>\n"
  out[#out + 1] = about(models[1] and models[1].engine or {}, paths)
  return page("SME policy diagnostics: " .. text.count(#results, "profile"), models[1] and models[1].engine or {},
    out)
end

return {
  id = "html",
  kind = "renderer",
  format = "html",
  title = "Self-contained HTML report for advisors, with charts",
  collection = true, -- several profiles: one page (latecomer.results/1)
  render = function(doc, ctx)
    if doc.format == "latecomer.results/1" then return render_many(model.list(doc.results)) end
    return render_one(doc)
  end,
}
