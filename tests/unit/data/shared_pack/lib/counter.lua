-- A module whose table counts: each rule call must start from zero.
local M = { n = 0 }
function M.bump()
  M.n = M.n + 1
  return M.n
end
return M
