-- Lesson 61 (gov_planning_budget_evaluation): give the planning agency budget
-- authority and a performance-evaluation mandate, revise the plan yearly with
-- the budget, and trigger a strategic review when export competitiveness and
-- the balance of payments deteriorate together. The EPB "was responsible not
-- only for development planning but also for budgeting and performance
-- evaluation"; a medium-term fiscal plan "increased the link between the
-- development plan and the annual budget"; "At the end of each decade when
-- Korea faced weakening competitiveness of export industries and
-- deteriorating balance of payments, the government conducted bold policy
-- shifts" [L1004]. The trigger compares exports and the current account
-- with an earlier year in p.history.
local history = require("macro.history")

return {
  id = "gov_planning_budget_evaluation",
  title = "Give planning budget authority and review strategy when exports and the BoP weaken",
  source = {
    chapter = 2, section = "Implications for Latecomers",
    quote = "It was responsible not only for development planning but also for budgeting and " ..
      "performance evaluation.",
    lines = "L1004",
  },
  tags = { "governance" },
  measures = { "planning_agency_with_budget_authority", "annual_plan_budget_link_mtef",
               "performance_monitoring_system", "strategic_policy_review" },

  evaluate = function(p, ctx)
    local gov, macro = p.governance or {}, p.macro or {}
    local controls, linked, monitoring = gov.planning_agency_controls_budget,
      gov.annual_plan_linked_to_budget, gov.performance_monitoring
    local exports, ca = macro.exports_pct_gdp, macro.current_account_pct_gdp
    if controls == nil and linked == nil and monitoring == nil and ca == nil then
      ctx:missing("governance.planning_agency_controls_budget",
                  "governance.annual_plan_linked_to_budget", "governance.performance_monitoring")
      return
    end

    if controls == false then
      ctx:finding{
        id = "planning_without_budget_authority",
        severity = "advice",
        title = "The planning agency does not control the budget",
        message = "Planning and budgeting sit in different hands. Korea's Economic Planning " ..
          "Board planned, budgeted and evaluated, and its minister was Deputy Prime Minister and " ..
          "chaired the economic ministers [L1004]; \"A good plan does not produce anything if it " ..
          "is not effectively and efficiently implemented\" [L1006]. Give the planning body " ..
          "budget authority.",
        evidence = { { field = "governance.planning_agency_controls_budget" } },
        measures = { "planning_agency_with_budget_authority" },
      }
    end
    if linked == false then
      ctx:finding{
        id = "plan_not_linked_to_budget",
        severity = "advice",
        title = "The development plan is not revised with the annual budget",
        message = "The development plan is not tied to the annual budget. Korea's annual " ..
          "planning system revised plan targets every year and was effective because budgetary " ..
          "control backed it; a medium-term fiscal plan strengthened the link [L1004]. Adopt an " ..
          "annual plan revision tied to a medium-term expenditure framework.",
        evidence = { { field = "governance.annual_plan_linked_to_budget" } },
        measures = { "annual_plan_budget_link_mtef" },
      }
    end
    if monitoring == false then
      ctx:finding{
        id = "no_performance_evaluation",
        severity = "advice",
        title = "Policy targets are not monitored and evaluated",
        message = "There is no regular, public monitoring of policy targets. Korea's capability " ..
          "to implement policy \"seemed to stem partly from the system of performance monitoring " ..
          "and evaluation\" [L1006]. Set up a performance monitoring system with published reviews.",
        evidence = { { field = "governance.performance_monitoring" } },
        measures = { "performance_monitoring_system" },
      }
    end

    -- the decade-end trigger: the current account against an earlier year,
    -- export competitiveness from the export share's trend or a real appreciation
    if ca == nil then return end
    local lookback = ctx:threshold("trend_lookback_years")
    local reer = macro.reer_change_5y_pct
    local reer_max = ctx:threshold("reer_appreciation_pct")
    local ca_before, ca_year = history.around(p, "macro.current_account_pct_gdp", lookback, 2)
    local exports_before, year_before
    if exports ~= nil then
      exports_before, year_before = history.around(p, "macro.exports_pct_gdp", lookback, 2)
    end
    local appreciated = reer ~= nil and reer >= reer_max
    local exports_fell = exports_before ~= nil and exports < exports_before
    if ca_before == nil or (exports_before == nil and reer == nil) then
      if ca_before == nil then ctx:missing(history.gap_field(p, "macro.current_account_pct_gdp", lookback)) end
      if exports_before == nil and reer == nil then
        ctx:missing(exports == nil and "macro.exports_pct_gdp"
          or history.gap_field(p, "macro.exports_pct_gdp", lookback), "macro.reer_change_5y_pct")
      end
      return
    end
    local ca_drop = ctx:threshold("current_account_deterioration_pp")
    local exports_weak = exports_fell or appreciated
    if exports_weak and ca_before - ca >= ca_drop then
      local evidence = {
        { field = "macro.current_account_pct_gdp", op = "<=", threshold = ca_before - ca_drop },
        { field = string.format("history.%d.macro.current_account_pct_gdp", ca_year), value = ca_before },
      }
      if exports_fell then
        evidence[#evidence + 1] = { field = "macro.exports_pct_gdp", op = "<", threshold = exports_before }
        evidence[#evidence + 1] = { field = string.format("history.%d.macro.exports_pct_gdp", year_before),
                                    value = exports_before }
      else
        evidence[#evidence + 1] = { field = "macro.reer_change_5y_pct", op = ">=", threshold = reer_max }
      end
      ctx:finding{
        id = "strategic_policy_review_due",
        severity = "warning",
        title = "Export competitiveness and the balance of payments are weakening together",
        message = string.format(
          "The current account moved from %.1f%% of GDP in %d to %.1f%% while export " ..
          "competitiveness weakened. At the end of each decade Korea met exactly this " ..
          "combination with bold policy shifts [L1004]; its policy phases turn in 1973, 1979 " ..
          "and 1992 [L125]. " ..
          "Launch a strategic policy review led by the planning agency.", ca_before, ca_year, ca),
        evidence = evidence,
        measures = { "strategic_policy_review" },
      }
    end
  end,
}
