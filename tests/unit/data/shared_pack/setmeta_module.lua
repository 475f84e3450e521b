local t = {}
local function seen()
  local before = getmetatable(t) and 2 or 1
  setmetatable(t, { __index = function() return 0 end })
  return before
end
return require("probe")("setmeta_module", seen)
