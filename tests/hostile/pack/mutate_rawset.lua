-- expect: runtime read-only
return {
  id = "mutate_rawset",
  title = "hostile: mutate_rawset",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    rawset(p.finance, "collateral_value_pct_loan", 0) --!
  end,
}
