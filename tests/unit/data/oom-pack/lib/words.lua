-- A lib module, so out-of-memory during require is exercised too.
local M = {}
function M.percent(x) return string.format("%.0f%%", x) end
return M
