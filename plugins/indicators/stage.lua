-- Lesson 1 (stage_phase_classifier): the country's development stage, read
-- by every stage-dependent rule as p.derived.stage and printed as the
-- result's `stage`.
--
-- 1. When the profile gives the technological capability (Table S-1), map
--    it as lessons.md §0.1 proposes: operational -> catch_up; duplicative,
--    adaptive -> transition; innovative -> innovation.
-- 2. Otherwise fall back on R&D intensity, anchored on Korea's own figures:
--    0.8% of GNP in 1980 and 1.9% in 1990 [L141], 2.3% in 1994 [L479];
--    government financed 60% of R&D in the early 1980s, industry a little
--    more than 70% in the late 1980s (fn 18 [L481]). The business share of
--    R&D corroborates the band; when it contradicts it, confidence is low.
--    Innovation needs firms that design next-generation systems (Table S-1,
--    [L155]): an ODM or own-brand export channel.
-- 3. Sub-phase flags for catch-up countries: `takeoff_window` (labour-
--    intensive manufactures dominate exports, Korea about 75% in 1965-72
--    [L218]) and `hci_pressure` (fast real wage growth erodes those
--    exports, the push behind the 1973 HCI drive [L258]).
-- Thresholds live in plugins/config.yaml (section `stage`).
local STAGE_OF_CAPABILITY = {
  operational = "catch_up",
  duplicative = "transition",
  adaptive = "transition",
  innovative = "innovation",
}

-- Where Korea stood at the same stage (Summary [L125], Tables S-1 and S-2).
local KOREA_CAPABILITY_PERIOD = {
  operational = "1971-1980: operational (operate foreign-supplied plant)",
  duplicative = "1981-1990: duplicative (expand plant without foreign assistance)",
  adaptive = "1991-2001: adaptive (adapt product design, re-engineer processes)",
  innovative = "2001-2010: innovative (develop next-generation systems)",
}
local TAKEOFF = "takeoff, 1961-1972"
local HCI = "heavy-chemical industry promotion, 1973-1979"
local LIBERALIZATION = "liberalization, restructuring and technological development, 1979-1991"
local SCIENCE = "scientific and technological development, after 1992"
local SME_TARGETS = {
  catch_up = "1962-1977: export SMEs",
  transition = "1978-1995: subcontracting SMEs and specialized suppliers",
  innovation = "1996-2002: innovative SMEs",
}

local function number_evidence(field, value, op, threshold, note)
  return { field = field, value = value, op = op, threshold = threshold, note = note }
end

-- Stage from R&D intensity; nil when R&D intensity is unknown.
local function stage_from_rd(p, ctx, evidence)
  local tech = p.technology or {}
  local rd, business = tech.rd_pct_gdp, tech.business_rd_share_pct
  if rd == nil then
    ctx:missing("technology.capability_stage", "technology.rd_pct_gdp")
    return nil
  end
  local rd_transition = ctx:threshold("rd_pct_gdp_transition_min")
  local rd_innovation = ctx:threshold("rd_pct_gdp_innovation_min")
  local stage, capability_like, confidence
  if rd < rd_transition then
    stage, capability_like = "catch_up", "operational"
    evidence[#evidence + 1] = number_evidence("technology.rd_pct_gdp", rd, "<", rd_transition,
      "Korea spent 0.8% of GNP on R&D in 1980, at the end of its catch-up phase [L141]")
  elseif rd < rd_innovation then
    stage, capability_like = "transition", "duplicative"
    evidence[#evidence + 1] = number_evidence("technology.rd_pct_gdp", rd, ">=", rd_transition,
      "Korea: 1.9% of GNP in 1990, 2.3% in 1994, its duplicative and adaptive stages [L141][L479]")
  else
    evidence[#evidence + 1] = number_evidence("technology.rd_pct_gdp", rd, ">=", rd_innovation)
    local channel = tech.export_channel
    if channel == "odm" or channel == "own_brand" then
      stage, capability_like = "innovation", "innovative"
      evidence[#evidence + 1] = { field = "technology.export_channel", value = channel,
        note = "firms design their own products: the innovative stage of Table S-1" }
    else
      -- High R&D alone does not show the ability to develop next-generation
      -- systems; stay with the more cautious stage.
      stage, capability_like = "transition", "adaptive"
      if channel == nil then
        ctx:missing("technology.export_channel")
      else
        evidence[#evidence + 1] = { field = "technology.export_channel", value = channel,
          note = "exporters still build to others' designs: not yet the innovative stage" }
      end
    end
  end
  if business == nil then
    confidence = "medium"
    ctx:missing("technology.business_rd_share_pct")
  else
    local catch_up_max = ctx:threshold("business_rd_share_catch_up_max")
    local transition_min = ctx:threshold("business_rd_share_transition_min")
    if stage == "catch_up" then
      local agrees = business < catch_up_max
      confidence = agrees and "high" or "low"
      evidence[#evidence + 1] = number_evidence("technology.business_rd_share_pct", business,
        agrees and "<" or ">=", catch_up_max,
        "government financed 60% of Korea's R&D in the early 1980s (fn 18 [L481])")
    else
      local agrees = business >= transition_min
      confidence = agrees and "high" or "low"
      evidence[#evidence + 1] = number_evidence("technology.business_rd_share_pct", business,
        agrees and ">=" or "<", transition_min,
        "industry financed a little more than 70% of Korea's R&D in the late 1980s (fn 18 [L481])")
    end
  end
  return stage, capability_like, confidence
end

-- Sub-phase flags of a catch-up country.
local function catch_up_flags(p, ctx, evidence)
  local macro = p.macro or {}
  local flags = {}
  local labor = macro.labor_intensive_share_manuf_exports_pct
  local wages = macro.real_wage_growth_manuf_pct
  local labor_min = ctx:threshold("takeoff_labor_intensive_share_min")
  if labor ~= nil and labor >= labor_min then
    flags[#flags + 1] = "takeoff_window"
    evidence[#evidence + 1] = number_evidence("macro.labor_intensive_share_manuf_exports_pct",
      labor, ">=", labor_min,
      "labour-intensive light manufactures were about 75% of Korea's manufactured exports in 1965-72 [L218]")
    local wage_min = ctx:threshold("hci_pressure_real_wage_growth_min")
    if wages ~= nil and wages >= wage_min then
      flags[#flags + 1] = "hci_pressure"
      evidence[#evidence + 1] = number_evidence("macro.real_wage_growth_manuf_pct", wages, ">=",
        wage_min, "rising wages and low-wage competition pushed Korea into the 1973 HCI drive [L258]")
    end
  end
  table.sort(flags)
  return flags
end

local function korea_analogue(stage, capability, flags)
  local industrial
  if stage == "catch_up" then
    industrial = TAKEOFF
    for _, f in ipairs(flags) do
      if f == "hci_pressure" then industrial = HCI end
    end
  elseif stage == "transition" then
    industrial = capability == "duplicative" and LIBERALIZATION or SCIENCE
  else
    industrial = SCIENCE
  end
  return {
    capability_period = KOREA_CAPABILITY_PERIOD[capability],
    industrial_policy_phase = industrial,
    sme_policy_targets = SME_TARGETS[stage],
  }
end

return {
  id = "stage",
  kind = "indicator",
  title = "Development stage from technological capability (Table S-1) or R&D intensity",

  derive = function(p, ctx)
    local tech = p.technology or {}
    local evidence = {}
    local capability = tech.capability_stage
    local stage, basis, confidence, capability_like
    if capability ~= nil then
      stage, basis, confidence, capability_like =
        STAGE_OF_CAPABILITY[capability], "capability_stage", "high", capability
      evidence[1] = { field = "technology.capability_stage", value = capability,
        note = "Table S-1: " .. KOREA_CAPABILITY_PERIOD[capability] }
    else
      basis = "rd_intensity"
      stage, capability_like, confidence = stage_from_rd(p, ctx, evidence)
      if stage == nil then return nil end
    end
    local flags = stage == "catch_up" and catch_up_flags(p, ctx, evidence) or {}
    return {
      id = stage,
      capability = capability,
      evidence = evidence,
      basis = basis,
      confidence = confidence,
      flags = flags,
      korea_analogue = korea_analogue(stage, capability_like, flags),
    }
  end,
}
