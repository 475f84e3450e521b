-- Critical finance finding with provenance, a threshold and two measures.
return {
  id = "fin_collateral",
  title = "Collateral-poor SMEs need a credit guarantee fund",
  source = { chapter = 2, section = "SME Promotion Policy", footnote = 36,
             quote = "The Loan Guarantee Scheme was viewed as a relatively successful support measure.",
             lines = "L768" },
  requires = { "finance.collateral_value_pct_loan" },
  tags = { "finance" },
  measures = { "sme_credit_guarantee_fund", "tech_credit_guarantee_fund" },
  evaluate = function(p, ctx)
    local trigger = ctx:threshold("collateral_pct_loan_trigger")
    ctx:finding{
      id = "collateral_gap_critical",
      severity = "critical",
      title = "Collateral requirements shut SMEs out of credit",
      message = string.format("Collateral averages %.0f%% of the loan value and there is no guarantee fund.",
                              p.finance.collateral_value_pct_loan),
      evidence = {
        { field = "finance.collateral_value_pct_loan", op = ">", threshold = trigger },
        { field = "institutions.credit_guarantee_fund.present" },
      },
      measures = { "sme_credit_guarantee_fund", "tech_credit_guarantee_fund" },
    }
  end,
}
