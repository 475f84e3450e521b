-- Lesson 12 (fin_directed_credit_distortion): large policy-loan shares,
-- negative real rates and sector gaps in the cost of capital misallocate
-- capital and starve light industry and SMEs. Korea: policy loans were
-- 47.5-60.2% of domestic credit in the 1970s [L284], about a third of bank
-- lending (fn 6 [L288]); real bank rates were negative throughout the decade
-- [L282]; the three strategic industries' share of bank loans rose from one
-- third to about 60% [L292]; HCI borrowed about 25% cheaper than light
-- industry (fn 7 [L298]); the curb-market spread was 22-25% [L212]. Korea
-- phased down: preferential rates abolished by 1982 [L350], rate flexibility
-- 1984, deregulation 1988 (lesson 13 gates that step).
return {
  id = "fin_directed_credit_distortion",
  title = "Phase down directed credit that misallocates capital and starves SMEs",
  source = {
    chapter = 1, section = "Promotion of Heavy-Chemical Industry",
    quote = "Policy loans accounted for between 47.5 percent and 60.2 percent of total " ..
      "domestic credit during the 1970s.",
    lines = "L284",
  },
  tags = { "finance", "transition" },
  measures = { "policy_loan_phase_down", "interest_rate_deregulation", "bank_privatization_autonomy",
               "sme_credit_guarantee_fund" },

  evaluate = function(p, ctx)
    local finance, macro = p.finance or {}, p.macro or {}
    local share, real_rate = finance.policy_loans_share_credit_pct, macro.real_interest_rate_pct
    local spread, gap = finance.informal_market_spread_pct, finance.favored_borrowing_cost_gap_pct
    local targeted, targeted_evidence = nil, {}
    for i, program in ipairs(p.industrial_programs or {}) do
      if program.share_of_bank_credit_pct ~= nil then
        targeted = (targeted or 0) + program.share_of_bank_credit_pct
        targeted_evidence[#targeted_evidence + 1] = {
          field = string.format("industrial_programs.%d.share_of_bank_credit_pct", i) }
      end
    end
    if share == nil and real_rate == nil and spread == nil and gap == nil and targeted == nil then
      ctx:missing("finance.policy_loans_share_credit_pct", "macro.real_interest_rate_pct",
                  "finance.informal_market_spread_pct")
      return
    end

    -- each signal is judged when its figure is known; the rule asks for data (above) only
    -- when it can judge none of them
    local high, high_evidence, very_high, very_high_evidence
    if share ~= nil then
      high, high_evidence = ctx:check{ field = "finance.policy_loans_share_credit_pct", op = ">",
        config = "policy_loans_share_warning_pct", benchmark = 47.5, note = "Korea 1970s: 47.5-60.2% [L284]" }
      very_high, very_high_evidence = ctx:check{ field = "finance.policy_loans_share_credit_pct",
        op = ">=", config = "policy_loans_share_critical_pct", benchmark = 47.5,
        note = "Korea 1970s: 47.5-60.2% [L284]" }
    end
    local negative_real, real_evidence
    if real_rate ~= nil then
      negative_real, real_evidence = ctx:check{ field = "macro.real_interest_rate_pct", op = "<",
        threshold = 0, note = "Korea: negative throughout the 1970s [L282]" }
    end
    -- directed lending shows in the policy-loan share, else in a stated direction to banks
    local directed, directed_evidence = high, nil
    if not high and negative_real and finance.directed_credit_to_priority_sectors ~= nil then
      directed, directed_evidence = ctx:check{ field = "finance.directed_credit_to_priority_sectors",
                                               op = "==", threshold = true }
    end
    if high or (negative_real and directed) then
      local evidence, observed = {}, {}
      if high then
        evidence[#evidence + 1] = very_high and very_high_evidence or high_evidence
        observed[#observed + 1] = string.format("policy loans are %.0f%% of domestic credit", share)
      elseif directed then
        evidence[#evidence + 1] = directed_evidence
        observed[#observed + 1] = "banks are directed to lend to priority sectors"
      end
      if negative_real then
        evidence[#evidence + 1] = real_evidence
        observed[#observed + 1] = string.format("the real interest rate is %.1f%%", real_rate)
      end
      ctx:finding{
        id = "directed_credit_misallocates_capital",
        severity = (very_high or negative_real) and "critical" or "warning",
        title = "Directed credit dominates lending and misprices capital",
        message = "In this country " .. table.concat(observed, "; ") .. ". Korea's policy " ..
          "loans, 47.5-60.2% of domestic credit in the 1970s [L284], at negative real rates that " ..
          "\"created severe excess demand for bank credit\" [L282], made favoured industries grow " ..
          "despite lower returns while light industry and SMEs were starved of funds [L290][L302]. " ..
          "Abolish preferential rates and shrink special funds (Korea 1982, [L350]), give banks " ..
          "autonomy, and replace rationed access for SMEs with a credit guarantee fund.",
        evidence = evidence,
        measures = { "policy_loan_phase_down", "bank_privatization_autonomy",
                     "sme_credit_guarantee_fund" },
      }
    end

    local absorbs, absorbs_evidence
    if targeted ~= nil then
      absorbs, absorbs_evidence = ctx:check{ field = "industrial_programs", value = targeted, op = ">",
        config = "targeted_sectors_credit_share_max",
        note = "the programmes' share_of_bank_credit_pct, summed" }
    end
    if absorbs then
      table.insert(targeted_evidence, 1, absorbs_evidence)
      ctx:finding{
        id = "targeted_sectors_absorb_bank_credit",
        severity = "warning",
        title = "Targeted sectors absorb a large share of bank credit",
        message = string.format(
          "The targeted programmes' sectors take %.0f%% of bank loans. Korea's three strategic " ..
          "industries went from one third to about 60%% of deposit-money bank loans in 1975-77 " ..
          "[L292], at the expense of light industries that could not finance their upgrading " ..
          "[L302]. Cap and phase down directed lending and open SMEs' access through guarantees.",
          targeted),
        evidence = targeted_evidence,
        measures = { "policy_loan_phase_down", "sme_credit_guarantee_fund" },
      }
    end

    local evidence, observed = {}, {}
    if gap ~= nil then
      local wide, entry = ctx:check{ field = "finance.favored_borrowing_cost_gap_pct", op = ">=",
        config = "favored_borrowing_cost_gap_max", benchmark = 25, note = "Korea 1975-78, fn 7 [L298]" }
      if wide then
        evidence[#evidence + 1] = entry
        observed[#observed + 1] = string.format("favoured sectors borrow %.0f%% cheaper than others", gap)
      end
    end
    if spread ~= nil then
      local wide, entry = ctx:check{ field = "finance.informal_market_spread_pct", op = ">",
        config = "informal_market_spread_max", benchmark = 22, note = "Korea 1963-73: 22-25 [L212]" }
      if wide then
        evidence[#evidence + 1] = entry
        observed[#observed + 1] = string.format("the curb market charges %.0f points more than banks",
                                                spread)
      end
    end
    if #observed > 0 then
      ctx:finding{
        id = "cost_of_capital_gap",
        severity = "warning",
        title = "The cost of capital differs sharply between favoured and other borrowers",
        message = "In this country " .. table.concat(observed, "; ") .. ". Korea's " ..
          "controlled rates created \"large disparities in the cost of capital among different " ..
          "sectors\" [L286]: HCI borrowed about 25% cheaper than light industry (fn 7 [L298]) and " ..
          "the curb market charged 22-25 points more than banks [L212]. Phase down preferential " ..
          "loans, then deregulate rates once prices are stable.",
        evidence = evidence,
        measures = { "policy_loan_phase_down", "interest_rate_deregulation" },
      }
    end
  end,
}
