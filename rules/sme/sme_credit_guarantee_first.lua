-- Lesson 32: where SMEs lack collateral, a stable, evaluated credit
-- guarantee fund is the first-choice finance measure; from the transition
-- stage a technology credit guarantee follows (Korea: SME Credit Guarantee
-- Act 1965, independent KCGF 1976, Technology Credit Guarantee Fund 1989).
local stage_of = require("sme.stage")
local RIGOROUS = { matched_comparison = true, longitudinal = true } -- fn 45 [L770]

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
  local collateral_max = ctx:threshold("collateral_pct_loan_trigger")
  local constrained_max = ctx:threshold("finance_constraint_pct_trigger")
  local evidence = {
    { field = "institutions.credit_guarantee_fund.present" },
  }
  local observed = {}
  if collateral and collateral > collateral_max then
    evidence[#evidence + 1] = { field = "finance.collateral_value_pct_loan", op = ">",
                                threshold = collateral_max }
    observed[#observed + 1] = string.format("collateral averages %.0f%% of the loan value", collateral)
  end
  if constrained and constrained > constrained_max then
    evidence[#evidence + 1] = { field = "finance.firms_finance_major_constraint_pct", op = ">",
                                threshold = constrained_max }
    observed[#observed + 1] = string.format("%.0f%% of firms call finance a major constraint", constrained)
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
  local evaluation = p.finance and p.finance.credit_guarantee_evaluation
  if evaluation == nil then
    ctx:missing("finance.credit_guarantee_evaluation")
    return
  end
  if RIGOROUS[evaluation] then return end
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
      { field = "finance.credit_guarantee_evaluation",
        note = "rigorous: matched_comparison or longitudinal (fn 45)" },
    },
    measures = { "sme_policy_evaluation_framework" },
    source = cite("1) fulfilled a particular market gap; 2) were relatively stable over time; " ..
      "and 3) were continuously refined after evaluation and research.", "L768"),
  }
end

-- A fund exists and the country has left catch-up: technology guarantees.
local function judge_technology_guarantee(p, ctx)
  local stage = p.derived.stage and p.derived.stage.id
  if stage == nil then
    ctx:missing("derived.stage.id")
    return
  end
  if stage == "catch_up" then return end
  local tech = ctx:get("institutions.technology_credit_guarantee.present")
  if tech == nil then
    ctx:missing("institutions.technology_credit_guarantee.present")
    return
  end
  if tech then return end
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
      { field = "institutions.technology_credit_guarantee.present" },
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
    if not p.institutions.credit_guarantee_fund.present then
      judge_missing_fund(p, ctx)
      return
    end
    judge_evaluation(p, ctx)
    judge_technology_guarantee(p, ctx)
  end,
}
