-- Lesson 32: where SMEs lack collateral, a stable, evaluated credit
-- guarantee fund is the first-choice finance measure; from the transition
-- stage a technology credit guarantee follows (Korea: SME Credit Guarantee
-- Act 1965, independent KCGF 1976, Technology Credit Guarantee Fund 1989).
local stage_of = require("sme.stage")
local RIGOROUS = { "matched_comparison", "longitudinal" } -- fn 45 [L770]

local function cite(quote, lines)
  return { chapter = 2, section = "SME Promotion Policy", quote = quote, lines = lines }
end

-- No fund: the collateral gap it would fill.
local function judge_missing_fund(p, ctx)
  local collateral = p.finance and p.finance.collateral_value_pct_loan
  local constrained = p.finance and p.finance.firms_finance_major_constraint_pct
  if collateral == nil and constrained == nil then
    -- either fact would do; neither is known
    ctx:missing("finance.collateral_value_pct_loan", "finance.firms_finance_major_constraint_pct")
    return
  end
  -- either fact shows the gap; each is judged when known
  local evidence = {
    { field = "institutions.credit_guarantee_fund.present" },
  }
  local observed = {}
  if collateral ~= nil then
    local high, entry = ctx:check{ field = "finance.collateral_value_pct_loan", op = ">",
                                   config = "collateral_pct_loan_trigger" }
    if high then
      evidence[#evidence + 1] = entry
      observed[#observed + 1] = string.format("collateral averages %.0f%% of the loan value", collateral)
    end
  end
  if constrained ~= nil then
    local high, entry = ctx:check{ field = "finance.firms_finance_major_constraint_pct", op = ">",
                                   config = "finance_constraint_pct_trigger" }
    if high then
      evidence[#evidence + 1] = entry
      observed[#observed + 1] = string.format("%.0f%% of firms call finance a major constraint",
                                              constrained)
    end
  end
  if #observed == 0 then return end
  ctx:finding{
    id = "collateral_constraint_without_guarantee",
    severity = "warning",
    title = "Collateral requirements shut SMEs out of bank credit and no guarantee fund exists",
    message = "There is no credit guarantee fund, and " .. table.concat(observed, "; ") ..
      ". Korea's guarantee scheme (1965 Act, independent KCGF from 1976) was judged one of its " ..
      "more successful SME measures because it filled exactly this gap, stayed stable and was " ..
      "refined after evaluation. Set one up with size-based, automatic eligibility.",
    evidence = evidence,
    measures = { "sme_credit_guarantee_fund" },
  }
end

-- A fund exists: is it evaluated the way fn 45 asks?
local function judge_evaluation(p, ctx)
  -- unknown evaluation is a data gap
  local shallow, evaluation_evidence = ctx:check{ field = "finance.credit_guarantee_evaluation",
    op = "not_in", threshold = RIGOROUS, note = "rigorous: matched_comparison or longitudinal (fn 45)" }
  if not shallow then return end
  local evaluation = p.finance.credit_guarantee_evaluation
  local done = evaluation == "none" and "has never been evaluated"
    or string.format("has only been evaluated by %s", evaluation == "take_up"
      and "its take-up" or "a survey of recipients")
  ctx:finding{
    id = "guarantee_fund_not_evaluated",
    severity = "advice",
    title = "The credit guarantee fund is not rigorously evaluated",
    message = "The credit guarantee fund " .. done .. ". Korea's scheme earned its reputation " ..
      "because it filled a market gap, stayed stable and was continuously refined after " ..
      "evaluation and research [L768]. Evaluate it against matched non-assisted firms and " ..
      "follow recipients over time (fn 45), and change it on that evidence, not on budget " ..
      "pressure.",
    evidence = {
      { field = "institutions.credit_guarantee_fund.present" },
      evaluation_evidence,
    },
    measures = { "sme_policy_evaluation_framework" },
    source = cite("1) fulfilled a particular market gap; 2) were relatively stable over time; " ..
      "and 3) were continuously refined after evaluation and research.", "L768"),
  }
end

-- A fund exists and the country has left catch-up: technology guarantees.
local function judge_technology_guarantee(p, ctx)
  -- the stage and the technology guarantee must be known: unknown is a data gap
  if not ctx:check{ field = "derived.stage.id", op = "~=", threshold = "catch_up" } then return end
  local stage = p.derived.stage.id
  local no_tech, tech_evidence = ctx:check{ field = "institutions.technology_credit_guarantee.present",
                                            op = "==", threshold = false }
  if not no_tech then return end
  ctx:finding{
    id = "no_technology_credit_guarantee",
    severity = "advice",
    title = "Add guarantees based on technology appraisal",
    message = string.format("The country is in the %s stage and has a credit guarantee fund but " ..
      "no technology credit guarantee. Korea added a Technology Credit Guarantee Fund in 1989, " ..
      "once firms developing new technologies needed credit their collateral could not secure " ..
      "[L702], and later special guarantees for SMEs with promising technologies but no " ..
      "collateral [L720]. Build technology appraisal into the guarantee system before pushing " ..
      "venture finance.", stage_of.name(stage)),
    evidence = {
      { field = "institutions.credit_guarantee_fund.present" },
      tech_evidence,
      stage_of.evidence(p),
    },
    measures = { "tech_credit_guarantee_fund" },
    source = cite("a Technology Credit Guarantee Fund was established in 1989, which guaranteed " ..
      "debt repayments of companies that developed new technologies", "L702"),
  }
end

return {
  id = "sme_credit_guarantee_first",
  title = "Collateral-poor SMEs need a stable, evaluated credit guarantee fund first",
  source = cite("The Loan Guarantee Scheme was viewed as a relatively successful support measure.",
                "L768"),
  requires = { "institutions.credit_guarantee_fund.present" },
  tags = { "finance", "sme" },
  measures = { "sme_credit_guarantee_fund", "tech_credit_guarantee_fund",
               "sme_policy_evaluation_framework" },

  evaluate = function(p, ctx)
    if ctx:check{ field = "institutions.credit_guarantee_fund.present", op = "==", threshold = false } then
      judge_missing_fund(p, ctx)
      return
    end
    judge_evaluation(p, ctx)
    judge_technology_guarantee(p, ctx)
  end,
}
