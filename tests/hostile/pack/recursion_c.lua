-- expect: runtime stack overflow
return {
  id = "recursion_c",
  title = "hostile: recursion_c",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local t = setmetatable({}, { __index = function(t, k) return t[k] end }) --!
    local x = t.a
  end,
}
