-- expect: runtime too many findings
return {
  id = "finding_flood",
  title = "hostile: finding_flood",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    for i = 1, 1e6 do
      ctx:finding{ id = "f" .. i, severity = "info", title = "t", message = "m", --!
                   evidence = { { field = "country.year" } } }
    end
  end,
}
