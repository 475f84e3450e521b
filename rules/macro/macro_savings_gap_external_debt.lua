-- Lesson 7 (macro_savings_gap_external_debt): growth financed by foreign
-- savings and short-term credit needs domestic saving, debt-maturity and
-- corporate-leverage safeguards. Korea's reliance on foreign savings rose
-- from 7.3% of GNP (1964-66) to about 11% (1968-70) and the debt service
-- ratio from 3.7% (1966) to 24.6% (1971) because "domestic savings was
-- negligible" [L226]; external debt grew 28.8% a year in 1973-80 [L296].
-- Korea answered by pacing investment (fixed investment 26.6% of GNP in 1969
-- to 20.2% in 1972, [L228]) and by cutting the short-term share of its debt
-- from 33.5% (1982) to 23% (1985) [L346].
-- Foreign savings are read as the current-account deficit.
local history = require("macro.history")

return {
  id = "macro_savings_gap_external_debt",
  title = "Growth financed by foreign savings needs saving, maturity and leverage safeguards",
  source = {
    chapter = 1, section = "Managing the Take-off: Export-Led Industrialization (1962-72)",
    footnote = 2,
    quote = "The debt service ratio jumped from 3.7 percent in 1966 to 24.6 percent in 1971.",
    lines = "L226",
  },
  tags = { "macro", "finance" },
  measures = { "domestic_savings_mobilization", "investment_pacing",
               "external_debt_maturity_management", "corporate_financial_structure_reform" },

  evaluate = function(p, ctx)
    local macro, finance = p.macro or {}, p.finance or {}
    local dsr, ca = macro.debt_service_pct_exports, macro.current_account_pct_gdp
    local growth, short_share = macro.external_debt_growth_pct, macro.short_term_debt_pct_external_debt
    local leverage = finance.corporate_debt_equity_ratio_pct
    if dsr == nil and ca == nil and growth == nil and short_share == nil and leverage == nil then
      ctx:missing("macro.debt_service_pct_exports", "macro.current_account_pct_gdp",
                  "macro.external_debt_growth_pct", "macro.short_term_debt_pct_external_debt")
      return
    end

    local evidence, observed = {}, {}
    local dsr_max = ctx:threshold("debt_service_pct_exports_max")
    if dsr ~= nil and dsr >= dsr_max then
      evidence[#evidence + 1] = { field = "macro.debt_service_pct_exports", op = ">=",
                                  threshold = dsr_max, benchmark = 24.6, note = "Korea 1971 [L226]" }
      observed[#observed + 1] = string.format("debt service takes %.0f%% of exports", dsr)
    end
    local growth_max = ctx:threshold("external_debt_growth_pct_max")
    if growth ~= nil and growth >= growth_max then
      evidence[#evidence + 1] = { field = "macro.external_debt_growth_pct", op = ">=",
                                  threshold = growth_max, benchmark = 28.8, note = "Korea 1973-80 [L296]" }
      observed[#observed + 1] = string.format("external debt grows %.0f%% a year", growth)
    end
    -- foreign savings sustained over three years (this year and the two before)
    local foreign_max = ctx:threshold("foreign_savings_pct_gdp_max")
    local sustained_years = ctx:threshold("foreign_savings_years")
    if ca ~= nil and -ca >= foreign_max then
      local year = p.country.year
      local earlier = history.series(p, "macro.current_account_pct_gdp", year - sustained_years + 1,
                                     year - 1)
      local known_all, high_all = #earlier == sustained_years - 1, true
      for _, obs in ipairs(earlier) do
        if -obs.value < foreign_max then high_all = false end
      end
      if not known_all then
        ctx:missing(history.gap_field(p, "macro.current_account_pct_gdp", 1))
      elseif high_all then
        evidence[#evidence + 1] = { field = "macro.current_account_pct_gdp", op = "<=",
                                    threshold = -foreign_max, benchmark = -11,
                                    note = string.format("for %d years running; Korea 1968-70: " ..
                                      "foreign savings about 11%% of GNP [L226]", sustained_years) }
        observed[#observed + 1] = string.format(
          "foreign savings have financed %.0f%% of GDP or more for %d years", foreign_max,
          sustained_years)
      end
    end
    if #observed > 0 then
      ctx:finding{
        id = "foreign_savings_dependence",
        severity = "warning",
        title = "Growth leans on foreign savings and the debt burden is climbing",
        message = "In this country " .. table.concat(observed, "; ") .. ". Korea's debt service " ..
          "ratio jumped from 3.7% in 1966 to 24.6% in 1971 and \"threatened to become a serious " ..
          "constraint on growth\" because domestic savings was negligible [L226]. Korea slowed " ..
          "investment in 1970-72 (fixed investment from 26.6% to 20.2% of GNP, [L228]); mobilize " ..
          "domestic savings with positive real deposit rates and pace investment to what can be " ..
          "financed.",
        evidence = evidence,
        measures = { "domestic_savings_mobilization", "investment_pacing" },
      }
    end

    local short_max = ctx:threshold("short_term_debt_share_max")
    if short_share ~= nil and short_share > short_max then
      ctx:finding{
        id = "short_term_external_debt_share",
        severity = "warning",
        title = "Too much of the external debt is short-term",
        message = string.format(
          "%.0f%% of external debt is short-term. Korea discouraged short-term borrowing after " ..
          "its early-1980s debt build-up and cut the share from 33.5%% in 1982 to 23%% by the " ..
          "end of 1985 [L346]; its later return to short-term borrowing ended in the 1997 crisis " ..
          "[L580]. Lengthen maturities and discourage short-term foreign borrowing.", short_share),
        evidence = { { field = "macro.short_term_debt_pct_external_debt", op = ">",
                       threshold = short_max, benchmark = 23, note = "Korea end-1985 [L346]" } },
        measures = { "external_debt_maturity_management" },
      }
    end

    local leverage_max = ctx:threshold("corporate_debt_equity_pct_max")
    if leverage ~= nil and leverage > leverage_max then
      ctx:finding{
        id = "corporate_leverage_vulnerability",
        severity = "advice",
        title = "Corporate leverage leaves firms vulnerable to a credit squeeze",
        message = string.format(
          "Corporate debt is %.0f%% of equity. Korea's corporate debt-equity ratio rose in the " ..
          "1968-69 investment boom and by 1972 the government rescheduled curb-market debt by " ..
          "decree (fn 2 [L224]), an emergency precedent rather than a model. Reduce leverage and " ..
          "encourage equity financing before the next investment push.", leverage),
        evidence = { { field = "finance.corporate_debt_equity_ratio_pct", op = ">",
                       threshold = leverage_max } },
        measures = { "corporate_financial_structure_reform" },
      }
    end
  end,
}
