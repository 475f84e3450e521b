-- expect: blocked_function setmetatable with __mode
return {
  id = "weak_table",
  title = "hostile: weak_table",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local cache = setmetatable({}, { __mode = "k" }) --!
  end,
}
