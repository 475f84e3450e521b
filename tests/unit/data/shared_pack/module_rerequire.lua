require("counter")
local function seen() return require("counter").bump() end
return require("probe")("module_rerequire", seen)
