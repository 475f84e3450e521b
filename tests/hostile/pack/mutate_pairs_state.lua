-- expect: runtime read-only
return {
  id = "mutate_pairs_state",
  title = "hostile: mutate_pairs_state",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local iter, state = pairs(p.finance)
    state.collateral_value_pct_loan = 0 --!
  end,
}
