-- expect: runtime nests too deeply
return {
  id = "cyclic_evidence",
  title = "hostile: cyclic_evidence",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local v = {}
    v[1] = v
    ctx:finding{ id = "cycle", severity = "info", title = "t", message = "m", --!
                 evidence = { { field = "country.year", value = v } } }
  end,
}
