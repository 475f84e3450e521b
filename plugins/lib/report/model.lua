-- report.model: what both renderers show, computed once from a result
-- document (output.md): findings grouped by area, the sequence with links
-- between measures and the findings that asked for them, counts for the
-- summary, data gaps in the order to collect them, and the data the charts
-- draw. Only the result document is read: nothing here knows the profile
-- or the catalogue beyond what the document carries.
local ref = require("report.reference")
local text = require("report.text")

local M = {}

local function list(t)
  if type(t) ~= "table" then return {} end
  local out = {}
  for _, v in ipairs(t) do out[#out + 1] = v end
  return out
end
M.list = list

local area_of_prefix = {}
for i, area in ipairs(ref.areas) do
  area.rank = i
  for _, p in ipairs(area.prefixes) do area_of_prefix[p] = area end
end
ref.other_area.rank = #ref.areas + 1

function M.area_of(rule)
  local prefix = text.str(rule):match("^([^_.]+)")
  return area_of_prefix[prefix or ""] or ref.other_area
end

-- Unique HTML ids inside one report (several profiles share a page).
local function anchors(prefix)
  local used = {}
  return function(kind, id)
    local base = prefix .. kind .. "-" .. text.anchor(id)
    local a, n = base, 1
    while used[a] do
      n = n + 1
      a = base .. "-" .. n
    end
    used[a] = true
    return a
  end
end

-- Every evidence entry of the document by field, first one first: the
-- only place where the profile's own values appear.
local function evidence_index(doc)
  local by_field = {}
  local function add(entries)
    for _, ev in ipairs(list(entries)) do
      if type(ev) == "table" and ev.field ~= nil and by_field[ev.field] == nil then
        by_field[ev.field] = ev
      end
    end
  end
  if type(doc.stage) == "table" then add(doc.stage.evidence) end
  for _, f in ipairs(list(doc.findings)) do add(f.evidence) end
  return by_field
end

local function size_ratio_data(evidence, gaps_by_field)
  local out = {}
  for _, spec in ipairs(ref.size_ratios) do
    local series = { spec = spec, values = {}, at = {}, missing = {}, n = 0 }
    for _, class in ipairs(ref.size_classes) do
      local field = spec.field .. "." .. class.key
      local ev = evidence[field]
      if ev and type(ev.value) == "number" then
        series.values[class.key] = ev.value
        series.at[class.key] = ev.at
        series.n = series.n + 1
      elseif gaps_by_field[field] then
        series.missing[class.key] = true
      end
    end
    out[#out + 1] = series
  end
  return out
end

local function institution_rows(evidence, gaps, measure_by_id)
  local rows = {}
  for _, inst in ipairs(ref.institutions) do
    local base = "institutions." .. inst.key
    local row = { inst = inst, status = "unknown", recommended = {} }
    local present = evidence[base .. ".present"]
    local whole = evidence[base]
    local level = evidence[base .. ".level"]
    if present and type(present.value) == "boolean" then
      row.status = present.value and "present" or "absent"
      row.at = present.at
    elseif whole and type(whole.value) == "table" and type(whole.value.present) == "boolean" then
      row.status = whole.value.present and "present" or "absent"
      row.at = whole.at
    end
    if level and type(level.value) == "number" then row.level = level.value end
    if whole and type(whole.value) == "table" and type(whole.value.level) == "number" then
      row.level = row.level or whole.value.level
    end
    for _, g in ipairs(gaps) do
      if g.field == base or text.str(g.field):sub(1, #base + 1) == base .. "." then row.gap = true end
    end
    for _, id in ipairs(inst.measures) do
      local entry = measure_by_id[id]
      if entry then row.recommended[#row.recommended + 1] = entry end
    end
    table.sort(row.recommended, function(a, b)
      if a.phase ~= b.phase then return a.phase < b.phase end
      return text.str(a.m.id) < text.str(b.m.id)
    end)
    if row.status ~= "unknown" or row.level or row.gap or #row.recommended > 0 then
      rows[#rows + 1] = row
    end
  end
  return rows
end

-- PREFIX makes ids unique when several profiles share one page.
function M.build(doc, prefix)
  local anchor = anchors(prefix or "")
  local m = {
    doc = doc,
    prefix = prefix or "",
    profile = type(doc.profile) == "table" and doc.profile or {},
    engine = type(doc.engine) == "table" and doc.engine or {},
    stage = type(doc.stage) == "table" and doc.stage or nil,
  }
  m.title_name = m.profile.name or m.profile.iso3 or m.profile.path or "Unnamed profile"

  -- findings, by id and by area
  m.findings, m.finding_by_id = {}, {}
  m.counts = { critical = 0, warning = 0, advice = 0, info = 0, total = 0 }
  local by_area = {}
  for _, f in ipairs(list(doc.findings)) do
    local item = { f = f, area = M.area_of(f.rule), anchor = anchor("finding", f.id) }
    m.findings[#m.findings + 1] = item
    if f.id ~= nil and not m.finding_by_id[f.id] then m.finding_by_id[f.id] = item end
    if m.counts[f.severity] then m.counts[f.severity] = m.counts[f.severity] + 1 end
    m.counts.total = m.counts.total + 1
    by_area[item.area] = by_area[item.area] or { area = item.area, findings = {}, counts = {} }
    local group = by_area[item.area]
    group.findings[#group.findings + 1] = item
    group.counts[f.severity] = (group.counts[f.severity] or 0) + 1
  end
  m.areas = {}
  for _, group in pairs(by_area) do m.areas[#m.areas + 1] = group end
  table.sort(m.areas, function(a, b) return a.area.rank < b.area.rank end)
  for _, group in ipairs(m.areas) do
    group.anchor = anchor("area", group.area.id)
    local order = {}
    for i, item in ipairs(group.findings) do order[item] = i end
    table.sort(group.findings, function(a, b) -- severity, then document order
      local ra = ref.severity_rank[a.f.severity] or 9
      local rb = ref.severity_rank[b.f.severity] or 9
      if ra ~= rb then return ra < rb end
      return order[a] < order[b]
    end)
  end

  -- the sequence
  m.phases, m.measure_by_id = {}, {}
  m.n_measures = 0
  for _, ph in ipairs(list(doc.sequence)) do
    local phase = { phase = ph.phase, measures = {} }
    for _, meas in ipairs(list(ph.measures)) do
      local entry = { m = meas, phase = ph.phase, anchor = anchor("measure", meas.id) }
      phase.measures[#phase.measures + 1] = entry
      if meas.id ~= nil and not m.measure_by_id[meas.id] then m.measure_by_id[meas.id] = entry end
      m.n_measures = m.n_measures + 1
    end
    m.phases[#m.phases + 1] = phase
  end
  m.first_phase = m.phases[1]

  -- subsidy programmes, counted by classification
  m.subsidies = {}
  m.subsidy_counts = {}
  m.subsidies_hypothetical = false
  for _, s in ipairs(list(doc.subsidies)) do
    m.subsidies[#m.subsidies + 1] = { s = s, anchor = anchor("subsidy", s.id) }
    local c = s.classification or "unclassified"
    m.subsidy_counts[c] = (m.subsidy_counts[c] or 0) + 1
    if s.binding == false then m.subsidies_hypothetical = true end
  end

  -- data gaps: the fields that unlock the most rules first
  m.gaps = {}
  local gaps_by_field = {}
  for _, g in ipairs(list(doc.data_gaps)) do
    local item = { g = g, field = g.field, rules = list(g.needed_by), anchor = anchor("gap", g.field) }
    m.gaps[#m.gaps + 1] = item
    gaps_by_field[g.field] = item
  end
  local gap_order = {}
  for i, g in ipairs(m.gaps) do gap_order[g] = i end
  table.sort(m.gaps, function(a, b)
    if #a.rules ~= #b.rules then return #a.rules > #b.rules end
    return gap_order[a] < gap_order[b]
  end)
  m.unlockable_rules = {}
  local seen = {}
  for _, g in ipairs(m.gaps) do
    for _, r in ipairs(g.rules) do
      if not seen[r] then
        seen[r] = true
        m.unlockable_rules[#m.unlockable_rules + 1] = r
      end
    end
  end

  m.waivers = list(doc.waivers)
  m.errors = list(doc.errors)

  -- chart data
  local evidence = evidence_index(doc)
  m.size_ratios = size_ratio_data(evidence, gaps_by_field)
  m.institutions = institution_rows(evidence, m.gaps, m.measure_by_id)
  local builds = {}
  for _, row in ipairs(m.institutions) do
    for _, e in ipairs(row.recommended) do builds[e.m.id] = true end
  end
  m.n_other_measures = 0
  for _, ph in ipairs(m.phases) do
    for _, e in ipairs(ph.measures) do
      if not builds[e.m.id] then m.n_other_measures = m.n_other_measures + 1 end
    end
  end
  return m
end

-- The findings that asked for measure entry E, as finding items (ids the
-- document does not define come back as {id = ...}).
function M.reasons(m, e)
  local out = {}
  for _, id in ipairs(list(e.m.because)) do
    out[#out + 1] = m.finding_by_id[id] or { missing_id = id }
  end
  return out
end

-- Display name of a measure id: its title when it is in the sequence.
function M.measure_title(m, id)
  local e = m.measure_by_id[id]
  return e and e.m.title or text.str(id)
end

-- Why a measure a finding asked for is not in the sequence.
function M.absence(m, id)
  for _, w in ipairs(m.waivers) do
    if w.measure == id then return "waived" end
  end
  return "not in the sequence: already in place"
end

-- One-line summaries the renderers share.
function M.severity_summary(m)
  local parts = {}
  for _, s in ipairs(ref.severities) do
    if m.counts[s] > 0 then parts[#parts + 1] = text.num(m.counts[s]) .. " " .. s end
  end
  if #parts == 0 then return "no findings" end
  return text.count(m.counts.total, "finding") .. ": " .. table.concat(parts, ", ")
end

function M.subsidy_summary(m)
  if #m.subsidies == 0 then return "The profile lists no subsidy programmes." end
  local parts = {}
  for _, c in ipairs(ref.classification_order) do
    if m.subsidy_counts[c] then
      parts[#parts + 1] = text.num(m.subsidy_counts[c]) .. " " .. ref.classification_label[c]:lower()
    end
  end
  local unknown = {}
  for c in pairs(m.subsidy_counts) do
    if not ref.classification_label[c] then unknown[#unknown + 1] = c end
  end
  table.sort(unknown)
  for _, c in ipairs(unknown) do
    parts[#parts + 1] = text.num(m.subsidy_counts[c]) .. " " .. text.str(c)
  end
  local s = text.count(#m.subsidies, "programme") .. ": " .. table.concat(parts, ", ") .. "."
  if m.subsidies_hypothetical then
    s = s .. " The country is not a WTO member at the assessment date, so these classifications"
      .. " are hypothetical."
  end
  return s
end

function M.stage_summary(m)
  if not m.stage or not m.stage.id then return "Not assessed" end
  local s = ref.stage_label[m.stage.id] or text.str(m.stage.id)
  if m.stage.capability then
    s = s .. " (technological capability: " .. text.str(m.stage.capability) .. ")"
  end
  return s
end

function M.horizon(h)
  if h == nil then return "-" end
  local label = ref.horizon_label[h]
  if not label then return text.str(h) end
  return label .. " (" .. ref.horizon_span[h] .. ")"
end

-- Why a measure's stage matters here (sequencer fields stage_fit and
-- deferred_for_stage), or nil when it fits the country's stage.
function M.stage_fit(mm)
  local ahead = ({ ahead = "one stage", far_ahead = "two stages" })[mm.stage_fit]
  if not ahead then return nil end
  local s = "Suits the " .. (ref.stage_label[mm.stage] or text.str(mm.stage or "a later")):lower() .. " stage, "
    .. ahead .. " ahead of the country"
  if mm.deferred_for_stage then s = s .. ": held back for it" end
  return s
end

function M.classification(c)
  if c == nil then return "-" end
  return ref.classification_label[c] or text.str(c)
end

return M
