-- expect: blocked_function collectgarbage
return {
  id = "collect_garbage",
  title = "hostile: collect_garbage",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    collectgarbage("stop") --!
  end,
}
