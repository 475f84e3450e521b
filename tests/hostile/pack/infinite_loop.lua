-- expect: instruction_limit
return {
  id = "infinite_loop",
  title = "hostile: infinite_loop",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    while true do end --!
  end,
}
