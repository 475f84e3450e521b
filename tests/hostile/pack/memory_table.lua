-- expect: memory_limit
return {
  id = "memory_table",
  title = "hostile: memory_table",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local t = {}
    for i = 1, 1e9 do
      t[i] = { i } --!
    end
  end,
}
