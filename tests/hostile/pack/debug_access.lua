-- expect: blocked_function debug.getinfo
return {
  id = "debug_access",
  title = "hostile: debug_access",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local info = debug.getinfo(1) --!
  end,
}
