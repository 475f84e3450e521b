-- expect: runtime too many missing
return {
  id = "missing_flood",
  title = "hostile: missing_flood",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    for i = 1, 1e6 do
      ctx:missing("macro.nothing_" .. i) --!
    end
  end,
}
