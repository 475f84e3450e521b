local up = require("upcounter")
local function seen() return up.bump() end
return require("probe")("module_upvalue", seen)
