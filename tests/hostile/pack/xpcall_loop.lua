-- expect: instruction_limit
return {
  id = "xpcall_loop",
  title = "hostile: xpcall_loop",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    xpcall(function() while true do end end, function() while true do end end) --!
  end,
}
