-- Checks something and does not fire: listed from --explain=notes on.
return {
  id = "quiet_rule",
  title = "a rule whose check does not hold",
  source = { chapter = 1, quote = "test", lines = "L1" },
  evaluate = function(p, ctx)
    if ctx:check{ field = "macro.inflation_pct", op = ">", threshold = 50 } then
      error("unreachable: inflation is 7.8")
    end
    ctx:note("inflation is moderate")
  end,
}
