-- expect: load needs a function 'evaluate'
return setmetatable({
  id = "evaluate_trap",
  title = "hostile: evaluate behind __index",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
}, { __index = function(t, k) if k == "evaluate" then return function() end end end })
