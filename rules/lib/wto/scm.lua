-- wto/scm.lua: the WTO subsidy classifier. It walks the decision procedure
-- of docs/wto.md, step by step, for one subsidy programme (a profile's
-- subsidy_programs[] item, or the design of a recommended measure) of one
-- member at one date, and returns one subsidies[] entry of the result
-- document:
--
--   classification  not_a_subsidy | prohibited | actionable_specific |
--                   non_specific | formerly_non_actionable_art8
--   articles        the provisions relied on, in the order the procedure
--                   reached them ("3.1(a)", "Annex I(e)", "AoA 9.4", ...)
--   sdt             {applies, basis, ends}: special and differential treatment
--   binding         false when the Agreements do not bind the country at
--                   as_of (the classification is then hypothetical)
--   flags, confidence (high | medium | low), notes
--
-- plus, for the engine and for rules: path (the docs/wto.md nodes taken),
-- missing (the fields it needed and did not find) and facts.
--
-- Where a fact is missing the classifier takes the reading less favourable
-- to the programme, says so in notes and lowers the confidence: an advisor
-- is never told a programme is safe on data nobody has checked.
--
-- Usage from a rule:
--   local scm = require("wto.scm")
--   local entry = scm.classify(program, p, ctx.as_of, ctx.config)
local Verdict = require("wto.verdict")
local dates = require("wto.dates")
local member = require("wto.member")
local contribution = require("wto.contribution")
local export = require("wto.export")
local agriculture = require("wto.agriculture")
local sdt = require("wto.sdt")
local specificity = require("wto.specificity")
local art8 = require("wto.art8")

local scm = {}

-- The proposed thresholds (rules/config.yaml, section wto_scm).
local THRESHOLDS = {
  "graduation_watch_years", "graduation_watch_gnp_pct", "graduation_watch_export_share_pct",
}

local function thresholds(config)
  local section = type(config) == "table" and config.wto_scm or nil
  if type(section) ~= "table" then
    error("wto.scm.classify needs the rule pack's config (pass ctx.config) with a " ..
      "'wto_scm:' section", 3)
  end
  local t = {}
  for _, name in ipairs(THRESHOLDS) do
    if type(section[name]) ~= "number" then
      error("config.yaml wto_scm." .. name .. " must be a number", 3)
    end
    t[name] = section[name]
  end
  return t
end

local function check_arguments(program, p, as_of)
  if type(program) ~= "table" then
    error("wto.scm.classify: the programme must be a table (got " .. type(program) .. ")", 3)
  end
  if not contribution.known_instrument(program.instrument) then
    error("wto.scm.classify: programme " .. tostring(program.id or program.name or "?") ..
      " has instrument '" .. tostring(program.instrument) .. "' (expected one of the " ..
      "subsidy_programs[].instrument values of the profile format)", 3)
  end
  if type(p) ~= "table" then error("wto.scm.classify: the profile must be a table", 3) end
  if not dates.is_date(as_of) then
    error("wto.scm.classify: as_of must be a date YYYY-MM-DD (got " .. tostring(as_of) .. ")", 3)
  end
end

-- Step 11: what follows from the classification.
local function finish(v, ctx, classification)
  local subsidy_to_notify = classification == "prohibited" or
    classification == "actionable_specific" or classification == "formerly_non_actionable_art8"
  if subsidy_to_notify and ctx.binding then
    v:at("11.1"):flag("notify_art25")
  elseif subsidy_to_notify then
    v:at("11.2"):note("A member would have to notify it as a specific subsidy (Art 25.2).")
  end
  v.facts.binding = ctx.binding
  return v:finish(classification, ctx.binding)
end

-- Step 8: put the contingency outcomes of steps 4-7 together. Returns the
-- classification, or nil when the subsidy is not contingent (go on to step 9).
local function contingent_outcome(outcomes, export_result, v)
  if #outcomes == 0 then return nil end
  for _, o in ipairs(outcomes) do
    if o.prohibited then
      v:at("8.1"):cite("2.3")
      v.facts.prohibited = true
      return "prohibited"
    end
  end
  local bases, ends = {}, nil
  for _, o in ipairs(outcomes) do
    if o.basis then bases[#bases + 1] = o.basis end
    if o.ends and (ends == nil or o.ends < ends) then ends = o.ends end
  end
  if export_result.kind == "safe_haven" and #outcomes == 1 then
    v:at("8.3"):cite("2.1(a)")
  else
    v:at("8.2"):cite("2.3")
  end
  if #bases > 0 then v:special_treatment(table.concat(bases, "; "), ends) end
  v.facts.exempt = true
  return "actionable_specific"
end

function scm.classify(program, p, as_of, config)
  check_arguments(program, p, as_of)
  local cfg = thresholds(config)
  local v = Verdict.new()
  local ctx = member.context(p, as_of, cfg, v)              -- step 0

  if not contribution.in_scope(program, v) then            -- step 1
    return finish(v, ctx, "not_a_subsidy")
  end
  local form = contribution.form(program, v)               -- step 2
  if not form then return finish(v, ctx, "not_a_subsidy") end
  if not contribution.benefit(program, form, v) then      -- step 3
    return finish(v, ctx, "not_a_subsidy")
  end

  local outcomes = {}
  local ex = export.assess(program, ctx, v)                 -- step 4
  v.facts.export = ex.kind
  v.facts.export_grounds = ex.grounds
  if ex.kind == "not_a_subsidy" then return finish(v, ctx, "not_a_subsidy") end
  if ex.kind == "export_subsidy" then
    local o = agriculture.gate(program, ctx, v)              -- step 5
      or sdt.export_subsidy(program, ctx, cfg, v)          -- step 6
    o.ground = "export"
    outcomes[#outcomes + 1] = o
  elseif ex.kind == "safe_haven" then
    outcomes[#outcomes + 1] = { exempt = true, ground = "export" }
  end
  local lc = sdt.local_content(program, ctx, v)             -- step 7
  v.facts.local_content = lc ~= nil
  if lc then
    lc.ground = "local_content"
    outcomes[#outcomes + 1] = lc
  end
  for _, o in ipairs(outcomes) do
    if o.prohibited then
      v.facts["prohibited_" .. o.ground] = true
    end
  end
  local decided = contingent_outcome(outcomes, ex, v)      -- step 8
  if decided then return finish(v, ctx, decided) end

  if not specificity.assess(program, v) then               -- step 9
    v.facts.specific = false
    return finish(v, ctx, "non_specific")
  end
  v.facts.specific = true
  return finish(v, ctx, art8.classify(program, ctx, v))    -- step 10
end

return scm
