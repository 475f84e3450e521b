helper = true
local function seen() local k = 0; for _ in pairs(_ENV) do k = k + 1 end; return k end
return require("probe")("env_pairs", seen)
