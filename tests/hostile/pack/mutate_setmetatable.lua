-- expect: runtime protected metatable
return {
  id = "mutate_setmetatable",
  title = "hostile: mutate_setmetatable",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    setmetatable(p.finance, {}) --!
  end,
}
