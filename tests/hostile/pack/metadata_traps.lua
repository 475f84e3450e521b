-- expect: load needs a string 'id'
local trap = function() while true do end end
return setmetatable({}, { __index = trap, __len = trap, __pairs = trap, __tostring = trap })
