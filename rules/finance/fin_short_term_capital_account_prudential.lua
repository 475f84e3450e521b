-- Lesson 15 (fin_short_term_capital_account_prudential): do not open
-- short-term foreign borrowing ahead of long-term borrowing, or without
-- stronger prudential supervision and corporate-governance checks. Korea
-- widened short-term foreign-currency borrowing in 1993 while keeping
-- restrictions on long-term borrowing; short-term debt reached US$100 billion
-- in December 1996, two thirds of the total, and "The liberalization of the
-- capital account in Korea was not accompanied by a commensurate strengthening
-- of prudential supervision" (fn 27 [L580]). Its corporate governance "failed
-- to keep business groups from taking excessive credit and exchange rate
-- risks" [L572]. The short-term debt / reserves check (above 100%) is the
-- Greenspan-Guidotti benchmark (ext.), not in the report. The moderate
-- short-term share warning (above 30%) is lesson 7's.
return {
  id = "fin_short_term_capital_account_prudential",
  title = "Open long-term borrowing before short-term, and supervise before opening",
  source = {
    chapter = 1, section = "Scientific and Technological Development", footnote = 27,
    quote = "The liberalization of the capital account in Korea was not accompanied by a " ..
      "commensurate strengthening of prudential supervision.",
    lines = "L580",
  },
  tags = { "finance", "macro", "transition", "innovation" },
  measures = { "bank_prudential_supervision_upgrade", "capital_account_sequencing_long_before_short",
               "external_debt_maturity_management", "corporate_governance_reform" },

  evaluate = function(p, ctx)
    local macro, finance = p.macro or {}, p.finance or {}
    local account = macro.capital_account or {}
    local short_open, long_closed = account.short_term_borrowing_liberalized,
                                    account.long_term_borrowing_restricted
    local share, reserves = macro.short_term_debt_pct_external_debt, macro.short_term_debt_pct_reserves
    local supervision, governance = macro.prudential_supervision, finance.corporate_governance
    if short_open == nil and share == nil and reserves == nil then
      ctx:missing("macro.capital_account.short_term_borrowing_liberalized",
                  "macro.short_term_debt_pct_external_debt", "macro.short_term_debt_pct_reserves")
      return
    end

    -- each part is judged when its inputs are stated
    local opened, opened_evidence
    if short_open ~= nil then
      opened, opened_evidence = ctx:check{
        field = "macro.capital_account.short_term_borrowing_liberalized", op = "==", threshold = true }
    end
    if opened then
      local evidence, why = { opened_evidence }, {}
      if long_closed ~= nil then
        local closed, entry = ctx:check{ field = "macro.capital_account.long_term_borrowing_restricted",
                                         op = "==", threshold = true }
        if closed then
          evidence[#evidence + 1] = entry
          why[#why + 1] = "long-term borrowing is still restricted"
        end
      end
      if supervision ~= nil then
        local weak, entry = ctx:check{ field = "macro.prudential_supervision", op = "==",
                                       threshold = "weak", benchmark = "strong" }
        if weak then
          evidence[#evidence + 1] = entry
          why[#why + 1] = "banking supervision is weak"
        end
      end
      if #why > 0 then
        ctx:finding{
          id = "short_term_borrowing_opened_first",
          severity = "critical",
          title = "Short-term foreign borrowing is open while " .. table.concat(why, " and "),
          message = "Short-term foreign borrowing has been liberalized while " ..
            table.concat(why, " and ") .. ". This is Korea's 1993-96 configuration: loans of " ..
            "less than a year were freed while restrictions on long-term borrowing were kept, " ..
            "short-term debt reached two thirds of US$150 billion by December 1996 and supervision " ..
            "had not been strengthened to match (fn 27 [L580]); the 1997 crisis followed. Upgrade " ..
            "prudential supervision (including foreign-currency maturity mismatch) first, then " ..
            "open long-term borrowing before short-term.",
          evidence = evidence,
          measures = { "bank_prudential_supervision_upgrade",
                       "capital_account_sequencing_long_before_short" },
        }
      end
    end

    -- a mostly short-term debt: then supervision must be known
    local mostly_short, share_evidence
    if share ~= nil then
      mostly_short, share_evidence = ctx:check{ field = "macro.short_term_debt_pct_external_debt",
        op = ">=", config = "short_term_debt_share_critical", benchmark = 66.7,
        note = "Korea, December 1996 (fn 27 [L580])" }
    end
    local unsupervised, supervision_evidence
    if mostly_short then
      unsupervised, supervision_evidence = ctx:check{ field = "macro.prudential_supervision",
        op = "~=", threshold = "strong", benchmark = "strong" }
    end
    if unsupervised then
      ctx:finding{
        id = "short_term_debt_without_supervision",
        severity = "critical",
        title = "Most external debt is short-term and supervision is not strong",
        message = string.format(
          "%.0f%% of external debt is short-term and banking supervision is %s. Korea entered " ..
          "1997 with two thirds of its external debt short-term and banks without sound risk " ..
          "management for overseas borrowing (fn 27 [L580]). Strengthen supervision and " ..
          "lengthen maturities now.", share, supervision),
        evidence = { share_evidence, supervision_evidence },
        measures = { "bank_prudential_supervision_upgrade", "external_debt_maturity_management" },
      }
    end

    local exceeds, reserves_evidence
    if reserves ~= nil then
      exceeds, reserves_evidence = ctx:check{ field = "macro.short_term_debt_pct_reserves", op = ">",
                                              config = "short_term_debt_pct_reserves_max" }
    end
    if exceeds then
      ctx:finding{
        id = "short_term_debt_exceeds_reserves",
        severity = "warning",
        title = "Short-term external debt exceeds foreign-exchange reserves",
        message = string.format(
          "Short-term external debt is %.0f%% of reserves: a run by creditors could not be met " ..
          "from reserves (the Greenspan-Guidotti benchmark, ext.; not in the report). Korea's " ..
          "short-term debt of US$100 billion in December 1996 (fn 27 [L580]) is the case in " ..
          "point. Lengthen maturities and discourage short-term borrowing.", reserves),
        evidence = { reserves_evidence },
        measures = { "external_debt_maturity_management" },
      }
    end

    -- weak governance once firms carry short-term foreign debt
    local weak_governance, governance_evidence
    if governance ~= nil then
      weak_governance, governance_evidence = ctx:check{ field = "finance.corporate_governance",
        op = "==", threshold = "weak", benchmark = "strong" }
    end
    if not weak_governance then return end
    local exposed, exposure_evidence = opened, opened_evidence
    if not exposed and share ~= nil then
      exposed, exposure_evidence = ctx:check{ field = "macro.short_term_debt_pct_external_debt",
                                              op = ">", config = "governance_short_term_share" }
    end
    if not exposed then return end
    ctx:finding{
      id = "weak_corporate_governance_checks",
      severity = "warning",
      title = "Corporate governance does not check business groups' credit and currency risks",
      message = "Corporate governance is weak while firms can borrow short-term abroad. In " ..
        "Korea the corporate governance system \"failed to keep business groups from taking " ..
        "excessive credit and exchange rate risks\" [L572], and investment decisions responded " ..
        "more to size than to profitability [L566]. Reform governance of business groups " ..
        "before or with capital-account opening.",
      evidence = { governance_evidence, exposure_evidence },
      measures = { "corporate_governance_reform" },
    }
  end,
}
