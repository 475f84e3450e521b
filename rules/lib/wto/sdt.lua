-- wto/sdt.lua: steps 6 and 7 of docs/wto.md. Special and differential
-- treatment under SCM Art 27 for export subsidies (Art 27.2, with the
-- export-competitiveness phase-out of Arts 27.5-27.6) and for local-content
-- subsidies (Art 27.3), judged at the law date of step 0.
local law = require("wto.law")
local dates = require("wto.dates")

local sdt = {}

-- Arts 27.5-27.6: the first calendar year by which the member's share of
-- world trade in a product (HS heading) had reached 3.25% for two
-- consecutive years, counting only years complete at as_of. Returns the
-- year and the heading, or nil.
local function export_competitiveness(program, ctx, cfg, v)
  local shares = program.product_world_export_share
  if shares == nil or #shares == 0 then
    v:gap("program.product_world_export_share")
    v:doubt("medium", "The member's share of world trade in the product is unknown: export " ..
      "competitiveness (Art 27.6) cannot be ruled out.")
    return nil
  end
  local by_hs, headings = {}, {}
  for _, e in ipairs(shares) do
    if e.hs ~= nil and e.year ~= nil and e.share_pct ~= nil and
        dates.year_complete_by(e.year, ctx.as_of) then
      local hs = tostring(e.hs)
      if not by_hs[hs] then
        by_hs[hs] = {}
        headings[#headings + 1] = hs
      end
      by_hs[hs][e.year] = e.share_pct
    end
  end
  table.sort(headings)
  local reached, reached_hs, near = nil, nil, false
  for _, hs in ipairs(headings) do
    local latest = nil
    for year, share in pairs(by_hs[hs]) do
      if latest == nil or year > latest then latest = year end
      local first = year - law.art27_6_consecutive_years + 1
      local all = true
      for y = first, year do
        local s = by_hs[hs][y]
        if s == nil or s < law.art27_6_share_pct then all = false end
      end
      if all and (reached == nil or year < reached) then reached, reached_hs = year, hs end
    end
    if by_hs[hs][latest] >= cfg.graduation_watch_export_share_pct then near = true end
  end
  if reached == nil and near then
    v:flag("graduation_watch"):note(string.format("The member's share of world trade in the " ..
      "product has reached %g%%: export competitiveness (3.25%% in two consecutive years, " ..
      "Art 27.6) is near.", cfg.graduation_watch_export_share_pct))
  end
  return reached, reached_hs
end

local function phase_out(years, basis, ctx, v, reached, hs)
  local ends = dates.year_end(reached + years)
  v:cite("27.5", "27.6")
  if ctx.law_date <= ends then
    v:flag("graduation_watch"):note(string.format("Export competitiveness in HS %s since %d " ..
      "(3.25%% of world trade two years running, Art 27.6): export subsidies on it must be " ..
      "phased out over %d years, by %s (Art 27.5).", hs, reached, years, ends))
    return { exempt = true, basis = "27.5 (phase-out, " .. basis .. ")", ends = ends }
  end
  v:note(string.format("Export competitiveness in HS %s since %d (Art 27.6): the %d-year " ..
    "phase-out of Art 27.5 ended on %s.", hs, reached, years, ends))
  return { prohibited = true }
end

-- Step 6: is this export subsidy exempt from the Art 3.1(a) prohibition?
function sdt.export_subsidy(program, ctx, cfg, v)
  local st = ctx.status
  if st.accession_override then
    v:at("6.1"):note("The accession protocol waived Art 27 treatment for export subsidies: " ..
      "the Art 3.1(a) prohibition applies in full.")
    return { prohibited = true }
  end
  if st.category == "developed" then
    v:at("6.2")
    return { prohibited = true }
  end
  if st.category == "annex_vii_a" or st.category == "annex_vii_b" then
    local annex = st.category == "annex_vii_a" and "Annex VII(a)" or "Annex VII(b)"
    v:cite("27.2(a)", annex)
    if st.category == "annex_vii_b" then v:cite("Doha para 10.1") end
    local reached, hs = export_competitiveness(program, ctx, cfg, v)
    if reached then
      local r = phase_out(law.art27_5_phase_out_years.annex_vii, "27.2(a), " .. annex, ctx, v,
        reached, hs)
      v:at(r.exempt and "6.3b" or "6.3c")
      return r
    end
    v:at("6.3a"):cite("27.7")
    v:note("Art 27.2(a) lifts the export-subsidy prohibition for members in " .. annex ..
      (st.ends and (" (until LDC graduation on " .. st.ends .. ")") or "") .. "; the " ..
      "subsidy stays actionable through Art 7 remedies (Art 27.7).")
    return { exempt = true, basis = "27.2(a), " .. annex, ends = st.ends }
  end
  v:cite("27.2(b)")
  if ctx.law_date > law.art27_2b_last_day then
    v:at("6.4d"):note("The eight-year transition of Art 27.2(b) for developing members " ..
      "outside Annex VII ended on " .. law.art27_2b_last_day .. ": the prohibition applies.")
    return { prohibited = true }
  end
  local reached, hs = export_competitiveness(program, ctx, cfg, v)
  if reached then
    local r = phase_out(law.art27_5_phase_out_years.other, "27.2(b)", ctx, v, reached, hs)
    if r.exempt and r.ends > law.art27_2b_last_day then r.ends = law.art27_2b_last_day end
    v:at(r.exempt and "6.4b" or "6.4c")
    return r
  end
  v:at("6.4a"):cite("27.4")
  v:note("Within the Art 27.2(b) transition (to " .. law.art27_2b_last_day .. "), on the " ..
    "conditions of Art 27.4 (no increase, phase-out).")
  return { exempt = true, basis = "27.2(b)", ends = law.art27_2b_last_day }
end

-- Step 7: local content (Art 3.1(b)), agriculture included. Returns nil when
-- the subsidy is not contingent on using domestic over imported goods.
function sdt.local_content(program, ctx, v)
  local c = program.contingency
  if not (c and c.local_content == true) then
    v:at("7.3")
    return nil
  end
  v:cite("3.1(b)")
  local st = ctx.status
  if st.category ~= "developed" then
    local last = st.ldc and law.art27_3_last_day.ldc or law.art27_3_last_day.developing
    if ctx.law_date <= last then
      v:at("7.1"):cite("27.3"):note("Contingent on using domestic over imported goods, but " ..
        "within the Art 27.3 transition for " .. (st.ldc and "least-developed" or "developing") ..
        " members (to " .. last .. ").")
      return { exempt = true, basis = "27.3", ends = last }
    end
  end
  v:at("7.2"):note("Contingent on using domestic over imported goods: prohibited by " ..
    "Art 3.1(b)" .. (st.category ~= "developed" and (", the Art 27.3 transitions having " ..
    "ended") or "") .. ".")
  if (program.product_scope or "industrial") ~= "industrial" then
    v:note("Agricultural products included: the AoA does not authorise import-substitution " ..
      "subsidies (US - Upland Cotton, Appellate Body, 2005).")
  end
  return { prohibited = true }
end

return sdt
