-- report.content: what a report says, as a small document tree that the
-- Markdown and HTML renderers only serialize, so the two formats cannot
-- drift apart. Built from the report model (report.model).
--
-- Blocks (tables with a `k` field):
--   section {id, title = inlines, blocks, article = bool, class}  nesting sets heading levels
--   para {inlines, class}            list {ordered, items = {inlines...}}
--   table {caption, headers = {string...}, rows = {{inlines...}...}, numeric = {[col] = true}}
--   quote {quote, cite}              facts {items = {{label, value = inlines, note}}}
--   tiles {items = {{n, label, class}}}   callout {inlines}
--   figure {chart = "timeline" | "size_ratios" | "institutions", id, caption}
-- Inlines: a list of plain strings and spans:
--   {t = "code", s}  {t = "link", to = anchor, inlines}  {t = "strong", inlines}
--   {t = "badge", severity}  (severity may also be "prerequisite")
--   {t = "br", md}  (md: what Markdown shows instead; default "; ")
--   {t = "anchor", id}  (a link target; only HTML has one)
-- Plain strings are unescaped text: the serializers escape them.
local ref = require("report.reference")
local text = require("report.text")
local model = require("report.model")

local value = text.value
local M = {}

local function code(s) return { t = "code", s = text.str(s) } end
local function link(to, ...) return { t = "link", to = to, inlines = { ... } } end
local function strong(...) return { t = "strong", inlines = { ... } } end
local BR = { t = "br" }
local BR_OR_SPACE = { t = "br", md = " " } -- a line break in HTML, a space in Markdown

-- Concatenates inline lists, putting SEP (a string or span) between them.
local function join(parts, sep)
  local out = {}
  for i, part in ipairs(parts) do
    if i > 1 then out[#out + 1] = sep end
    for _, x in ipairs(part) do out[#out + 1] = x end
  end
  return out
end

local function section(id, title, blocks, extra)
  local s = { k = "section", id = id, title = type(title) == "table" and title or { title }, blocks = blocks or {} }
  for key, v in pairs(extra or {}) do s[key] = v end
  return s
end

local function para(...) return { k = "para", inlines = { ... } } end

local function finding_ref(item)
  if item.missing_id then return { code(item.missing_id) } end
  return { link(item.anchor, text.str(item.f.title)), " (", code(item.f.id), ")" }
end

local function measure_refs(m, ids)
  local out = {}
  for _, id in ipairs(model.list(ids)) do
    local e = m.measure_by_id[id]
    if e then
      out[#out + 1] = { link(e.anchor, text.str(e.m.title)), " (", code(id), ", phase " .. value(e.phase) .. ")" }
    else
      out[#out + 1] = { code(id), " (" .. model.absence(m, id) .. ")" }
    end
  end
  return out
end

local function wto_design(w)
  if type(w) ~= "table" then return {} end
  local out = { strong(model.classification(w.classification)) }
  local arts = model.list(w.articles)
  if #arts > 0 then out[#out + 1] = " (SCM " .. table.concat(arts, ", ") .. ")" end
  if w.design_note then
    out[#out + 1] = BR
    out[#out + 1] = text.str(w.design_note)
  end
  return out
end

local function summary(m)
  local p = m.profile
  local blocks = {}
  local stage_note
  if m.stage and m.stage.id then
    local notes = {}
    if m.stage.capability then
      notes[#notes + 1] = "capability " .. value(m.stage.capability)
        .. (ref.capability_note[m.stage.capability] and ": " .. ref.capability_note[m.stage.capability] or "")
    end
    if ref.stage_note[m.stage.id] then notes[#notes + 1] = ref.stage_note[m.stage.id] end
    stage_note = table.concat(notes, "; ")
  end
  blocks[#blocks + 1] = { k = "facts", items = {
    { label = "Country", value = { text.str(m.title_name) .. (p.iso3 and " (" .. text.str(p.iso3) .. ")" or "") } },
    { label = "Reference year", value = { value(p.year) } },
    { label = "Judged as of", value = { value(p.as_of) } },
    { label = "Assessed stage", value = { m.stage and m.stage.id and (ref.stage_label[m.stage.id] or value(m.stage.id))
      or "not assessed" }, note = stage_note },
  } }
  if m.stage then
    local ev = {}
    for _, e in ipairs(model.list(m.stage.evidence)) do
      local item = { code(e.field), " = " .. value(e.value, e.field, e.unit) }
      if e.at then
        item[#item + 1] = " ("
        item[#item + 1] = code(e.at)
        item[#item + 1] = ")"
      end
      ev[#ev + 1] = item
    end
    if #ev > 0 then
      local inl = join(ev, "; ")
      table.insert(inl, 1, "Stage evidence: ")
      blocks[#blocks + 1] = { k = "para", class = "meta", inlines = inl }
    end
  end
  if #m.errors > 0 then
    blocks[#blocks + 1] = { k = "callout", inlines = { strong(text.count(#m.errors, "rule") .. " failed:"),
      " the findings and sequence below are incomplete. See ", link(m.prefix .. "errors", "Rule errors"), "." } }
  end
  local tiles = {}
  for _, s in ipairs(ref.severities) do
    tiles[#tiles + 1] = { n = m.counts[s], label = ref.severity_label[s], class = "sev-" .. s }
  end
  blocks[#blocks + 1] = section(nil, "Findings by severity", { { k = "tiles", items = tiles } })
  local key = {}
  for _, item in ipairs(m.findings) do
    if (item.f.severity == "critical" or item.f.severity == "warning") and #key < 5 then
      key[#key + 1] = { { t = "badge", severity = item.f.severity }, link(item.anchor, text.str(item.f.title)),
        " (" .. item.area.label .. ")" }
    end
  end
  if #key > 0 then
    blocks[#blocks + 1] = section(nil, "Key findings", { { k = "list", ordered = true, items = key } })
  end
  local first, FIRST_MAX = {}, 10
  local phase1 = m.first_phase and m.first_phase.measures or {}
  for i, e in ipairs(phase1) do
    if i > FIRST_MAX then break end
    first[#first + 1] = { link(e.anchor, text.str(e.m.title)), " · " .. model.horizon(e.m.horizon) }
  end
  local first_blocks = { #first > 0 and { k = "list", items = first } or para("No measure is recommended.") }
  if #phase1 > FIRST_MAX then
    first_blocks[2] = para("and " .. text.count(#phase1 - FIRST_MAX, "more measure") .. ": see ",
      link(m.prefix .. "phase-" .. text.anchor(value(m.first_phase.phase)), "Phase " .. value(m.first_phase.phase)), ".")
  end
  blocks[#blocks + 1] = section(nil, "First phase", first_blocks)
  local wto = { model.subsidy_summary(m) }
  if #m.subsidies > 0 then
    wto[#wto + 1] = " See "
    wto[#wto + 1] = link(m.prefix .. "subsidies", "Subsidy programmes")
    wto[#wto + 1] = "."
  end
  blocks[#blocks + 1] = section(nil, "WTO status of existing programmes", { { k = "para", inlines = wto } })
  local gaps
  if #m.gaps == 0 then
    gaps = para("None: every rule had the data it needed.")
  else
    gaps = para(text.count(#m.gaps, "field") .. " missing; collecting them would let "
      .. text.count(#m.unlockable_rules, "more rule") .. " run. See ", link(m.prefix .. "gaps", "Data gaps"),
      " below for what to collect.")
  end
  blocks[#blocks + 1] = section(nil, "Data gaps", { gaps })
  return section(m.prefix .. "summary", "Summary", blocks)
end

local function sequence(m)
  if #m.phases == 0 then
    return section(m.prefix .. "sequence", "Recommended sequence", { para("No measure is recommended.") })
  end
  local held, blocked = 0, 0
  for _, ph in ipairs(m.phases) do
    for _, e in ipairs(ph.measures) do
      if e.m.deferred_for_stage then held = held + 1 end
      if #model.list(e.m.blocked_by_waiver) > 0 then blocked = blocked + 1 end
    end
  end
  local intro = text.count(m.n_measures, "measure") .. " in " .. text.count(#m.phases, "phase")
    .. ". A measure sits in the first phase after everything it requires"
    .. (held > 0 and ", and after the groundwork of the country's own stage when it suits a later one" or "")
    .. "; horizons are short (under 2 years), medium (2 to 5 years) or long (over 5 years)."
  if held > 0 then intro = intro .. " " .. text.count(held, "measure") .. " held back for the stage." end
  if blocked > 0 then
    intro = intro .. " " .. text.count(blocked, "measure") .. " need" .. (blocked == 1 and "s" or "")
      .. " a waived measure: supply a substitute for it."
  end
  local blocks = {
    para(intro),
    { k = "figure", chart = "timeline", id = m.prefix .. "chart-timeline",
      caption = "The sequence by phase. Boxes link to the measures below; arrows run from a prerequisite to"
        .. " the measures that need it." },
  }
  for _, ph in ipairs(m.phases) do
    local rows = {}
    for _, e in ipairs(ph.measures) do
      local mm = e.m
      local why = {}
      if mm.added_as_prerequisite then why[#why + 1] = { { t = "badge", severity = "prerequisite" } } end
      for _, r in ipairs(model.reasons(m, e)) do why[#why + 1] = finding_ref(r) end
      local fit = model.stage_fit(mm)
      if fit then why[#why + 1] = { fit } end
      local waived = model.list(mm.blocked_by_waiver)
      if #waived > 0 then
        local ids = {}
        for _, id in ipairs(waived) do ids[#ids + 1] = { code(id) } end
        local inl = join(ids, ", ")
        table.insert(inl, 1, "Needs waived ")
        inl[#inl + 1] = ": supply a substitute"
        why[#why + 1] = inl
      end
      rows[#rows + 1] = {
        { { t = "anchor", id = e.anchor }, strong(text.str(mm.title)), BR_OR_SPACE, code(mm.id) },
        { model.horizon(mm.horizon) },
        join(why, BR),
        join(measure_refs(m, mm.requires), BR),
        join(measure_refs(m, mm.prerequisite_for), BR),
        wto_design(mm.wto),
      }
    end
    blocks[#blocks + 1] = section(m.prefix .. "phase-" .. text.anchor(value(ph.phase)), "Phase " .. value(ph.phase), {
      { k = "table", headers = { "Measure", "Horizon", "Why", "Requires", "Prepares for", "WTO design" }, rows = rows },
    })
  end
  return section(m.prefix .. "sequence", "Recommended sequence", blocks)
end

local function finding_section(m, item)
  local f = item.f
  local blocks = {
    { k = "para", class = "ids", inlines = { "Finding ", code(f.id), " from rule ", code(f.rule) } },
    para(text.str(f.message)),
  }
  local rows = {}
  for _, ev in ipairs(model.list(f.evidence)) do
    rows[#rows + 1] = {
      { code(ev.field) },
      { value(ev.value, ev.field, ev.unit) },
      { text.test(ev) or "" },
      { ev.benchmark ~= nil and value(ev.benchmark, ev.field, ev.unit) or "" },
      { ev.at and code(ev.at) or "" },
      { text.provenance(ev) or "" },
    }
  end
  blocks[#blocks + 1] = { k = "table", rows = rows,
    headers = { "Evidence", "Value", "Test", "Benchmark", "Profile position", "Provenance" } }
  local src = type(f.source) == "table" and f.source or {}
  local cite = text.citation(src)
  if cite or src.quote then
    blocks[#blocks + 1] = { k = "quote", quote = src.quote and text.str(src.quote), cite = cite }
  end
  local recs = measure_refs(m, f.measures)
  if #recs > 0 then
    local inl = join(recs, "; ")
    table.insert(inl, 1, "Recommends: ")
    blocks[#blocks + 1] = { k = "para", inlines = inl }
  end
  return section(item.anchor, { { t = "badge", severity = f.severity }, text.str(f.title) }, blocks,
    { article = true, class = "finding sev-" .. text.anchor(f.severity) })
end

local function findings(m)
  if #m.findings == 0 then
    return section(m.prefix .. "findings", "Findings", { para("No rule found anything to report.") })
  end
  local rows = {}
  for _, g in ipairs(m.areas) do
    local row = { { link(g.anchor, g.area.label) } }
    for _, s in ipairs(ref.severities) do row[#row + 1] = { text.num(g.counts[s] or 0) } end
    rows[#rows + 1] = row
  end
  local blocks = { { k = "table", caption = "Findings by area and severity", rows = rows,
    headers = { "Area", "Critical", "Warning", "Advice", "Info" },
    numeric = { [2] = true, [3] = true, [4] = true, [5] = true } } }
  for _, g in ipairs(m.areas) do
    local items = {}
    for _, item in ipairs(g.findings) do items[#items + 1] = finding_section(m, item) end
    blocks[#blocks + 1] = section(g.anchor, g.area.label, items)
  end
  return section(m.prefix .. "findings", "Findings", blocks)
end

local function size_classes(m)
  local any = false
  for _, series in ipairs(m.size_ratios) do any = any or series.n > 0 end
  if not any then return nil end
  local blocks = {
    para("Value added and wages per worker in establishments of each size class, as % of establishments with"
      .. " 300 or more persons, against Korea's and Japan's figures in the report."),
    { k = "figure", chart = "size_ratios", id = m.prefix .. "chart-size-classes",
      caption = "Korea 1992: Table 2-2 [L802-815]; Japan 1991: Table 2-3 [L818-832] (the report gives no wage"
        .. " figures for Japan). The dashed line marks parity with large establishments." },
  }
  for _, series in ipairs(m.size_ratios) do
    if series.n > 0 then
      local headers = { "Size class", text.str(m.title_name) }
      local numeric = { [2] = true }
      for b, bench in ipairs(series.spec.benchmarks) do
        headers[#headers + 1] = bench.label
        numeric[2 + b] = true
      end
      local rows = {}
      for _, class in ipairs(ref.size_classes) do
        local v = series.values[class.key]
        local row = { { class.label },
          { v and text.num(v) .. "%" or (series.missing[class.key] and "data gap" or "not in the result") } }
        for _, bench in ipairs(series.spec.benchmarks) do
          row[#row + 1] = { text.num(bench.values[class.key], 1, true) .. "%" }
        end
        rows[#rows + 1] = row
      end
      blocks[#blocks + 1] = { k = "table", caption = series.spec.title .. ", % of establishments with 300+ persons",
        headers = headers, rows = rows, numeric = numeric }
    end
  end
  return section(m.prefix .. "size-classes", "SME productivity and wages by size class", blocks)
end

local function institutions(m)
  if #m.institutions == 0 then return nil end
  local rows = {}
  for _, row in ipairs(m.institutions) do
    local status = ({ present = "in place", absent = "absent", unknown = "not known" })[row.status]
    if row.level then
      status = status .. ", level " .. text.num(row.level)
        .. (ref.institution_level[row.level] and " (" .. ref.institution_level[row.level] .. ")" or "")
    end
    if row.gap then status = status .. " (data gap)" end
    local built = {}
    for _, e in ipairs(row.recommended) do
      built[#built + 1] = { link(e.anchor, text.str(e.m.title)), " (", code(e.m.id), ", phase " .. value(e.phase) .. ")" }
    end
    rows[#rows + 1] = { { row.inst.label }, { status }, join(built, BR) }
  end
  local caption = "Rows come from the evidence and data gaps in the result and from the recommended measures."
  if m.n_other_measures > 0 then
    caption = caption .. " " .. text.count(m.n_other_measures, "other recommended measure")
      .. " change policy or programmes rather than build one of these institutions."
  end
  return section(m.prefix .. "institutions", "Institutions and the sequence", {
    para("The institutions the result says something about, whether the profile has them, and the phase in which"
      .. " a recommended measure builds them."),
    { k = "figure", chart = "institutions", id = m.prefix .. "chart-institutions", caption = caption },
    { k = "table", headers = { "Institution", "In the profile", "Built by" }, rows = rows },
  })
end

local function subsidies(m)
  if #m.subsidies == 0 then
    return section(m.prefix .. "subsidies", "Subsidy programmes", { para("The profile lists no subsidy programmes.") })
  end
  local rows = {}
  for _, item in ipairs(m.subsidies) do
    local s = item.s
    local class = { strong(model.classification(s.classification)) }
    local function more(line)
      class[#class + 1] = BR
      class[#class + 1] = line
    end
    if s.binding == false then more("hypothetical: not a WTO member") end
    if s.confidence then more("confidence: " .. value(s.confidence)) end
    local flags = model.list(s.flags)
    if #flags > 0 then more("flags: " .. table.concat(flags, ", ")) end
    local sdt = ""
    if type(s.sdt) == "table" then
      if s.sdt.applies then
        sdt = "applies" .. (s.sdt.basis and ": " .. value(s.sdt.basis) or "")
          .. (s.sdt.ends and ", until " .. value(s.sdt.ends) or "")
      else
        sdt = "does not apply"
      end
    end
    rows[#rows + 1] = {
      { { t = "anchor", id = item.anchor }, code(s.id), s.name and " " .. text.str(s.name) or "" },
      class,
      { table.concat(model.list(s.articles), ", ") },
      { sdt },
      { s.notes ~= nil and value(s.notes) or "" },
    }
  end
  return section(m.prefix .. "subsidies", "Subsidy programmes", {
    para(model.subsidy_summary(m)),
    { k = "table", rows = rows,
      headers = { "Programme", "Classification", "SCM articles", "Special and differential treatment", "Notes" } },
  })
end

local function data_gaps(m)
  if #m.gaps == 0 then
    return section(m.prefix .. "gaps", "Data gaps", { para("None: every rule had the data it needed.") })
  end
  local rows = {}
  for _, g in ipairs(m.gaps) do
    local rules = {}
    for _, r in ipairs(g.rules) do rules[#rules + 1] = { code(r) } end
    rows[#rows + 1] = { { { t = "anchor", id = g.anchor }, code(g.field) }, join(rules, ", "),
      { g.g.why ~= nil and value(g.g.why) or "" } }
  end
  return section(m.prefix .. "gaps", "Data gaps", {
    para("Collect these fields next, those that unlock the most rules first. Missing data is never read as zero"
      .. " or false: the rules listed did not run."),
    { k = "table", headers = { "Field", "Unlocks rules", "Why" }, rows = rows },
  })
end

local function waivers(m)
  if #m.waivers == 0 then return nil end
  local rows = {}
  for _, w in ipairs(m.waivers) do
    local note = {}
    if w.in_place then note[#note + 1] = { "in place anyway" } end
    if w.known == false then note[#note + 1] = { "not in the measures catalogue" } end
    local asked = {}
    for _, id in ipairs(model.list(w.because)) do
      asked[#asked + 1] = finding_ref(m.finding_by_id[id] or { missing_id = id })
    end
    if #asked > 0 then
      local inl = join(asked, "; ")
      table.insert(inl, 1, "asked for by ")
      note[#note + 1] = inl
    end
    local needed = measure_refs(m, w.needed_by)
    if #needed > 0 then
      local inl = join(needed, "; ")
      table.insert(inl, 1, "needed by ")
      inl[#inl + 1] = ", placed as if it were in place: supply a substitute"
      note[#note + 1] = inl
    end
    local measure = { code(w.measure) }
    if w.title then measure = { strong(text.str(w.title)), BR_OR_SPACE, code(w.measure) } end
    rows[#rows + 1] = { measure, { w.reason ~= nil and value(w.reason) or "" }, join(note, BR) }
  end
  return section(m.prefix .. "waivers", "Waived measures", {
    para("Measures the advisor ruled out for this country; the sequence leaves them out."),
    { k = "table", headers = { "Measure", "Reason", "Note" }, rows = rows },
  })
end

local function rule_errors(m)
  if #m.errors == 0 then return nil end
  local rows = {}
  for _, e in ipairs(m.errors) do
    local where = e.file and (text.str(e.file) .. (e.line and ":" .. text.str(e.line) or "")) or nil
    rows[#rows + 1] = { { code(e.rule) }, { ref.error_kind_label[e.kind] or value(e.kind) },
      { where and code(where) or "" }, { text.str(e.message) } }
  end
  return section(m.prefix .. "errors", "Rule errors", {
    para("These rules failed; their findings are missing from this report."),
    { k = "table", headers = { "Rule", "Failure", "Where", "Message" }, rows = rows },
  })
end

-- The sections of one profile's report, in reading order (absent ones
-- left out).
function M.sections(m)
  local out = {}
  for _, build in ipairs({ summary, sequence, findings, size_classes, institutions, subsidies, data_gaps, waivers,
    rule_errors }) do
    local s = build(m)
    if s then out[#out + 1] = s end
  end
  return out
end

-- Where the report comes from: engine versions, the profile PATHS (a list
-- of strings) and the report the citations point into.
function M.about(engine, paths)
  engine = engine or {}
  local out = { "Generated by latecomer " .. value(engine.version) .. " (rules " .. value(engine.rules_version) .. ", "
    .. value(engine.lua) .. ") from " }
  for i, path in ipairs(paths) do
    if i > 1 then out[#out + 1] = ", " end
    out[#out + 1] = code(path)
  end
  out[#out + 1] = ". Citations point into 2012 Modularization of Korea's Development Experience: Small and Medium"
    .. " Enterprise Promotion Policy (KDI / MOSF 2013); [Lnnn] is a line of its text."
  return out
end

-- "XAA · reference year 2024 · judged as of 2025-06-30"
function M.subtitle(m)
  local p = m.profile
  return (p.iso3 and text.str(p.iso3) .. " · " or "") .. "reference year " .. value(p.year) .. " · judged as of "
    .. value(p.as_of)
end

return M
