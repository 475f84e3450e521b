-- expect: blocked_function os.time
return {
  id = "clock",
  title = "hostile: clock",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local t = os.time() --!
  end,
}
