-- A rule whose only check lacks data and that emits nothing is skipped.
return {
  id = "gap_rule",
  title = "gap helper",
  source = { chapter = 1, quote = "test", lines = "L1" },
  evaluate = function(p, ctx)
    local a, b = ctx:need("macro.inflation_pct", "macro.exports_pct_gdp")
    assert(a == 7.8 and b == nil)
    if ctx:check{ field = "macro.exports_pct_gdp", op = "<", threshold = 10 } then
      error("unreachable: the field is missing")
    end
  end,
}
