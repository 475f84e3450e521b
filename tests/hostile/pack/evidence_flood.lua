-- expect: runtime value too large
return {
  id = "evidence_flood",
  title = "hostile: evidence_flood",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local wide = {}
    for i = 1, 200000 do wide[i] = i end
    ctx:finding{ id = "wide", severity = "info", title = "t", message = "m", --!
                 evidence = { { field = "country.year", value = wide } } }
  end,
}
