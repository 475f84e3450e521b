-- expect: blocked_function setmetatable with __gc
return {
  id = "gc_finalizer",
  title = "hostile: gc_finalizer",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    setmetatable({}, { __gc = function() while true do end end }) --!
  end,
}
