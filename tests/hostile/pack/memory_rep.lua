-- expect: memory_limit
return {
  id = "memory_rep",
  title = "hostile: memory_rep",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local s = ("x"):rep(1e9) --!
  end,
}
