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

-- The arrangements lesson 61 asks for, each a finding when the profile states
-- it is missing (an arrangement the profile does not state is not judged: the
-- rule asks for data only when it can judge nothing).
local ARRANGEMENTS = {
  { field = "governance.planning_agency_controls_budget",
    id = "planning_without_budget_authority",
    title = "The planning agency does not control the budget",
    message = "Planning and budgeting sit in different hands. Korea's Economic Planning " ..
      "Board planned, budgeted and evaluated, and its minister was Deputy Prime Minister and " ..
      "chaired the economic ministers [L1004]; \"A good plan does not produce anything if it " ..
      "is not effectively and efficiently implemented\" [L1006]. Give the planning body " ..
      "budget authority.",
    measure = "planning_agency_with_budget_authority" },
  { field = "governance.annual_plan_linked_to_budget",
    id = "plan_not_linked_to_budget",
    title = "The development plan is not revised with the annual budget",
    message = "The development plan is not tied to the annual budget. Korea's annual " ..
      "planning system revised plan targets every year and was effective because budgetary " ..
      "control backed it; a medium-term fiscal plan strengthened the link [L1004]. Adopt an " ..
      "annual plan revision tied to a medium-term expenditure framework.",
    measure = "annual_plan_budget_link_mtef" },
  { field = "governance.performance_monitoring",
    id = "no_performance_evaluation",
    title = "Policy targets are not monitored and evaluated",
    message = "There is no regular, public monitoring of policy targets. Korea's capability " ..
      "to implement policy \"seemed to stem partly from the system of performance monitoring " ..
      "and evaluation\" [L1006]. Set up a performance monitoring system with published reviews.",
    measure = "performance_monitoring_system" },
}

-- The decade-end trigger: the current account against an earlier year, with
-- export competitiveness weakening (a real appreciation, else a falling export
-- share).
local function judge_review_trigger(p, ctx)
  local lookback = ctx:threshold("trend_lookback_years")
  local ca = ctx:trend("macro.current_account_pct_gdp", { years = lookback, window = 2 })
  local appreciated, reer_evidence
  if p.macro.reer_change_5y_pct ~= nil then
    appreciated, reer_evidence = ctx:check{ field = "macro.reer_change_5y_pct", op = ">=",
                                            config = "reer_appreciation_pct" }
  end
  local exports, fell, fell_evidence
  if not appreciated then
    -- without an appreciation only the export trend can show the weakening: unknown is a gap
    exports = ctx:trend("macro.exports_pct_gdp", { years = lookback, window = 2 })
    if exports then
      fell, fell_evidence = ctx:check{ trend = exports, op = "<", threshold = 0 }
    elseif appreciated == nil then
      ctx:missing("macro.reer_change_5y_pct")
    end
  end
  if ca == nil or not (appreciated or fell) then return end
  local deteriorated, ca_evidence = ctx:check{ trend = ca, op = "<=",
    threshold = -ctx:threshold("current_account_deterioration_pp"), unit = "percentage points of GDP" }
  if not deteriorated then return end
  local evidence = { ca_evidence, ca.evidence[2] }
  if fell then
    evidence[#evidence + 1] = fell_evidence
    evidence[#evidence + 1] = exports.evidence[2]
  else
    evidence[#evidence + 1] = reer_evidence
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
      "Launch a strategic policy review led by the planning agency.", ca.earlier,
      ca.earlier_year, ca.value),
    evidence = evidence,
    measures = { "strategic_policy_review" },
  }
end

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
    if gov.planning_agency_controls_budget == nil and gov.annual_plan_linked_to_budget == nil and
        gov.performance_monitoring == nil and macro.current_account_pct_gdp == nil then
      ctx:missing("governance.planning_agency_controls_budget",
                  "governance.annual_plan_linked_to_budget", "governance.performance_monitoring")
      return
    end

    for _, a in ipairs(ARRANGEMENTS) do
      if ctx:get(a.field) ~= nil then
        local lacking, evidence = ctx:check{ field = a.field, op = "==", threshold = false }
        if lacking then
          ctx:finding{ id = a.id, severity = "advice", title = a.title, message = a.message,
                       evidence = { evidence }, measures = { a.measure } }
        end
      end
    end
    if macro.current_account_pct_gdp ~= nil then judge_review_trigger(p, ctx) end
  end,
}
