-- expect: instruction_limit
return {
  id = "pattern_bomb",
  title = "hostile: pattern_bomb",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local s = ("a"):rep(30000)
    local found = s:find(".-.-.-b") --!
  end,
}
