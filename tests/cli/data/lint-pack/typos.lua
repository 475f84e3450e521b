-- Every line below with a typo is one lint error.
return {
  id = "typos",
  title = "A rule full of typos",
  source = { chapter = 2, quote = "The Loan Guarantee Scheme was viewed as a relatively successful support measure.", lines = "768" },
  requires = { "finance.colateral_value_pct_loan" },
  tags = { "finance" },
  measures = { "sme_credit_guarantee_fund", "no_such_measure" },
  evaluate = function(p, ctx)
    local v = p.finance.collateral_value_pct_lon
    local s = p.derived.nowhere
    if ctx:check{ field = "finance.firms_finance_major_constraint_pc", op = ">",
                  config = "constraint_trigger" } then
      ctx:finding{ id = "x", severity = "severe", title = "t", message = "m",
                   evidence = ctx:evidence(), measures = { "sme_agency_one_stop" } }
    end
    local t = ctx:threshold("collateral_trigger")
  end,
}
