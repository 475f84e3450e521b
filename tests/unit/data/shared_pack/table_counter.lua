local state = { n = 0 }
local function seen() state.n = state.n + 1; return state.n end
return require("probe")("table_counter", seen)
