local t = { a = 1 }
local function seen() local v = rawget(t, "a"); t.a = t.a + 1; return v end
return require("probe")("raw_read", seen)
