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

    -- each signal is judged when its figure is known; the rule asks for data (above) only
    -- when it can judge none of them
    local evidence, observed = {}, {}
    local function signal(held, entry, text)
      if not held then return end
      evidence[#evidence + 1] = entry
      observed[#observed + 1] = text
    end
    if dsr ~= nil then
      local high, entry = ctx:check{ field = "macro.debt_service_pct_exports", op = ">=",
        config = "debt_service_pct_exports_max", benchmark = 24.6, note = "Korea 1971 [L226]" }
      signal(high, entry, string.format("debt service takes %.0f%% of exports", dsr))
    end
    if growth ~= nil then
      local high, entry = ctx:check{ field = "macro.external_debt_growth_pct", op = ">=",
        config = "external_debt_growth_pct_max", benchmark = 28.8, note = "Korea 1973-80 [L296]" }
      signal(high, entry, string.format("external debt grows %.0f%% a year", growth))
    end
    -- foreign savings sustained over three years (this year and the two before)
    local foreign_max = ctx:threshold("foreign_savings_pct_gdp_max")
    local sustained_years = ctx:threshold("foreign_savings_years")
    local deficit_max = -foreign_max
    local high_now, now_entry
    if ca ~= nil then
      high_now, now_entry = ctx:check{ field = "macro.current_account_pct_gdp", op = "<=",
        threshold = deficit_max, benchmark = -11,
        note = string.format("for %d years running; Korea 1968-70: foreign savings about 11%% of " ..
                             "GNP [L226]", sustained_years) }
    end
    if high_now then
      local first = p.country.year - sustained_years + 1
      local known, high_all = 0, true
      for _, obs in ipairs(ctx:series("macro.current_account_pct_gdp")) do
        if obs.year >= first and obs.year < p.country.year then
          known = known + 1
          -- every earlier year is compared, so --explain shows each one
          local high = ctx:check{ field = obs.field, value = obs.value, op = "<=",
                                  threshold = deficit_max }
          high_all = high_all and high
        end
      end
      if known < sustained_years - 1 then
        ctx:missing(string.format("history.%d.macro.current_account_pct_gdp", p.country.year - 1))
      else
        signal(high_all, now_entry, string.format(
          "foreign savings have financed %.0f%% of GDP or more for %d years", foreign_max,
          sustained_years))
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

    local short_high, short_evidence
    if short_share ~= nil then
      short_high, short_evidence = ctx:check{ field = "macro.short_term_debt_pct_external_debt",
        op = ">", config = "short_term_debt_share_max", benchmark = 23, note = "Korea end-1985 [L346]" }
    end
    if short_high then
      ctx:finding{
        id = "short_term_external_debt_share",
        severity = "warning",
        title = "Too much of the external debt is short-term",
        message = string.format(
          "%.0f%% of external debt is short-term. Korea discouraged short-term borrowing after " ..
          "its early-1980s debt build-up and cut the share from 33.5%% in 1982 to 23%% by the " ..
          "end of 1985 [L346]; its later return to short-term borrowing ended in the 1997 crisis " ..
          "[L580]. Lengthen maturities and discourage short-term foreign borrowing.", short_share),
        evidence = { short_evidence },
        measures = { "external_debt_maturity_management" },
      }
    end

    local leveraged, leverage_evidence
    if leverage ~= nil then
      leveraged, leverage_evidence = ctx:check{ field = "finance.corporate_debt_equity_ratio_pct",
                                                op = ">", config = "corporate_debt_equity_pct_max" }
    end
    if leveraged then
      ctx:finding{
        id = "corporate_leverage_vulnerability",
        severity = "advice",
        title = "Corporate leverage leaves firms vulnerable to a credit squeeze",
        message = string.format(
          "Corporate debt is %.0f%% of equity. Korea's corporate debt-equity ratio rose in the " ..
          "1968-69 investment boom and by 1972 the government rescheduled curb-market debt by " ..
          "decree (fn 2 [L224]), an emergency precedent rather than a model. Reduce leverage and " ..
          "encourage equity financing before the next investment push.", leverage),
        evidence = { leverage_evidence },
        measures = { "corporate_financial_structure_reform" },
      }
    end
  end,
}
