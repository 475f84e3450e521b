-- report.charts: the HTML report's charts as inline SVG, drawn here from
-- the report model (no scripts, fonts or images, so the file works offline
-- and prints). Every chart is role="img" with a <title> and a <desc> that
-- says in words what it shows; text from the document is escaped.
local ref = require("report.reference")
local text = require("report.text")
local model = require("report.model")

local esc = text.html
local M = {}

local function fmt(n)
  if math.type(n) == "integer" then return tostring(n) end
  local s = string.format("%.1f", n):gsub("%.0$", "")
  return s
end

-- An SVG document under construction.
local function canvas()
  local c = { parts = {} }
  function c.add(s) c.parts[#c.parts + 1] = s end
  function c.text(x, y, s, attrs)
    c.add('<text x="' .. fmt(x) .. '" y="' .. fmt(y) .. '"' .. (attrs and " " .. attrs or "") .. ">"
      .. esc(s) .. "</text>")
  end
  function c.rect(x, y, w, h, attrs)
    c.add('<rect x="' .. fmt(x) .. '" y="' .. fmt(y) .. '" width="' .. fmt(w) .. '" height="' .. fmt(h)
      .. '"' .. (attrs and " " .. attrs or "") .. "/>")
  end
  function c.line(x1, y1, x2, y2, attrs)
    c.add('<line x1="' .. fmt(x1) .. '" y1="' .. fmt(y1) .. '" x2="' .. fmt(x2) .. '" y2="' .. fmt(y2)
      .. '"' .. (attrs and " " .. attrs or "") .. "/>")
  end
  return c
end

-- Wraps the drawing in an accessible <svg>: ID names the chart, TITLE and
-- DESC are its text alternative.
local function svg(id, class, width, height, title, desc, body)
  return '<svg xmlns="http://www.w3.org/2000/svg" class="chart ' .. class .. '" id="' .. esc(id)
    .. '" role="img" aria-labelledby="' .. esc(id) .. '-title ' .. esc(id) .. '-desc" width="'
    .. fmt(width) .. '" height="' .. fmt(height) .. '" viewBox="0 0 ' .. fmt(width) .. " " .. fmt(height)
    .. '" data-chart="' .. esc(class:match("^%S+")) .. '">'
    .. '<title id="' .. esc(id) .. '-title">' .. esc(title) .. "</title>"
    .. '<desc id="' .. esc(id) .. '-desc">' .. esc(desc) .. "</desc>"
    .. table.concat(body, "") .. "</svg>"
end

-- Colours of the horizon bands and other marks (print-safe, and told apart
-- by their labels too, never by colour alone).
local HORIZON_STYLE = {
  short = { fill = "#e3f2ea", stroke = "#2e7d4f" },
  medium = { fill = "#e4edf8", stroke = "#2b5c9e" },
  long = { fill = "#f3e8f6", stroke = "#7a3e8e" },
}
local UNKNOWN_STYLE = { fill = "#f0f0f0", stroke = "#666666" }

-- 1. The sequence as a timeline: one column per phase, left to right, a box
-- per measure coloured by horizon, arrows from each prerequisite.
function M.timeline(m, id)
  if #m.phases == 0 then return nil end
  local COL_W, GAP, PAD, HEAD, BOX_GAP, LINE_H, CHARS = 206, 40, 12, 46, 12, 15, 27
  local pos = {}
  local col_h = {}
  local desc = {}
  for i, ph in ipairs(m.phases) do
    local y = HEAD
    local names = {}
    for _, e in ipairs(ph.measures) do
      local lines = text.wrap(e.m.title or e.m.id, CHARS, 4)
      local h = 12 + #lines * LINE_H + 18
      pos[e.m.id] = { x = PAD + (i - 1) * (COL_W + GAP), y = y, h = h, lines = lines, e = e }
      y = y + h + BOX_GAP
      names[#names + 1] = text.str(e.m.title or e.m.id) .. " (" .. text.str(e.m.horizon or "no")
        .. " horizon" .. (e.m.added_as_prerequisite and ", added as a prerequisite" or "")
        .. (e.m.deferred_for_stage and ", held back for the stage" or "")
        .. (#model.list(e.m.blocked_by_waiver) > 0 and ", needs a waived measure" or "") .. ")"
    end
    col_h[i] = y
    desc[#desc + 1] = "Phase " .. text.str(ph.phase) .. ": " .. table.concat(names, "; ") .. "."
  end
  local height = HEAD
  for _, h in ipairs(col_h) do height = math.max(height, h) end
  local legend_y = height + 8
  height = legend_y + 30
  local width = PAD * 2 + #m.phases * COL_W + (#m.phases - 1) * GAP
  width = math.max(width, 760) -- room for the legend

  local c = canvas()
  local marker = id .. "-arrow"
  c.add('<defs><marker id="' .. esc(marker) .. '" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"'
    .. ' markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#555"/></marker></defs>')
  for i, ph in ipairs(m.phases) do
    local x = PAD + (i - 1) * (COL_W + GAP)
    c.rect(x - 6, 4, COL_W + 12, legend_y - 10, 'rx="6" class="lane"')
    c.text(x + 4, 24, "Phase " .. text.str(ph.phase), 'class="lane-title"')
    c.text(x + 4, 38, text.count(#ph.measures, "measure"), 'class="lane-note"')
  end
  -- arrows first, so boxes sit on top of them
  local edges = 0
  for _, ph in ipairs(m.phases) do
    for _, e in ipairs(ph.measures) do
      local to = pos[e.m.id]
      for _, req in ipairs(model.list(e.m.requires)) do
        local from = pos[req]
        if from and to and from.x < to.x then
          local x1, y1 = from.x + COL_W, from.y + from.h / 2
          local x2, y2 = to.x - 2, to.y + to.h / 2
          c.add('<path class="edge" d="M' .. fmt(x1) .. " " .. fmt(y1) .. "C" .. fmt(x1 + GAP) .. " "
            .. fmt(y1) .. " " .. fmt(x2 - GAP) .. " " .. fmt(y2) .. " " .. fmt(x2) .. " " .. fmt(y2)
            .. '" marker-end="url(#' .. esc(marker) .. ')"/>')
          edges = edges + 1
        end
      end
    end
  end
  for _, ph in ipairs(m.phases) do
    for _, e in ipairs(ph.measures) do
      local p = pos[e.m.id]
      local style = HORIZON_STYLE[e.m.horizon] or UNKNOWN_STYLE
      c.add('<a href="#' .. esc(e.anchor) .. '" class="measure">')
      c.add("<title>" .. esc(e.m.title or e.m.id) .. "</title>")
      c.rect(p.x, p.y, COL_W, p.h, 'rx="4" fill="' .. style.fill .. '" stroke="' .. style.stroke
        .. '"' .. (e.m.added_as_prerequisite and ' stroke-dasharray="5 3"' or "") .. ' stroke-width="1.5"')
      c.rect(p.x, p.y, 5, p.h, 'fill="' .. style.stroke .. '"')
      for k, line in ipairs(p.lines) do
        c.text(p.x + 12, p.y + 6 + k * LINE_H, line, 'class="box-title"')
      end
      local label = ref.horizon_label[e.m.horizon]
      local note = label and (label .. ", " .. ref.horizon_span[e.m.horizon]) or "no horizon given"
      if e.m.deferred_for_stage then
        note = (label or "?") .. " · held back for stage"
      elseif #model.list(e.m.blocked_by_waiver) > 0 then
        note = (label or "?") .. " · waived prerequisite"
      end
      c.text(p.x + 12, p.y + p.h - 9, note, 'class="box-note"')
      c.add("</a>")
    end
  end
  -- legend
  local x = PAD
  for _, h in ipairs({ "short", "medium", "long" }) do
    local style = HORIZON_STYLE[h]
    c.rect(x, legend_y + 6, 16, 12, 'rx="2" fill="' .. style.fill .. '" stroke="' .. style.stroke .. '"')
    c.text(x + 22, legend_y + 16, model.horizon(h), 'class="legend"')
    x = x + 182
  end
  c.rect(x, legend_y + 6, 16, 12, 'rx="2" fill="#ffffff" stroke="#555" stroke-dasharray="4 2"')
  c.text(x + 22, legend_y + 16, "added as a prerequisite", 'class="legend"')

  local title = "Recommended sequence: " .. text.count(m.n_measures, "measure") .. " in "
    .. text.count(#m.phases, "phase")
  local summary = table.concat(desc, " ")
  if edges > 0 then
    summary = summary .. " Arrows run from each measure to the measures that require it."
  end
  -- up to six phases shrink to the page; more keep their size and scroll
  return svg(id, width > 1500 and "timeline wide" or "timeline", width, height, title, summary, c.parts)
end

-- 2. SME value added and wage per worker by size class, as % of 300+,
-- against the report's figures for Korea and Japan. Only the series the
-- result document carries a value for are drawn.
function M.size_ratios(m, id)
  local panels = {}
  for _, series in ipairs(m.size_ratios) do
    if series.n > 0 then panels[#panels + 1] = series end
  end
  if #panels == 0 then return nil end
  local LABEL_W, PLOT_W, RIGHT, BAR_H, BAR_GAP, GROUP_GAP, TOP = 132, 420, 56, 13, 3, 14, 34
  local COUNTRY = "#1f5f99"
  local BENCH = { "#d08c2f", "#7f7f7f" }
  local c = canvas()
  local y = 0
  local desc = {}
  local maxv = 100
  for _, series in ipairs(panels) do
    for _, v in pairs(series.values) do maxv = math.max(maxv, v) end
  end
  maxv = math.ceil(maxv / 25) * 25
  local function sx(v) return LABEL_W + v / maxv * PLOT_W end
  for _, series in ipairs(panels) do
    local spec = series.spec
    local n_bars = 1 + #spec.benchmarks
    local group_h = n_bars * BAR_H + (n_bars - 1) * BAR_GAP
    c.text(0, y + 16, spec.title .. ", % of establishments with 300+ persons", 'class="panel-title"')
    local top = y + TOP
    local plot_h = #ref.size_classes * (group_h + GROUP_GAP)
    for t = 0, maxv, 25 do
      c.line(sx(t), top - 6, sx(t), top + plot_h - GROUP_GAP + 4, 'class="grid"')
      c.text(sx(t), top + plot_h - GROUP_GAP + 18, tostring(t), 'class="tick" text-anchor="middle"')
    end
    c.line(sx(100), top - 8, sx(100), top + plot_h - GROUP_GAP + 6, 'class="parity"')
    local words = {}
    for k, class in ipairs(ref.size_classes) do
      local gy = top + (k - 1) * (group_h + GROUP_GAP)
      c.text(LABEL_W - 8, gy + group_h / 2 + 4, class.label, 'class="class-label" text-anchor="end"')
      local v = series.values[class.key]
      local bars = { { label = m.title_name, value = v, text = v and text.num(v), color = COUNTRY } }
      for b, bench in ipairs(spec.benchmarks) do -- the report's figures, with its one decimal
        local bv = bench.values[class.key]
        bars[#bars + 1] = { label = bench.label, value = bv, text = text.num(bv, 1, true), color = BENCH[b] }
      end
      local said = {}
      for b, bar in ipairs(bars) do
        local by = gy + (b - 1) * (BAR_H + BAR_GAP)
        if bar.value then
          c.add('<rect x="' .. fmt(LABEL_W) .. '" y="' .. fmt(by) .. '" width="'
            .. fmt(math.max(bar.value / maxv * PLOT_W, 1)) .. '" height="' .. BAR_H .. '" fill="' .. bar.color
            .. '" class="bar"><title>' .. esc(bar.label .. ", " .. class.label .. ": "
            .. bar.text .. "%") .. "</title></rect>")
          c.text(sx(bar.value) + 4, by + BAR_H - 2, bar.text, 'class="value"')
          said[#said + 1] = text.str(bar.label) .. " " .. bar.text .. "%"
        else
          c.text(LABEL_W + 4, by + BAR_H - 2, series.missing[class.key] and "data gap" or "not in the result",
            'class="missing"')
          said[#said + 1] = text.str(bar.label) .. " not known"
        end
      end
      words[#words + 1] = class.label .. ": " .. table.concat(said, ", ")
    end
    desc[#desc + 1] = spec.title .. " as % of establishments with 300+ persons. " .. table.concat(words, "; ") .. "."
    y = top + plot_h - GROUP_GAP + 30
  end
  -- legend, one entry a line: a country's name can be long
  local legend = { { m.title_name, COUNTRY } }
  for b, bench in ipairs(panels[1].spec.benchmarks) do legend[#legend + 1] = { bench.label .. " (report)", BENCH[b] } end
  for _, item in ipairs(legend) do
    c.rect(LABEL_W, y, 14, 12, 'fill="' .. item[2] .. '"')
    c.text(LABEL_W + 20, y + 10, text.wrap(item[1], 60, 1)[1] or "", 'class="legend"')
    y = y + 18
  end
  local height = y + 4
  local title = "SME productivity and wages by size class: " .. text.str(m.title_name)
    .. " against Korea and Japan"
  return svg(id, "size-classes", LABEL_W + PLOT_W + RIGHT, height, title, table.concat(desc, " "), c.parts)
end

-- 3. Institutions in the profile against the measures the sequence
-- recommends: one row per institution the result says something about,
-- its status today, and a mark in the phase where a measure builds it.
function M.institutions(m, id)
  if #m.institutions == 0 then return nil end
  local LABEL_W, STATUS_W, PHASE_W, ROW_H, TOP = 250, 150, 74, 26, 40
  local n_phases = math.max(#m.phases, 1)
  local width = LABEL_W + STATUS_W + n_phases * PHASE_W + 10
  local height = TOP + #m.institutions * ROW_H + 44
  local c = canvas()
  c.text(LABEL_W, 24, "In the profile", 'class="col-title"')
  for i = 1, n_phases do
    local ph = m.phases[i]
    c.text(LABEL_W + STATUS_W + (i - 0.5) * PHASE_W, 24, "Phase " .. text.str(ph and ph.phase or i),
      'class="col-title" text-anchor="middle"')
  end
  local desc = {}
  local counts = { present = 0, absent = 0, unknown = 0 }
  for r, row in ipairs(m.institutions) do
    local y = TOP + (r - 1) * ROW_H
    if r % 2 == 1 then c.rect(0, y, width, ROW_H, 'class="stripe"') end
    local cy = y + ROW_H / 2
    c.text(6, cy + 4, row.inst.label, 'class="row-label"')
    counts[row.status] = counts[row.status] + 1
    local status
    if row.status == "present" then
      c.add('<circle cx="' .. fmt(LABEL_W + 8) .. '" cy="' .. fmt(cy) .. '" r="6" class="present"/>')
      status = "in place"
    elseif row.status == "absent" then
      c.add('<circle cx="' .. fmt(LABEL_W + 8) .. '" cy="' .. fmt(cy) .. '" r="5.5" class="absent"/>')
      status = "absent"
    else
      c.text(LABEL_W + 8, cy + 4, "?", 'class="unknown" text-anchor="middle"')
      status = row.gap and "data gap" or "not known"
    end
    if row.level then status = status .. ", level " .. text.num(row.level) end
    c.text(LABEL_W + 22, cy + 4, status, 'class="status"')
    local built = {}
    for _, e in ipairs(row.recommended) do
      local i = 1
      for k, ph in ipairs(m.phases) do
        if ph.phase == e.phase then i = k end
      end
      local cx = LABEL_W + STATUS_W + (i - 0.5) * PHASE_W
      c.add('<a href="#' .. esc(e.anchor) .. '"><path class="builds" d="M' .. fmt(cx) .. " " .. fmt(cy - 7)
        .. "L" .. fmt(cx + 7) .. " " .. fmt(cy) .. "L" .. fmt(cx) .. " " .. fmt(cy + 7) .. "L" .. fmt(cx - 7)
        .. " " .. fmt(cy) .. 'z"><title>' .. esc(text.str(e.m.title) .. " (phase " .. text.str(e.phase) .. ")")
        .. "</title></path></a>")
      built[#built + 1] = text.str(e.m.title) .. " in phase " .. text.str(e.phase)
    end
    desc[#desc + 1] = row.inst.label .. ": " .. status
      .. (#built > 0 and "; built by " .. table.concat(built, " and ") or "") .. "."
  end
  local ly = TOP + #m.institutions * ROW_H + 22
  c.add('<circle cx="' .. fmt(14) .. '" cy="' .. fmt(ly) .. '" r="6" class="present"/>')
  c.text(26, ly + 4, "in place", 'class="legend"')
  c.add('<circle cx="' .. fmt(104) .. '" cy="' .. fmt(ly) .. '" r="5.5" class="absent"/>')
  c.text(116, ly + 4, "absent", 'class="legend"')
  c.text(190, ly + 4, "?", 'class="unknown" text-anchor="middle"')
  c.text(200, ly + 4, "not known", 'class="legend"')
  c.add('<path class="builds" d="M294 ' .. fmt(ly - 7) .. "L301 " .. fmt(ly) .. "L294 " .. fmt(ly + 7) .. "L287 "
    .. fmt(ly) .. 'z"/>')
  c.text(308, ly + 4, "a recommended measure builds it", 'class="legend"')
  local title = "Institutions in the profile and the measures that build them: "
    .. text.num(counts.present) .. " in place, " .. text.num(counts.absent) .. " absent, "
    .. text.num(counts.unknown) .. " not known"
  return svg(id, "institutions", width, height, title, table.concat(desc, " "), c.parts)
end

return M
