-- expect: memory_limit
return {
  id = "recursion_lua",
  title = "hostile: recursion_lua",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local function f(n) return 1 + f(n + 1) end --!
    f(1)
  end,
}
