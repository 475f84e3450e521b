local counter = require("counter")
local function seen() return counter.bump() end
return require("probe")("module_table", seen)
