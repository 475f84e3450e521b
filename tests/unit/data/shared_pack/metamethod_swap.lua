local Object = require("object")
local function seen()
  local v = Object.new(1):get()
  Object.__index = { get = function() return 99 end } -- an existing key of a shared view
  return v
end
return require("probe")("metamethod_swap", seen)
