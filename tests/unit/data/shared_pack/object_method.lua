local Object = require("object")
local function seen() return Object.new(1):get() end
return require("probe")("object_method", seen)
