-- expect: instruction_limit
-- A hostile indicator: derive runs under the same limits as rules.
return {
  id = "spinning_indicator",
  kind = "indicator",
  title = "Never returns",
  derive = function(p, ctx)
    while true do end --!
  end,
}
