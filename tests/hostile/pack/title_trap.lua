-- expect: load needs a string 'title'
local trap = function() while true do end end
return {
  id = "title_trap",
  title = setmetatable({}, { __tostring = trap, __concat = trap }),
  requires = setmetatable({}, { __len = trap, __index = trap }),
  evaluate = function() end,
}
