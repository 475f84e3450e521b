-- expect: blocked_function coroutine.wrap
return {
  id = "coroutine_loop",
  title = "hostile: coroutine_loop",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local co = coroutine.wrap(function() while true do coroutine.yield() end end) --!
  end,
}
