return {
  id = "gaps",
  title = "A rule that lacks its data",
  source = { chapter = 2, quote = "test", lines = "L1" },
  evaluate = function(p, ctx)
    local keys = ctx:keys(p.institutions or {})
    for k, v in pairs(p.finance) do keys[#keys + 1] = k end
    if ctx:check{ field = "macro.exports_pct_gdp", op = "<", threshold = 10 } then
      ctx:finding{ id = "low_exports", severity = "info", title = "t", message = "m",
                   evidence = ctx:evidence() }
    end
  end,
}
