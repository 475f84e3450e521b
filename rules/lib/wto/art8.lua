-- wto/art8.lua: step 10 of docs/wto.md. The former non-actionable
-- subsidies of SCM Art 8.2: research assistance (a), assistance to
-- disadvantaged regions (b) and environmental adaptation (c). Art 31 applied
-- Art 8 for five years only; it lapsed at the end of 1999. A specific
-- programme that meets the old tests is today an ordinary actionable subsidy,
-- reported as formerly_non_actionable_art8 because the tests remain the best
-- available benchmark of a defensible design.
local law = require("wto.law")

local art8 = {}

local RESEARCH_NODE = {
  industrial_research = "10.2a", precompetitive_development = "10.2b", both = "10.2c",
}
local RESEARCH_WHAT = {
  industrial_research = "industrial research",
  precompetitive_development = "pre-competitive development",
  both = "a programme spanning industrial research and pre-competitive development",
}

-- Each test returns the list of conditions that fail (empty when met).
local function research_test(a, v)
  local failed = {}
  local cap = law.art8_2a_max_pct[a.kind]
  if a.aid_intensity_pct == nil then
    v:gap("program.art8_profile.aid_intensity_pct")
    failed[#failed + 1] = "aid intensity unknown"
  elseif a.aid_intensity_pct > cap then
    failed[#failed + 1] = string.format("aid covers %g%% of costs, above the %g%% allowed for %s",
      a.aid_intensity_pct, cap, RESEARCH_WHAT[a.kind])
  end
  if a.eligible_cost_categories_only ~= true then
    if a.eligible_cost_categories_only == nil then
      v:gap("program.art8_profile.eligible_cost_categories_only")
    end
    failed[#failed + 1] = "costs not confined to the eligible categories of Art 8.2(a)(i)-(v)"
  end
  return failed
end

local REGION_CONDITIONS = {
  { "contiguous_designated", "a clearly designated contiguous area (8.2(b)(i))" },
  { "admin_identity", "a definable economic and administrative identity (8.2(b)(i))" },
  { "criteria_in_law", "neutral, objective criteria spelled out in law (8.2(b)(ii))" },
  { "general_framework", "a general framework of regional development (8.2(b))" },
  { "non_specific_within_region", "non-specific within the region (8.2(b))" },
  { "ceilings_differentiated", "aid ceilings differentiated by level of development (8.2(b)(ii))" },
}

local function region_test(a, v)
  local r = a.region or {}
  local failed = {}
  if a.region == nil then v:gap("program.art8_profile.region") end
  for _, c in ipairs(REGION_CONDITIONS) do
    if r[c[1]] ~= true then failed[#failed + 1] = "not shown: " .. c[2] end
  end
  local poor = r.gdp_pc_pct_of_avg ~= nil and r.gdp_pc_pct_of_avg <= law.art8_2b_gdp_pc_max_pct
  local jobless = r.unemployment_pct_of_avg ~= nil and
    r.unemployment_pct_of_avg >= law.art8_2b_unemployment_min_pct
  if not (poor or jobless) then
    failed[#failed + 1] = string.format("neither income or GDP per capita at most %g%% of the " ..
      "average nor unemployment at least %g%% of it (8.2(b)(iii))",
      law.art8_2b_gdp_pc_max_pct, law.art8_2b_unemployment_min_pct)
  end
  if (r.measured_over_years or 0) < law.art8_2b_measured_years then
    failed[#failed + 1] = "not measured over a three-year period (8.2(b)(iii))"
  end
  return failed
end

local ENVIRONMENT_CONDITIONS = {
  { "new_requirements_by_law", true, "new environmental requirements imposed by law" },
  { "one_time", true, "a one-time, non-recurring measure (8.2(c)(i))" },
  { "covers_replacement_or_operating", false,
    "replacement and operating costs borne by the firms (8.2(c)(iii))" },
  { "linked_proportionate_pollution_reduction", true,
    "linked and proportionate to the planned reduction of pollution (8.2(c)(iv))" },
  { "available_to_all_firms_able_to_adopt", true,
    "available to all firms that can adopt the new equipment or process (8.2(c)(v))" },
}

local function environment_test(a, v)
  local env = a.environment or {}
  local failed = {}
  if a.environment == nil then v:gap("program.art8_profile.environment") end
  if (env.facility_age_years or 0) < law.art8_2c_min_facility_age_years then
    failed[#failed + 1] = "facilities not shown to have operated two years or more"
  end
  for _, c in ipairs(ENVIRONMENT_CONDITIONS) do
    if env[c[1]] ~= c[2] then failed[#failed + 1] = "not shown: " .. c[3] end
  end
  if a.aid_intensity_pct == nil or a.aid_intensity_pct > law.art8_2c_max_pct then
    failed[#failed + 1] = string.format("aid not shown to be at most %g%% of the adaptation " ..
      "cost (8.2(c)(ii))", law.art8_2c_max_pct)
  end
  return failed
end

local TESTS = {
  industrial_research = { test = research_test, article = "8.2(a)" },
  precompetitive_development = { test = research_test, article = "8.2(a)" },
  both = { test = research_test, article = "8.2(a)" },
  disadvantaged_region = { test = region_test, article = "8.2(b)", node = "10.3" },
  environmental_adaptation = { test = environment_test, article = "8.2(c)", node = "10.4" },
}

-- For a specific subsidy: the final classification.
function art8.classify(program, ctx, v)
  local a = program.art8_profile
  if a == nil or a.kind == nil then
    v:at("10.1")
    return "actionable_specific"
  end
  local t = TESTS[a.kind]
  local failed = t.test(a, v)
  v.facts.art8 = { kind = a.kind, met = #failed == 0, intensity = a.aid_intensity_pct,
                   cap = law.art8_2a_max_pct[a.kind], failed = failed }
  if #failed > 0 then
    v:at("10.5"):cite(t.article):flag("art8_tests_not_met")
    v:note("Would not have met the former Art " .. t.article .. " tests: " ..
      table.concat(failed, "; ") .. ". An ordinary actionable subsidy.")
    return "actionable_specific"
  end
  if ctx.law_date <= law.art8_last_day then
    v:at("10.6"):cite(t.article, "8.3"):flag("art8_in_force")
    v:note("Meets the Art " .. t.article .. " tests while Art 8 applied (to " ..
      law.art8_last_day .. ", Art 31): non-actionable if notified in advance under Art 8.3. " ..
      "The contract's label for the category is formerly_non_actionable_art8.")
    return "formerly_non_actionable_art8"
  end
  v:at(t.node or RESEARCH_NODE[a.kind]):cite(t.article, "31")
  v:note("Meets the former Art " .. t.article .. " tests, but Art 8 lapsed on " ..
    law.art8_last_day .. " (Art 31): a specific subsidy like any other, actionable if it " ..
    "causes adverse effects; the old tests remain a good design benchmark.")
  return "formerly_non_actionable_art8"
end

return art8
