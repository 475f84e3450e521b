-- Lesson 13 (fin_liberalization_sequencing), a gate: stabilize prices and
-- close the saving-investment gap before broad interest-rate and financial
-- liberalization; where directed credit stunted private institutions, expect
-- slow results and build bank capacity. Korea gave "Top priority" to fighting
-- inflation [L332] (25.6% in 1980 to 7.1% in 1982, [L336]) and deregulated
-- rates broadly only in 1988, once price stability and national savings above
-- investment had narrowed the gap between regulated and free rates [L352].
-- National savings minus investment is read as the current-account balance.
return {
  id = "fin_liberalization_sequencing",
  title = "Stabilize and close the savings gap before financial liberalization",
  source = {
    chapter = 1, section = "Liberalization, Restructuring and Technological Development",
    quote = "by which time price stability introduced in 1983 and high national savings in " ..
      "excess of domestic investment had narrowed the disparity",
    lines = "L352",
  },
  requires = { "finance.liberalization_planned" },
  tags = { "finance", "macro", "transition" },
  measures = { "macro_stabilization_program", "interest_rate_deregulation",
               "bank_credit_risk_capacity_building", "equity_market_development" },

  evaluate = function(p, ctx)
    local finance, macro = p.finance, p.macro or {}
    local planned, planned_evidence = ctx:check{ field = "finance.liberalization_planned", op = "==",
                                                 threshold = true }
    if not planned then return end
    local inflation, ca, spread = macro.inflation_pct, macro.current_account_pct_gdp,
                                  finance.informal_market_spread_pct
    if inflation == nil and ca == nil and spread == nil then
      ctx:missing("macro.inflation_pct", "macro.current_account_pct_gdp",
                  "finance.informal_market_spread_pct")
      return
    end
    -- each precondition is judged when its figure is known
    local evidence, observed = { planned_evidence }, {}
    local function unmet(held, entry, text)
      if not held then return end
      evidence[#evidence + 1] = entry
      observed[#observed + 1] = text
    end
    if inflation ~= nil then
      local high, entry = ctx:check{ field = "macro.inflation_pct", op = ">", config = "inflation_pct_max",
        benchmark = 7.1, note = "Korea 1982, after stabilization [L336]" }
      unmet(high, entry, string.format("inflation is %.1f%%", inflation))
    end
    if ca ~= nil then
      local deficit, entry = ctx:check{ field = "macro.current_account_pct_gdp", op = "<", threshold = 0,
        note = "national savings fall short of investment" }
      unmet(deficit, entry, "national savings fall short of investment")
    end
    if spread ~= nil then
      local wide, entry = ctx:check{ field = "finance.informal_market_spread_pct", op = ">",
                                     config = "regulated_free_rate_gap_max" }
      unmet(wide, entry, string.format("free-market rates exceed bank rates by %.0f points", spread))
    end
    if #observed > 0 then
      ctx:finding{
        id = "liberalization_before_stabilization",
        severity = "warning",
        title = "Financial liberalization is planned before prices and savings are stable",
        message = "Broad financial liberalization is planned while " ..
          table.concat(observed, "; ") .. ". Korea gave top priority to fighting inflation " ..
          "(25.6% in 1980 to 7.1% in 1982, [L336]), abolished preferential policy-loan rates in " ..
          "1982 and deregulated rates broadly only in 1988, when price stability and national " ..
          "savings above investment had narrowed the gap between regulated and free rates " ..
          "[L352]. Stabilize first; deregulate rates after.",
        evidence = evidence,
        measures = { "macro_stabilization_program", "interest_rate_deregulation" },
      }
    end

    -- banks with low appraisal capacity after a directed-credit era (stated direction to banks,
    -- else a large policy-loan share)
    local unready, capacity_evidence
    if finance.bank_credit_assessment_capacity ~= nil then
      unready, capacity_evidence = ctx:check{ field = "finance.bank_credit_assessment_capacity",
                                              op = "==", threshold = "low" }
    end
    if not unready then return end
    local legacy, legacy_evidence
    if finance.directed_credit_to_priority_sectors ~= nil then
      legacy, legacy_evidence = ctx:check{ field = "finance.directed_credit_to_priority_sectors",
                                           op = "==", threshold = true }
    end
    if not legacy and finance.policy_loans_share_credit_pct ~= nil then
      legacy, legacy_evidence = ctx:check{ field = "finance.policy_loans_share_credit_pct", op = ">",
                                           config = "directed_credit_legacy_share_pct" }
    end
    if not legacy then return end
    ctx:finding{
      id = "banks_unready_after_directed_credit",
      severity = "advice",
      title = "Banks schooled in directed credit lack credit-appraisal skills",
      message = "Banks have little credit-appraisal capacity after years of directed credit. " ..
        "Korea's aggressive industrial policy \"retarded the development of private " ..
        "institutions\" and its 1988 deregulation fell short of expectations because banks had " ..
        "been \"run like public enterprises\" [L432][L352]. Pair liberalization with bank " ..
        "risk-management capacity building and equity-market development, and expect it to " ..
        "take time.",
      evidence = { capacity_evidence, legacy_evidence },
      measures = { "bank_credit_risk_capacity_building", "equity_market_development" },
    }
  end,
}
