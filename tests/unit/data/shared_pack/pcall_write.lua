local t = { n = 0 }
local function seen()
  pcall(function() t.n = t.n + 1 end) -- a swallowed error must not change the outcome
  return t.n + 1
end
return require("probe")("pcall_write", seen)
