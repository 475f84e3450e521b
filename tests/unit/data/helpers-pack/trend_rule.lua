-- ctx:trend and ctx:series over history, and a check on the trend.
return {
  id = "trend_rule",
  title = "trend helper",
  source = { chapter = 1, quote = "test", lines = "L1" },
  evaluate = function(p, ctx)
    local t = ctx:trend("macro.inflation_pct", { years = 10, window = 3 })
    assert(t, "an observation 8 years earlier is within the window")
    assert(t.earlier_year == 2016 and t.earlier == 15.8 and t.value == 7.8 and t.years == 8)
    assert(math.abs(t.change + 8) < 1e-9 and math.abs(t.per_year + 1) < 1e-9)
    assert(#t.evidence == 2 and t.evidence[2].field == "history.2016.macro.inflation_pct")
    local none = ctx:trend("macro.inflation_pct", { since = 2000 })
    assert(none == nil, "no observation in 2000")
    local s = ctx:series("macro.inflation_pct")
    assert(#s == 3 and s[1].year == 2010 and s[2].year == 2016 and s[3].year == 2024)
    local fell = ctx:check{ trend = t, op = "<=", threshold = -5 }
    assert(fell == true)
    ctx:finding{ id = "inflation_fell", severity = "info", title = "t", message = "m",
                 evidence = ctx:evidence() }
  end,
}
