-- expect: runtime read-only
return {
  id = "pollute_globals",
  title = "hostile: pollute_globals",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    leaked_global = true          -- its own environment: harmless
    _G.tostring = nil --!
  end,
}
