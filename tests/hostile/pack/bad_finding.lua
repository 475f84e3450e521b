-- expect: runtime unknown severity
return {
  id = "bad_finding",
  title = "hostile: bad_finding",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    ctx:finding{ id = "x", severity = "urgent", title = "t", message = "m", --!
                 evidence = { { field = "country.year" } } }
  end,
}
