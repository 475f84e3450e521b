-- A class: a metatable whose __index holds the methods.
local Object = {}
Object.__index = Object
function Object.new(v) return setmetatable({ v = v }, Object) end
function Object:get() return self.v end
return Object
