-- expect: memory_limit
return {
  id = "memory_concat",
  title = "hostile: memory_concat",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local s = "x"
    while true do
      s = s .. s --!
    end
  end,
}
