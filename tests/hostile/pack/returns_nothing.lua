-- expect: load must return a table
local x = 1
