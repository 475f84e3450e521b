local n = 0
local function seen() n = n + 1; return n end
return require("probe")("upvalue_counter", seen)
