-- expect: runtime read-only
return {
  id = "mutate_profile",
  title = "hostile: mutate_profile",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    p.finance.collateral_value_pct_loan = 0 --!
  end,
}
