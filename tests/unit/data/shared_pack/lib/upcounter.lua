-- A module that counts in an upvalue, never in a table.
local n = 0
return { bump = function() n = n + 1; return n end }
