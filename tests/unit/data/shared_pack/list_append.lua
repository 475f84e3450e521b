local list = {}
local function seen() table.insert(list, true); return #list end
return require("probe")("list_append", seen)
