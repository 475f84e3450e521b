-- expect: runtime error object is a table
return {
  id = "error_table_trap",
  title = "hostile: error_table_trap",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local trap = function() while true do end end
    error(setmetatable({}, { __tostring = trap, __index = trap, __concat = trap })) --!
  end,
}
