-- Lesson 6 (macro_real_exchange_rate_competitiveness): real appreciation under
-- a fixed nominal rate erodes exports, and rising export subsidies only hide
-- it. Korea 1973-79: REER +23.6%, export growth down to 8.4%, current-account
-- deficit from 1.1% of GNP (1975-76) to 6.7% (1979) and 8.7% (1980) [L294];
-- inflation averaged 21.3% in 1973-80 [L296]. In 1965-70 export subsidies rose
-- because prices rose faster than partners' under a stable official rate, and
-- gave "a misleading impression of the competitiveness of exports" [L230].
-- Price controls on wage goods "merely resulted in a flourishing black market"
-- [L300]. Korea corrected with a 35% nominal depreciation in 1980 [L334] and a
-- 9% real effective depreciation in 1983-84 [L338].
--
-- The four parts are independent: a part whose figure is missing is not
-- judged, and the rule asks for data only when it can judge none of them.

-- (a) real appreciation, critical with a large current-account deficit
local function judge_appreciation(p, ctx)
  local appreciated, evidence = ctx:check{ field = "macro.reer_change_5y_pct", op = ">=",
    config = "reer_appreciation_warning_pct", benchmark = 23.6, note = "Korea 1973-79 [L294]" }
  if not appreciated then return end
  local strong, strong_evidence = ctx:check{ field = "macro.reer_change_5y_pct", op = ">=",
    config = "reer_appreciation_critical_pct", benchmark = 23.6, note = "Korea 1973-79 [L294]" }
  local ca = p.macro.current_account_pct_gdp
  local critical, deficit_evidence = false, nil
  if strong and ca ~= nil then
    critical, deficit_evidence = ctx:check{ field = "macro.current_account_pct_gdp", op = "<=",
      threshold = -ctx:threshold("current_account_deficit_critical_pct"), benchmark = -6.7,
      note = "Korea 1979 [L294]" }
  end
  ctx:finding{
    id = "real_appreciation_erodes_exports",
    severity = critical and "critical" or "warning",
    title = "The real exchange rate has appreciated enough to erode export competitiveness",
    message = string.format(
      "The real effective exchange rate appreciated %.1f%% over five years%s. In Korea a " ..
      "fixed nominal rate with inflationary demand policies appreciated the real rate by " ..
      "23.6%% in 1973-79; export growth slowed to 8.4%% and the current-account deficit " ..
      "rose to 6.7%% of GNP by 1979 [L294]. Korea corrected with a 35%% nominal " ..
      "depreciation in 1980 [L334] and stabilization. Stabilize prices and let the real " ..
      "rate depreciate.", p.macro.reer_change_5y_pct,
      critical and string.format(" while the current-account deficit is %.1f%% of GDP", -ca) or ""),
    evidence = critical and { strong_evidence, deficit_evidence } or { evidence },
    measures = { "macro_stabilization_program", "fx_flexibility_real_depreciation" },
  }
end

-- (b) export subsidies standing in for the exchange rate under a fixed peg
local function judge_subsidies(p, ctx, peg_evidence)
  local high, high_evidence = ctx:check{ field = "macro.export_subsidy_pct_exports", op = ">",
    config = "export_subsidy_pct_max", benchmark = 15,
    note = "Korea after the 1970-73 real depreciation [L230]" }
  local inflating, inflating_evidence = ctx:check{ field = "macro.inflation_differential_pp",
                                                   op = ">", threshold = 0 }
  if not (high and inflating) then return end
  local evidence = { high_evidence, peg_evidence, inflating_evidence }
  -- the rate about three years earlier: unknown is a data gap, and the finding drops to advice
  local t = ctx:trend("macro.export_subsidy_pct_exports", { years = 3, window = 2 })
  local rising = false
  if t then
    local rise_evidence
    rising, rise_evidence = ctx:check{ trend = t, op = ">", threshold = 0,
                                       unit = "percentage points of exports" }
    if not rising then return end
    evidence[#evidence + 1] = rise_evidence
    evidence[#evidence + 1] = t.evidence[2]
  end
  ctx:finding{
    id = "export_subsidies_mask_real_appreciation",
    severity = rising and "warning" or "advice",
    title = "Export subsidies are compensating for an overvalued real exchange rate",
    message = string.format(
      "Export subsidies equal %.0f%% of exports%s, under a fixed peg while inflation runs " ..
      "%.1f points above trading partners'. Korea's subsidies rose in 1965-70 for exactly " ..
      "this reason and gave \"a misleading impression of the competitiveness of exports\"; " ..
      "after the real rate fell in 1970-73 they dropped from over 30%% to 15%% of exports " ..
      "[L230]. Correct the real rate and phase the subsidies down (export-contingent " ..
      "subsidies are also prohibited for most WTO members).",
      p.macro.export_subsidy_pct_exports,
      rising and string.format(", up from %.0f%% in %d", t.earlier, t.earlier_year)
        or " (whether they are rising is unknown)", p.macro.inflation_differential_pp),
    evidence = evidence,
    measures = { "fx_flexibility_real_depreciation", "export_subsidy_phase_down" },
  }
end

-- (c) inflation under a fixed peg
local function judge_peg_inflation(p, ctx, peg_evidence)
  local high, evidence = ctx:check{ field = "macro.inflation_pct", op = ">",
    config = "inflation_pct_max_fixed_peg", benchmark = 21.3, note = "Korea 1973-80 [L296]" }
  if not high then return end
  ctx:finding{
    id = "inflation_under_fixed_peg",
    severity = "warning",
    title = "High inflation under a fixed peg is appreciating the real exchange rate",
    message = string.format(
      "Inflation is %.1f%% a year while the nominal rate is pegged. Korea held the nominal " ..
      "rate constant in 1978-79 to contain prices while inflation (21.3%% a year in 1973-80 " ..
      "[L296]) eroded the real rate and export competitiveness [L302]. Stabilize and make " ..
      "the rate flexible.", p.macro.inflation_pct),
    evidence = { peg_evidence, evidence },
    measures = { "macro_stabilization_program", "fx_flexibility_real_depreciation" },
  }
end

-- (d) price controls on wage goods
local function judge_price_controls(ctx)
  local controlled, evidence = ctx:check{ field = "macro.price_controls_wage_goods", op = "==",
                                          threshold = true }
  if not controlled then return end
  ctx:finding{
    id = "price_controls_on_wage_goods",
    severity = "warning",
    title = "Price controls on wage goods suppress inflation without curing it",
    message = "Inflation is contained with administrative price controls on wage goods. " ..
      "Korea's controls in the late 1970s \"merely resulted in a flourishing black market\" " ..
      "[L300]; price stability came from the restrictive monetary and fiscal stance of " ..
      "1980-84 [L336][L338]. Replace controls with a stabilization programme.",
    evidence = { evidence },
    measures = { "macro_stabilization_program" },
  }
end

return {
  id = "macro_real_exchange_rate_competitiveness",
  title = "Correct real appreciation instead of hiding it with export subsidies",
  source = {
    chapter = 1, section = "Promotion of Heavy-Chemical Industry",
    quote = "led to an appreciation of 23.6 percent of the real effective exchange rate " ..
      "between 1973 and 1979",
    lines = "L294",
  },
  tags = { "macro", "trade" },
  measures = { "fx_flexibility_real_depreciation", "macro_stabilization_program",
               "export_subsidy_phase_down" },

  evaluate = function(p, ctx)
    local macro = p.macro or {}
    local reer, regime, inflation = macro.reer_change_5y_pct, macro.exchange_rate_regime,
      macro.inflation_pct
    local subsidy, differential = macro.export_subsidy_pct_exports, macro.inflation_differential_pp
    local controls = macro.price_controls_wage_goods
    if reer == nil and (inflation == nil or regime == nil) and subsidy == nil and controls == nil then
      ctx:missing("macro.reer_change_5y_pct", "macro.export_subsidy_pct_exports")
      if inflation == nil then ctx:missing("macro.inflation_pct") end
      if regime == nil then ctx:missing("macro.exchange_rate_regime") end
      return
    end
    if reer ~= nil then judge_appreciation(p, ctx) end
    if regime ~= nil then
      local pegged, peg_evidence = ctx:check{ field = "macro.exchange_rate_regime", op = "==",
                                              threshold = "fixed_peg" }
      if pegged and subsidy ~= nil and differential ~= nil then
        judge_subsidies(p, ctx, peg_evidence)
      end
      if pegged and inflation ~= nil then judge_peg_inflation(p, ctx, peg_evidence) end
    end
    if controls ~= nil then judge_price_controls(ctx) end
  end,
}
