-- Lesson 32: where SMEs lack collateral, a stable, evaluated credit
-- guarantee fund is the first-choice finance measure.
return {
  id = "sme_credit_guarantee_first",
  title = "Collateral-poor SMEs need a credit guarantee fund first",
  source = {
    chapter = 2, section = "SME Promotion Policy",
    quote = "The Loan Guarantee Scheme was viewed as a relatively successful support measure.",
    lines = "L768",
  },
  requires = { "institutions.credit_guarantee_fund.present" },
  tags = { "finance", "sme" },
  measures = { "sme_credit_guarantee_fund" },

  evaluate = function(p, ctx)
    if p.institutions.credit_guarantee_fund.present then return end
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
  end,
}
