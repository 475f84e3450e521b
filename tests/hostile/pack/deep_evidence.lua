-- expect: runtime nests too deeply
return {
  id = "deep_evidence",
  title = "hostile: deep_evidence",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local v = {}
    for i = 1, 100 do v = { v } end
    ctx:finding{ id = "deep", severity = "info", title = "t", message = "m", --!
                 evidence = { { field = "country.year", value = v } } }
  end,
}
