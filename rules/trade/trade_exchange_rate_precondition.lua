-- Lesson 3 (trade_exchange_rate_precondition), a gate: an export-led
-- strategy needs a currency that is not overvalued before export incentives
-- are layered on. Korea devalued in 1961 and 1964 and, because inflation
-- quickly eroded the 1961 devaluation, moved to a sliding peg in 1964 [L206].
-- Multiple exchange rates for exporters (Korea 1960s, [L208]) are export
-- subsidies under SCM Annex I(b) (ext.), hence a warning of their own.
return {
  id = "trade_exchange_rate_precondition",
  title = "Remove currency overvaluation before layering export incentives",
  source = {
    chapter = 1, section = "Managing the Take-off: Export-Led Industrialization (1962-72)",
    quote = "The key precondition to export-led growth was the reform of the exchange rate regime.",
    lines = "L206",
  },
  requires = { "strategy.export_led" },
  tags = { "trade", "macro", "catch_up" },
  measures = { "fx_devaluation_unification", "fx_crawling_peg_real_target" },

  evaluate = function(p, ctx)
    local macro = p.macro or {}
    local multiple, multiple_evidence
    if macro.multiple_exchange_rates ~= nil then
      multiple, multiple_evidence = ctx:check{ field = "macro.multiple_exchange_rates", op = "==",
                                               threshold = true }
    end
    if multiple then
      ctx:finding{
        id = "multiple_exchange_rates",
        severity = "warning",
        title = "Multiple exchange rates distort incentives and can count as export subsidies",
        message = "The country runs more than one official exchange rate. Korea used multiple " ..
          "rates for exporters in the early 1960s [L208] but unified and devalued the rate as " ..
          "the first reform of its export drive [L206]; today a preferential rate or currency " ..
          "retention for exporters is an export subsidy (SCM Annex I(b), ext.). Unify the rate.",
        evidence = { multiple_evidence },
        measures = { "fx_devaluation_unification" },
      }
    end
    local export_led, export_led_evidence = ctx:check{ field = "strategy.export_led", op = "==",
                                                       threshold = true }
    if not export_led then return end

    -- overvaluation shows in the estimate, the qualitative assessment or a peg that inflation
    -- erodes; each is judged when stated
    local overvaluation = macro.currency_overvaluation_pct
    local assessed = macro.currency_overvalued_assessment
    local regime, differential = macro.exchange_rate_regime, macro.inflation_differential_pp
    local evidence, observed = { export_led_evidence }, {}
    if overvaluation ~= nil then
      local over, entry = ctx:check{ field = "macro.currency_overvaluation_pct", op = ">",
                                     config = "overvaluation_pct_max" }
      if over then
        evidence[#evidence + 1] = entry
        observed[#observed + 1] = string.format("the currency is overvalued by about %.0f%%",
                                                overvaluation)
      end
    end
    if assessed ~= nil then
      local over, entry = ctx:check{ field = "macro.currency_overvalued_assessment", op = "==",
                                     threshold = true, note = "qualitative evidence" }
      if over then
        evidence[#evidence + 1] = entry
        observed[#observed + 1] = "the currency is assessed as clearly overvalued"
      end
    end
    if regime ~= nil and differential ~= nil then
      local pegged, peg_evidence = ctx:check{ field = "macro.exchange_rate_regime", op = "==",
                                              threshold = "fixed_peg" }
      local eroding, differential_evidence
      if pegged then
        eroding, differential_evidence = ctx:check{ field = "macro.inflation_differential_pp",
                                                    op = ">", config = "inflation_differential_pp_max" }
      end
      if eroding then
        evidence[#evidence + 1] = peg_evidence
        evidence[#evidence + 1] = differential_evidence
        observed[#observed + 1] = string.format(
          "a fixed peg while inflation runs %.1f points above trading partners' erodes any " ..
          "devaluation, as it eroded Korea's 1961 devaluation", differential)
      end
    end
    if #observed == 0 then
      -- not overvalued is a judgement only when the overvaluation is known
      if overvaluation == nil and assessed == nil then
        ctx:missing("macro.currency_overvaluation_pct", "macro.currency_overvalued_assessment")
        if regime == "fixed_peg" and differential == nil then
          ctx:missing("macro.inflation_differential_pp")
        end
      end
      return
    end
    ctx:finding{
      id = "overvaluation_blocks_export_led_strategy",
      severity = "critical",
      title = "An overvalued currency blocks the export-led strategy",
      message = "The strategy is export-led but " .. table.concat(observed, "; ") .. ". In Korea " ..
        "the reform of the exchange rate came first: devaluations in 1961 and 1964, then a " ..
        "sliding peg of continued adjustments from 1964 [L206]. Export incentives layered on an " ..
        "overvalued rate only offset it at growing cost. Unify and devalue, then keep the real " ..
        "rate competitive with a crawling peg or managed float.",
      evidence = evidence,
      measures = { "fx_devaluation_unification", "fx_crawling_peg_real_target" },
    }
  end,
}
