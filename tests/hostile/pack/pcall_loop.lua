-- expect: instruction_limit
return {
  id = "pcall_loop",
  title = "hostile: pcall_loop",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    for i = 1, 100 do pcall(function() while true do end end) end --!
  end,
}
